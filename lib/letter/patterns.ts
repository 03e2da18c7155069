import type {Locale} from 'next-intl';
import {formats} from '@/i18n/formats';

// What figures and dates look like in a letter of each language, derived from
// the same CLDR data (Intl) that writes them on the site: a form is recognised
// exactly when the site has a format that can write it back.

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A pattern matching any of the words, the longest first. */
const anyOf = (words: readonly string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
/** Any run of spaces, ordinary or not breaking: a letter types one where CLDR writes another. */
const SPACE = '[\\s\\u00A0\\u202F]+';

export type DateFormat = 'long' | 'dayMonth' | 'month' | 'year';

const dateOptions: Record<Exclude<DateFormat, 'year'>, Intl.DateTimeFormatOptions> = {
  long: {year: 'numeric', month: 'long', day: 'numeric'},
  dayMonth: formats.dateTime.dayMonth,
  month: formats.dateTime.month,
};

/** The names of the twelve months as the format writes them, January first. */
function monthNames(locale: Locale, options: Intl.DateTimeFormatOptions): string[] {
  const format = new Intl.DateTimeFormat(locale, {...options, timeZone: 'UTC'});
  return Array.from({length: 12}, (_, month) => {
    const parts = format.formatToParts(new Date(Date.UTC(2020, month, 10)));
    return parts.find((part) => part.type === 'month')?.value ?? '';
  });
}

export type DatePattern = {format: DateFormat; pattern: RegExp; months: string[]};

/** The shape of each named date format, with named groups day, month and year. */
export function datePatterns(locale: Locale): DatePattern[] {
  const patterns = Object.entries(dateOptions).map(([format, options]) => {
    const months = monthNames(locale, options);
    const parts = new Intl.DateTimeFormat(locale, {...options, timeZone: 'UTC'}).formatToParts(
      new Date(Date.UTC(2020, 10, 10)),
    );
    const source = parts
      .map(({type, value}) => {
        if (type === 'day') return '(?<day>\\d{1,2})';
        if (type === 'month') return `(?<month>${months.map(escape).join('|')})`;
        if (type === 'year') return '(?<year>\\d{4})';
        return value.trim() ? value.split(/\s+/).map(escape).join(SPACE) : SPACE;
      })
      .join('');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'giu');
    return {format: format as DateFormat, pattern, months};
  });
  const year: DatePattern = {
    format: 'year',
    pattern: /(?<![\p{L}\p{N}.,\u00A0\u202F])(?<year>[12]\d{3})(?![\p{L}\p{N}]|[.,]\d)/gu,
    months: [],
  };
  return [...patterns, year];
}

function separators(locale: Locale) {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.5);
  const of = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return {group: of('group'), decimal: of('decimal')};
}

