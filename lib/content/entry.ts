import * as z from 'zod';
import {routing} from '@/i18n/routing';
import {sourceHashPattern} from './sources';
import type {Day, IssuedDate, MessageArguments, StatementText} from './types';

// The shapes of a statement's files, checked when they are read, so that a
// typing slip in an entry stops the build with a message that names the file
// and the field rather than producing a wrong page.

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A calendar day or month that exists (no 2023-02-30), in ISO form. */
function isCalendarDate(iso: string): boolean {
  const [year, month, day = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
}

/** The longest id a statement may have (it is part of every address of it). */
export const MAX_ID_LENGTH = 100;

const issuedFormat = /^\d{4}-\d{2}(?:-\d{2})?$/;

/** Whether `iso` can be a statement's `issued`: a day (YYYY-MM-DD) or a month (YYYY-MM) that exists. */
export function isIssuedDate(iso: string): boolean {
  return issuedFormat.test(iso) && isCalendarDate(iso);
}

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD')
  .refine(isCalendarDate, 'a day that exists');

const entrySchema = z
  .object({
    issued: z
      .string()
      .refine(isIssuedDate, 'a day (YYYY-MM-DD) or, when the day is not known, a month (YYYY-MM), that exists'),
    // Required for a month: why the day is not given (see IssuedDate).
    issuedNote: z.string().min(1).optional(),
    original: z.enum(routing.locales),
    paragraphs: z
      .array(z.string().regex(slug, 'lowercase words joined by hyphens, e.g. "mine-victims"'))
      .min(1)
      .refine((ids) => new Set(ids).size === ids.length, 'each paragraph id once'),
    arguments: z
      .record(
        z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'a camelCase ICU argument name'),
        z.union([z.number(), z.strictObject({date: isoDay})]),
      )
      .default({}),
    // The days the association corrected the original after publishing it;
    // each text says what was corrected, under the same day.
    corrections: z
      .array(isoDay)
      .refine(
        (days) => days.every((day, index) => index === 0 || day > (days[index - 1] ?? '')),
        'oldest first, each day once',
      )
      .default([]),
    // Outdated messages of a translation that the editor publishes as they are
    // (with a note at each on the page) until they are translated again.
    outdatedTranslations: z.partialRecord(z.enum(routing.locales), z.array(z.string().min(1)).min(1)).default({}),
  })
  .strict()
  .refine((entry) => entry.issued.length === 10 || entry.issuedNote, {
    message: 'a statement issued in a month, not on a day, says why in issuedNote',
    path: ['issuedNote'],
  })
  .refine((entry) => entry.corrections.every((day) => day >= entry.issued), {
    message: 'a correction comes after the statement was issued',
    path: ['corrections'],
  })
  .refine((entry) => !(entry.original in entry.outdatedTranslations), {
    message: 'the original is never outdated; only translations are listed here',
    path: ['outdatedTranslations'],
  });

export const statementIdPattern = slug;

const textSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  corrections: z.record(z.string(), z.string().min(1)).default({}),
  paragraphs: z.record(z.string(), z.string().min(1)),
  closing: z.string().min(1),
  signatory: z.string().min(1),
  association: z.string().min(1),
  translatedFrom: z
    .record(z.string(), z.string().regex(sourceHashPattern, 'a source hash, written by npm run translations:accept'))
    .optional(),
});

export type Entry = {
  issued: IssuedDate;
  issuedNote?: string;
  original: (typeof routing.locales)[number];
  paragraphs: string[];
  arguments: MessageArguments;
  corrections: Day[];
  outdatedTranslations: Partial<Record<(typeof routing.locales)[number], string[]>>;
};

/** A statement's file that is not written as it must be: what the editor reads, naming the file and the field. */
export class StatementFileError extends Error {
  override name = 'StatementFileError';
}

function fail(file: string, error: z.ZodError): never {
  throw new StatementFileError(
    `${file} is not a valid statement file:\n${z.prettifyError(error)}\n` +
      '(an empty text, such as a description not yet written, is "too small": write it; docs/publishing.md)',
  );
}

const utcDay = (iso: string) => new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);

/** Parses and checks messages/statements/<id>/statement.json. */
export function parseEntry(file: string, json: unknown): Entry {
  const result = entrySchema.safeParse(json);
  if (!result.success) fail(file, result.error);
  const {issued, issuedNote, original, paragraphs, corrections, outdatedTranslations} = result.data;
  return {
    issued: {iso: issued, precision: issued.length === 10 ? 'day' : 'month', date: utcDay(issued)},
    ...(issuedNote ? {issuedNote} : {}),
    original,
    paragraphs,
    arguments: Object.fromEntries(
      Object.entries(result.data.arguments).map(([name, value]) => [
        name,
        typeof value === 'number' ? value : utcDay(value.date),
      ]),
    ),
    corrections: corrections.map((iso) => ({iso, date: utcDay(iso)})),
    outdatedTranslations,
  };
}

/** Where a set of keys differs from the one expected (`; missing: a; not in the entry: b`), or '' when it does not. */
export function keyDifference(expected: readonly string[], actual: readonly string[], extraLabel = 'not in the entry') {
  const missing = expected.filter((key) => !actual.includes(key));
  const extra = actual.filter((key) => !expected.includes(key));
  return `${missing.length ? `; missing: ${missing.join(', ')}` : ''}${extra.length ? `; ${extraLabel}: ${extra.join(', ')}` : ''}`;
}

/** Parses and checks messages/statements/<id>/<locale>.json against its entry's paragraphs and corrections. */
export function parseText(
  file: string,
  json: unknown,
  entry: Pick<Entry, 'paragraphs' | 'corrections'>,
): StatementText {
  const result = textSchema.safeParse(json);
  if (!result.success) fail(file, result.error);
  const paragraphs = keyDifference(entry.paragraphs, Object.keys(result.data.paragraphs));
  if (paragraphs) throw new Error(`${file}: its paragraphs must be exactly those of statement.json${paragraphs}`);
  const days = entry.corrections.map(({iso}) => iso);
  const corrections = keyDifference(days, Object.keys(result.data.corrections));
  if (corrections) {
    throw new Error(`${file}: it must have a notice for each correction of statement.json, by day${corrections}`);
  }
  // In the entry's order, whatever the file's.
  return {
    ...result.data,
    corrections: Object.fromEntries(days.map((day) => [day, result.data.corrections[day] ?? ''])),
  };
}
