import type {Locale} from 'next-intl';
import {formatMessage} from '@/lib/content/format';
import type {DateFormat} from './patterns';
import {
  compactPattern,
  compactWords,
  countedNouns,
  datePatterns,
  numberPattern,
  numberValue,
  outsideArguments,
  ordinalEndingAtStart,
  ordinalPattern,
  ordinalPlaceholder,
} from './patterns';

// Every figure and date of a letter's paragraphs as an ICU argument, with the
// format that writes it back exactly as the letter has it. Each proposed
// argument is rendered by the site's own formatting and compared with the
// letter's words; one that does not come back the same is a problem, never a
// guess.

export type ArgumentValue = number | {date: string};

export type LetterArgument = {
  name: string;
  value: ArgumentValue;
  /** The argument as the message writes it, `{date1, date, long}`. */
  placeholder: string;
  /** As the letter writes it. */
  written: string;
  /** A day and month the letter gives without its year: the year is left for the editor. */
  yearUnknown: boolean;
};

export type FigureProblem = {written: string; reason: string};

type Found = {start: number; end: number; priority: number; make: () => Proposal};
type Proposal = {
  placeholder: (name: string) => string;
  value: ArgumentValue;
  /** What the check renders: the value, or for a day without its year, that day in any year. */
  shown: number | Date;
  kind: string;
  yearUnknown?: boolean;
};

const pad = (value: number) => String(value).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const sameSpaces = (text: string) => text.replace(/[\s\u00A0\u202F]+/g, ' ');

/** Whether the day exists (no February 30). */
function isDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The placeholder a day and month without a year get: not a date, so the build refuses it until it is written. */
export const unknownYear = (month: number, day: number) =>
  `TODO: YYYY-${pad(month)}-${pad(day)}, the letter gives no year`;

// A leap year, so that a 29 February without a year can be checked too.
const ANY_YEAR = 2000;

export class ArgumentBook {
  readonly arguments: LetterArgument[] = [];
  private readonly counters = new Map<string, number>();
  /** The same day written the same way twice is one argument (figures and years each get their own: two 30s may count different things). */
  private readonly days = new Map<string, LetterArgument>();
  private readonly finders: ((text: string) => Found[])[];

  constructor(readonly locale: Locale) {
    this.finders = [
      ...datePatterns(locale).map(
        ({format, pattern, months}) =>
          (text: string) =>
            this.dates(text, format, pattern, months),
      ),
      (text) => this.compacts(text),
      (text) => this.ordinals(text),
      (text) => this.numbers(text),
    ];
  }

