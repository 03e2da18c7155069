import type {Locale} from 'next-intl';
import {datePatterns} from './patterns';

// The letter's dateline, "Stockholm, March 3, 2024" or just the date: the day
// (or, when it gives only that, the month) the statement was issued.

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The word a language may put between the place and the date, as Swedish letters do ("Stockholm den 3 mars 2024"):
 * allowed only after a place of capitalised words, so that a sentence ("Mötet hölls den 3 mars 2024.") is not one.
 */
const placeWords: Partial<Record<Locale, string>> = {sv: 'den'};

function placePattern(locale: Locale): string {
  const withComma = "\\p{Lu}[\\p{L} .'-]*,\\s*";
  const word = placeWords[locale];
  if (word === undefined) return `(?:${withComma})?`;
  return `(?:${withComma}|(?<place>\\p{L}+(?:[ -]\\p{L}+)*\\s+)?${word}\\s+)?`;
}

/** Each word of the place capitalised: the pattern is case-insensitive for the month's name. */
const isPlace = (place: string | undefined) =>
  place === undefined ||
  place
    .trim()
    .split(/[ -]/)
    .every((word) => /^\p{Lu}/u.test(word));

/** The issued date a line gives, `YYYY-MM-DD` or `YYYY-MM`, if the line is a dateline. */
export function datelineDate(line: string, locale: Locale): string | undefined {
  const text = line.trim().replace(/\*\*|__/g, '');
  for (const {format, pattern, months} of datePatterns(locale)) {
    if (format !== 'long' && format !== 'month') continue;
    const match = new RegExp(`^${placePattern(locale)}(?:${pattern.source})\\.?$`, 'iu').exec(text);
    const {day, month: monthName, year, place} = match?.groups ?? {};
    const month = months.findIndex((name) => name.toLowerCase() === monthName?.toLowerCase()) + 1;
    if (!match || !year || month === 0 || !isPlace(place)) continue;
    if (day === undefined) return `${year}-${pad(month)}`;
    const date = new Date(Date.UTC(Number(year), month - 1, Number(day)));
    if (date.getUTCMonth() === month - 1) return `${year}-${pad(month)}-${pad(Number(day))}`;
  }
  return undefined;
}