/** A figure as the language groups its digits (`2,500`, `2 500`, `2.500`) or not, with its decimals. */
export function numberPattern(locale: Locale): RegExp {
  const fraction = `(?:${escape(separators(locale).decimal)}\\d+)?`;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?<number>${groupedDigits(locale)}${fraction}|\\d+${fraction})(?![\\p{L}\\p{N}])`,
    'gu',
  );
}

/** Digits in groups of three, as the language separates them (`1,000`, `1 000`, `1.000`). */
function groupedDigits(locale: Locale): string {
  const {group} = separators(locale);
  return `\\d{1,3}(?:${/\s/.test(group) ? '[ \\u00A0\\u202F]' : escape(group)}\\d{3})+`;
}

/** The value of a figure written in the language's way. */
export function numberValue(locale: Locale, written: string): number {
  const {decimal} = separators(locale);
  const [whole = '', fraction] = written.split(decimal);
  return Number(`${whole.replace(/\D/g, '')}${fraction === undefined ? '' : `.${fraction}`}`);
}

/** The words of the language's long compact figures (`750 thousand`, `2 miljoner`), with their powers of ten. */
export function compactWords(locale: Locale): Map<string, number> {
  const format = new Intl.NumberFormat(locale, {notation: 'compact', compactDisplay: 'long'});
  const words = new Map<string, number>();
  for (const power of [3, 6, 9, 12]) {
    for (const leading of [1, 5]) {
      const word = format
        .formatToParts(leading * 10 ** power)
        .find((part) => part.type === 'compact')
        ?.value.trim();
      if (word) words.set(word, power);
    }
  }
  return words;
}

/** A figure followed by a compact word, as `{x, number, ::compact-long}` writes it. */
export function compactPattern(locale: Locale): RegExp {
  const {decimal} = separators(locale);
  const words = [...compactWords(locale).keys()].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?<number>\\d+(?:${escape(decimal)}\\d+)?)${SPACE}(?<word>${words.join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
}

/**
 * Nouns whose form follows the figure before them, so the import proposes a
 * plural (`{years, plural, one {# year} other {# years}}`) that each language
 * can decline its own way. English only: a Swedish or Azerbaijani noun after a
 * figure is written out as the letter has it (`30 år`, `30 il`).
 */
export const countedNouns: Partial<Record<Locale, [one: string, other: string][]>> = {
  en: [
    ['year', 'years'],
    ['month', 'months'],
    ['week', 'weeks'],
    ['day', 'days'],
  ],
};

/**
 * The ending each language writes after an ordinal's figure, by CLDR's ordinal
 * category of the figure (`Intl.PluralRules(locale, {type: 'ordinal'})`):
 * English 1st 2nd 3rd 11th 21st, Swedish 1:a 2:a 3:e 11:e 21:a, Azerbaijani
 * 1-ci 3-cü 6-cı 9-cu (the short ending; the long 3-üncü is not written here).
 * The cases are in CLDR's order, as a selectordinal lists them.
 */
export const ordinalEndings: Record<Locale, Partial<Record<Intl.LDMLPluralRule, string>>> = {
  en: {one: 'st', two: 'nd', few: 'rd', other: 'th'},
  sv: {one: ':a', other: ':e'},
  az: {one: '-ci', few: '-cü', many: '-cı', other: '-cu'},
};

/** Any of the language's ordinal endings, longest first, for a pattern. */
const endingSource = (locale: Locale) => anyOf(Object.values(ordinalEndings[locale]));

/** An ordinal's ending at the start of the text (after a year: `-ci` of "2020-ci il"). */
export const ordinalEndingAtStart = (locale: Locale) =>
  new RegExp(`^(?:${endingSource(locale)})(?![\\p{L}\\p{N}])`, 'u');

/** Endings of ordinals that no selectordinal of the site writes (Swedish 3:dje, Azerbaijani 3-üncü 2-nci): kept as written. */
const otherOrdinalEndings: Partial<Record<Locale, string>> = {
  sv: ':(?:sta|dra|dje|de|te)',
  az: '-[iıuü]?nc[iıuü]',
};

/**
 * A figure with an ordinal ending: `21st`, `26:e`, `3-cü`, `1,000th`, and one the site does not choose (`3th`,
 * `3-üncü`).
 */
export function ordinalPattern(locale: Locale): RegExp {
  const endings = [endingSource(locale), otherOrdinalEndings[locale]].filter(Boolean).join('|');
  return new RegExp(
    `(?<![\\p{L}\\p{N}.,])(?<number>${groupedDigits(locale)}|\\d+)(?<ending>${endings})(?![\\p{L}\\p{N}])`,
    'gu',
  );
}

/**
 * The selectordinal that writes the figure with the ending its value takes:
 * `{name, selectordinal, one {{name}st} two {{name}nd} few {{name}rd} other {{name}th}}`.
 * `{name}`, its digits, not `#`, the figure grouped as a number (2,020th, 2.020-ci), unless the
 * letter groups it (`grouped`: 1,000th is `{name, number}th`).
 */
export function ordinalPlaceholder(locale: Locale, name: string, grouped = false): string {
  const figure = grouped ? `{${name}, number}` : `{${name}}`;
  const cases = Object.entries(ordinalEndings[locale]).map(([category, ending]) => `${category} {${figure}${ending}}`);
  return `{${name}, selectordinal, ${cases.join(' ')}}`;
}

/** The message's text with each argument a space: what the letter types around its figures. */
export function outsideArguments(message: string): string {
  // Innermost first: a selectordinal's cases nest the argument twice ({y, selectordinal, one {{y}-ci}}).
  let literal = message;
  for (let outer = ''; outer !== literal;) {
    outer = literal;
    literal = literal.replace(/\{[^{}]*\}/g, ' ');
  }
  return literal;
}
