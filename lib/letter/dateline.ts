import type {Locale} from 'next-intl';
import {datePatterns} from './patterns';

// The letter's dateline, "Stockholm, March 3, 2024" or just the date: the day
// (or, when it gives only that, the month) the statement was issued.

const pad = (value: number) => String(value).padStart(2, '0');

/** The issued date a line gives, `YYYY-MM-DD` or `YYYY-MM`, if the line is a dateline. */
export function datelineDate(line: string, locale: Locale): string | undefined {
  const text = line.trim().replace(/\*\*|__/g, '');
  for (const {format, pattern, months} of datePatterns(locale)) {
    if (format !== 'long' && format !== 'month') continue;
    const match = new RegExp(`^(?:\\p{Lu}[\\p{L} .'-]*,\\s*)?(?:${pattern.source})\\.?$`, 'iu').exec(text);
    const {day, month: monthName, year} = match?.groups ?? {};
    const month = months.findIndex((name) => name.toLowerCase() === monthName?.toLowerCase()) + 1;
    if (!match || !year || month === 0) continue;
    if (day === undefined) return `${year}-${pad(month)}`;
    const date = new Date(Date.UTC(Number(year), month - 1, Number(day)));
    if (date.getUTCMonth() === month - 1) return `${year}-${pad(month)}-${pad(Number(day))}`;
  }
  return undefined;
}
