import type {Locale} from 'next-intl';
import {association} from './association';

// The content model of the statement: which paragraphs, in which order, and
// the figures and dates they cite. Every language renders from this one list,
// so a paragraph's anchor and a figure's value cannot differ between them.

export const paragraphKeys = [
  'mineVictims',
  'mineCasualties',
  'threatToCivilians',
  'peaceProcess',
  'tripartiteStatement',
  'antiTerroristMeasures',
  'onlyWayToPeace',
  'appeal',
  'support',
] as const;

export type ParagraphKey = (typeof paragraphKeys)[number];

/** `mineVictims` → `mine-victims`: readable in a URL, identical in every language. */
export function paragraphId(key: ParagraphKey): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** A calendar day, pinned to UTC so no time zone can move it. */
function day(year: number, month: number, date: number): Date {
  return new Date(Date.UTC(year, month - 1, date));
}

const warEnd = day(2020, 11, 10);

/** The values behind every ICU argument of the statement's messages. */
export const statementArguments = {
  victims: 6,
  attackDate: day(2023, 9, 19),
  warYear: warEnd,
  warEndDate: warEnd,
  affected: 320,
  periodStart: day(2020, 1, 1),
  periodEnd: day(2023, 1, 1),
  killed: 67,
  injured: 314,
  occupationYears: 30,
  idps: 750_000,
  homesickYears: 30,
  yearsSinceWar: 3,
} as const;

/** The year on the association's letterhead. */
export const foundingDate = day(association.foundingYear, 1, 1);

/** The language the association wrote the statement in; the others are translations of it. */
export const originalLocale = 'en' satisfies Locale;