  /** The paragraph as an ICU message, and what in it could not be made an argument. */
  message(text: string): {message: string; problems: FigureProblem[]} {
    const found = this.finders
      .flatMap((find) => find(text))
      .sort((a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority);
    const problems: FigureProblem[] = [];
    let message = '';
    let at = 0;
    for (const match of found) {
      if (match.start < at) continue;
      const literal = text.slice(at, match.start);
      const written = text.slice(match.start, match.end);
      const proposal = match.make();
      const problem = this.check(proposal, written);
      if (problem) problems.push({written, reason: problem});
      // An apostrophe before a brace would start ICU quoting: doubled, it is the character.
      message += problem
        ? `${literal}${written}`
        : `${literal.replace(/'$/, "''")}${this.argumentFor(proposal, written).placeholder}`;
      at = match.end;
    }
    message += text.slice(at);
    for (const stray of this.literalDigits(message)) {
      if (!problems.some(({written}) => written.includes(stray) || stray.includes(written))) {
        problems.push({
          written: stray,
          reason: 'a figure the import cannot write as an argument (a figure joined to letters, a code)',
        });
      }
    }
    if (/[{}]/.test(text)) problems.push({written: '{ }', reason: 'curly braces cannot be published as text'});
    return {message, problems};
  }

  private literalDigits(message: string): string[] {
    return [...outsideArguments(message).matchAll(/\S*\d\S*/g)].map(([token]) => token.replace(/[.,;:!?)"”’]+$/, ''));
  }

  private argumentFor(proposal: Proposal, written: string): LetterArgument {
    const dayKey =
      proposal.kind === 'date' && typeof proposal.value === 'object' ? `${proposal.placeholder('')}|${written}` : '';
    const known = dayKey ? this.days.get(dayKey) : undefined;
    if (known) return known;
    const count = (this.counters.get(proposal.kind) ?? 0) + 1;
    const name = `${proposal.kind}${count}`;
    const argument: LetterArgument = {
      name,
      value: proposal.value,
      placeholder: proposal.placeholder(name),
      written,
      yearUnknown: proposal.yearUnknown ?? false,
    };
    this.counters.set(proposal.kind, count);
    if (dayKey) this.days.set(dayKey, argument);
    this.arguments.push(argument);
    return argument;
  }

  /** Why the proposed argument does not render as the letter writes it, or undefined when it does. */
  private check(proposal: Proposal, written: string): string | undefined {
    const {shown} = proposal;
    if (typeof shown !== 'number' && Number.isNaN(shown.getTime())) return 'not a day that exists';
    const rendered = formatMessage(this.locale, proposal.placeholder('x'), {x: shown});
    if (sameSpaces(rendered) === sameSpaces(written)) return undefined;
    return `the site would write it "${rendered}", not as the letter does`;
  }

  private dates(text: string, format: DateFormat, pattern: RegExp, months: string[]): Found[] {
    return [...text.matchAll(pattern)].map((match) => {
      const groups = match.groups ?? {};
      const month =
        groups.month === undefined
          ? 1
          : months.findIndex((name) => name.toLowerCase() === groups.month?.toLowerCase()) + 1;
      const day = groups.day === undefined ? 1 : Number(groups.day);
      const year = groups.year === undefined ? undefined : Number(groups.year);
      const start = match.index;
      // A year's ordinal ending ("2020-ci il"), computed from the year rather than typed after it.
      const ordinal =
        format === 'year'
          ? (ordinalEndingAtStart(this.locale).exec(text.slice(start + match[0].length))?.[0] ?? '')
          : '';
      return {
        start,
        end: start + match[0].length + ordinal.length,
        priority: 0,
        make: () => {
          // A year alone is a figure: its own argument each time (a period or a count), and a number, so that a
          // translation can choose its words by it (an Azerbaijani ordinal ending: docs/publishing.md).
          if (format === 'year' && year !== undefined) {
            return {
              kind: 'year',
              value: year,
              shown: year,
              placeholder: (name: string) =>
                ordinal === '' ? `{${name}, number, ::group-off}` : this.ordinal(String(year), year, ordinal)(name),
            };
          }
          const exists = isDay(year ?? ANY_YEAR, month, day);
          const date = exists ? (year === undefined ? unknownYear(month, day) : iso(year, month, day)) : 'not a day';
          // A year alone is a period or a count, its own argument each time; a day is one day.
          return {
            kind: format === 'year' ? 'year' : format === 'month' ? 'month' : 'date',
            value: {date},
            shown: exists ? new Date(Date.UTC(year ?? ANY_YEAR, month - 1, day)) : new Date(Number.NaN),
            placeholder: (name: string) => `{${name}, date, ${format}}`,
            yearUnknown: exists && year === undefined,
          };
        },
      };
    });
  }

  private compacts(text: string): Found[] {
    const words = compactWords(this.locale);
    return [...text.matchAll(compactPattern(this.locale))].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      priority: 1,
      make: () => {
        const value = Math.round(
          numberValue(this.locale, match.groups?.number ?? '') * 10 ** (words.get(match.groups?.word ?? '') ?? 0),
        );
        return {
          kind: 'figure',
          value,
          shown: value,
          placeholder: (name: string) => `{${name}, number, ::compact-long}`,
        };
      },
    }));
  }

  private ordinals(text: string): Found[] {
    return [...text.matchAll(ordinalPattern(this.locale))].map((match) => {
      const written = match.groups?.number ?? '';
      const value = numberValue(this.locale, written);
      return {
        start: match.index,
        end: match.index + match[0].length,
        priority: 2,
        make: () => ({
          kind: 'ordinal',
          value,
          shown: value,
          placeholder: this.ordinal(written, value, match.groups?.ending ?? ''),
        }),
      };
    });
  }

  /**
   * An ordinal as a selectordinal, which writes the ending its figure takes; where the letter writes another ending
   * (a slip such as 3th, a long form such as 3-üncü, 3:dje), the figure and the letter's own ending: an original is
   * published as it was written.
   */
  private ordinal(written: string, value: number, ending: string): (name: string) => string {
    const grouped = /\D/.test(written);
    const selected = formatMessage(this.locale, ordinalPlaceholder(this.locale, 'x', grouped), {x: value});
    if (sameSpaces(selected) === sameSpaces(`${written}${ending}`)) {
      return (name) => ordinalPlaceholder(this.locale, name, grouped);
    }
    return (name) => `{${name}, number${grouped ? '' : ', ::group-off'}}${ending}`;
  }

  private numbers(text: string): Found[] {
    const nouns = countedNouns[this.locale] ?? [];
    return [...text.matchAll(numberPattern(this.locale))].map((match) => {
      const written = match.groups?.number ?? '';
      const value = numberValue(this.locale, written);
      const start = match.index;
      const after = text.slice(start + written.length);
      const form = value === 1 ? 0 : 1;
      const counted = Number.isInteger(value)
        ? nouns.find((forms) => new RegExp(`^ ${forms[form]}(?![\\p{L}\\p{N}-])`, 'u').test(after))
        : undefined;
      const noun = counted?.[form] ?? '';
      return {
        start,
        end: start + written.length + (counted ? noun.length + 1 : 0),
        priority: 3,
        make: () => ({
          kind: 'figure',
          value,
          shown: value,
          placeholder: (name: string) =>
            counted
              ? `{${name}, plural, one {# ${counted[0]}} other {# ${counted[1]}}}`
              : // Without the language's grouping when the letter writes none (`2500`, not `2,500`).
                /^\d{4,}$/.test(written) && formatMessage(this.locale, '{n, number}', {n: value}) !== written
                ? `{${name}, number, ::group-off}`
                : `{${name}, number}`,
        }),
      };
    });
  }
}
