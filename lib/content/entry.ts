import * as z from 'zod';
import {routing} from '@/i18n/routing';
import type {IssuedDate, MessageArguments, StatementText} from './types';

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
  })
  .strict()
  .refine((entry) => entry.issued.length === 10 || entry.issuedNote, {
    message: 'a statement issued in a month, not on a day, says why in issuedNote',
    path: ['issuedNote'],
  });

export const statementIdPattern = slug;

const textSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  paragraphs: z.record(z.string(), z.string().min(1)),
  closing: z.string().min(1),
  signatory: z.string().min(1),
  association: z.string().min(1),
});

export type Entry = {
  issued: IssuedDate;
  issuedNote?: string;
  original: (typeof routing.locales)[number];
  paragraphs: string[];
  arguments: MessageArguments;
};

function fail(file: string, error: z.ZodError): never {
  throw new Error(`${file} is not a valid statement file:\n${z.prettifyError(error)}`);
}

const utcDay = (iso: string) => new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);

/** Parses and checks messages/statements/<id>/statement.json. */
export function parseEntry(file: string, json: unknown): Entry {
  const result = entrySchema.safeParse(json);
  if (!result.success) fail(file, result.error);
  const {issued, issuedNote, original, paragraphs} = result.data;
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
  };
}

/** Parses and checks messages/statements/<id>/<locale>.json against its entry's paragraphs. */
export function parseText(file: string, json: unknown, paragraphIds: readonly string[]): StatementText {
  const result = textSchema.safeParse(json);
  if (!result.success) fail(file, result.error);
  const keys = Object.keys(result.data.paragraphs);
  const missing = paragraphIds.filter((id) => !keys.includes(id));
  const extra = keys.filter((key) => !paragraphIds.includes(key));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `${file}: its paragraphs must be exactly those of statement.json` +
        `${missing.length ? `; missing: ${missing.join(', ')}` : ''}${extra.length ? `; not in the entry: ${extra.join(', ')}` : ''}`,
    );
  }
  return result.data;
}
