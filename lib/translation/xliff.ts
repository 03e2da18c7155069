import type {Locale} from 'next-intl';
import {formatMessage} from '@/lib/content/format';
import type {MessageArguments, StatementText} from '@/lib/content/types';
import {messagesOf} from '@/lib/content/sources';
import {glossaryNotes} from './glossary';
import type {GlossaryRow} from './glossary';
import {argumentsOf, piecesOf} from './icuPieces';
import type {CodePiece, Label} from './icuPieces';
import {XliffError} from './xliffDocument';
import type {Inline, Placeholder, Unit, XliffFile} from './xliffDocument';

// A statement's translation as XLIFF 2.0 for a CAT tool, and back. One unit
// per message, named as translations:status names it. Every ICU argument is a
// <ph> whose ICU text is the unit's <originalData> and whose `disp` is the
// value as the reader sees it; a plural's, select's or selectordinal's syntax
// is <ph> codes too, and the words of its branches are text between them, so
// that the translator translates them and the tool protects the structure.
// The target is the translation's own ICU cut the same way: a code it shares
// with the source keeps the source's id; one of its own (`{n, number}` for
// the source's `{n, number, ::compact-long}`, a selectordinal for Azerbaijani
// endings) gets an id of its own, so the import gives back the same ICU text.

export type ExportInput = {
  id: string;
  originalLocale: Locale;
  locale: Locale;
  arguments: MessageArguments;
  original: StatementText;
  /** The translation as it is, if there is one: each unit's target. */
  translation: StatementText | undefined;
  glossary: readonly GlossaryRow[];
};

type Render = (message: string) => string;

function disp(label: Label, render: Render) {
  switch (label.type) {
    case 'value':
      return render(label.message);
    case 'opens':
      return `[${label.argument}: ${label.key}]`;
    case 'branch':
      return `[${label.key}]`;
    case 'closes':
      return `[/${label.argument}]`;
  }
}

/** Source and target of one message; the target's codes reuse the source's ids where their ICU is the same. */
function unitContent(source: string, target: string | undefined, render: Record<'source' | 'target', Render>) {
  const data: Record<string, string> = {};
  const sourceCodes: {placeholder: Placeholder; icu: string}[] = [];
  const code = (piece: CodePiece, id: string, how: Render): Placeholder => {
    data[`d${id}`] = piece.icu;
    return {id, dataRef: `d${id}`, disp: disp(piece.label, how), attributes: {canCopy: 'no'}};
  };
  const sourceContent = piecesOf(source).map((piece): Inline => {
    if (piece.kind === 'text') return piece.text;
    const placeholder = code(piece, String(sourceCodes.length + 1), render.source);
    sourceCodes.push({placeholder, icu: piece.icu});
    return placeholder;
  });
  if (target === undefined) return {source: {content: sourceContent, data}, target: undefined};
  const unused = [...sourceCodes];
  let own = 0;
  const targetContent = piecesOf(target).map((piece): Inline => {
    if (piece.kind === 'text') return piece.text;
    const same = unused.findIndex((candidate) => candidate.icu === piece.icu);
    const shared = same >= 0 ? unused.splice(same, 1)[0] : undefined;
    own += shared ? 0 : 1;
    return shared?.placeholder ?? code(piece, `t${own}`, render.target);
  });
  return {source: {content: sourceContent, data}, target: {content: targetContent, data}};
}

/** The units of a statement's translation, in reading order. */
export function exportUnits(input: ExportInput): Unit[] {
  const render = {
    source: (message: string) => formatMessage(input.originalLocale, message, input.arguments),
    target: (message: string) => formatMessage(input.locale, message, input.arguments),
  };
  const translated = input.translation ? messagesOf(input.translation) : new Map<string, string>();
  return [...messagesOf(input.original)].map(([key, message]) => {
    const {source, target} = unitContent(message, translated.get(key), render);
    return {
      id: key,
      notes: glossaryNotes(input.glossary, message, input.originalLocale, input.locale),
      data: (target ?? source).data,
      source: source.content,
      target: target?.content,
    };
  });
}

export function exportFile(input: ExportInput): XliffFile {
  return {srcLang: input.originalLocale, trgLang: input.locale, fileId: input.id, units: exportUnits(input)};
}

/** A unit's source as the import compares it with the export's: its text, and each code's id, data id and ICU. */
const comparableSource = ({source, data}: Unit) =>
  JSON.stringify(
    joined(source).map((item) =>
      typeof item === 'string' ? item : [item.id, item.dataRef, data[item.dataRef ?? ''] ?? ''],
    ),
  );
/** Adjacent text joined, so that a tool that split a run of text in two reads the same. */
function joined(content: readonly Inline[]): Inline[] {
  return content.reduce<Inline[]>((all, item) => {
    const last = all.at(-1);
    if (typeof item === 'string' && typeof last === 'string') all[all.length - 1] = last + item;
    else if (item !== '') all.push(item);
    return all;
  }, []);
}

/** The ICU message of a unit's target, or the problems with its placeholders. */
function targetMessage(unit: Unit, expected: Unit, problems: string[]): string | undefined {
  const target = unit.target ?? [];
  const sourceCodes = new Map(
    expected.source.flatMap((item) => (typeof item === 'string' ? [] : [[item.id, item] as const])),
  );
  const seen = new Set<string>();
  const found: string[] = [];
  let message = '';
  for (const item of target) {
    if (typeof item === 'string') {
      message += item;
      continue;
    }
    const own = sourceCodes.get(item.id);
    const dataRef = item.dataRef ?? own?.dataRef;
    const icu = dataRef === undefined ? undefined : unit.data[dataRef];
    if (seen.has(item.id)) found.push(`placeholder ${item.id} appears twice`);
    seen.add(item.id);
    if (own && dataRef !== own.dataRef) {
      const was = expected.data[own.dataRef ?? ''] ?? '';
      found.push(`placeholder ${item.id} (${was}) was changed to ${icu ?? `dataRef ${dataRef}`}`);
    } else if (icu === undefined) {
      // Neither the source's nor one the export wrote for the translation: a code added in the tool.
      found.push(`placeholder ${item.id} is not in the original (no ICU for it in <originalData>)`);
    }
    message += icu ?? '';
  }
  if (found.length > 0) {
    problems.push(...found.map((problem) => `unit ${unit.id}: ${problem}`));
    return undefined;
  }
  return message;
}

function argumentProblems(id: string, source: string, target: string): string[] {
  let used: Set<string>;
  try {
    used = argumentsOf(target);
  } catch (error) {
    return [`unit ${id}: the translation is not a valid message (${(error as Error).message}): ${target}`];
  }
  const expected = argumentsOf(source);
  const written = (message: string, name: string) =>
    piecesOf(message).find((piece): piece is CodePiece => piece.kind === 'code' && piece.argument === name)?.icu ??
    name;
  return [
    ...[...expected]
      .filter((name) => !used.has(name))
      .map((name) => `unit ${id}: placeholder ${written(source, name)} of the original is missing`),
    ...[...used]
      .filter((name) => !expected.has(name))
      .map((name) => `unit ${id}: placeholder ${written(target, name)} is not in the original`),
  ];
}

/**
 * A `#` code placed outside every plural: ICU reads it there as the character #, so the figure would vanish from
 * the sentence without the message failing to parse.
 */
function strayFigures(unit: Unit, message: string): string[] {
  const placed = (unit.target ?? []).filter(
    (item): item is Placeholder => typeof item !== 'string' && unit.data[item.dataRef ?? ''] === '#',
  );
  const read = piecesOf(message).filter((piece) => piece.kind === 'code' && piece.icu === '#').length;
  return read < placed.length
    ? [`unit ${unit.id}: a # placeholder (the figure) is outside its plural: ${placed.map(({id}) => id).join(', ')}`]
    : [];
}

export type ImportInput = Omit<ExportInput, 'translation' | 'glossary'>;

/**
 * The translated messages of a file, by message key, checked against today's
 * original: every message there once, its source unchanged since the export,
 * translated, with the original's placeholders. Throws every problem at once.
 */
export function importMessages(file: XliffFile, input: ImportInput): Map<string, string> {
  const head: string[] = [];
  if (file.fileId !== input.id) head.push(`it is for statement ${file.fileId || '(none)'}, not ${input.id}`);
  if (file.srcLang !== input.originalLocale) {
    head.push(`its source language is ${file.srcLang}, but the original of ${input.id} is ${input.originalLocale}`);
  }
  if (head.length > 0) throw new XliffError(head.join('\n'));
  const expected = new Map(
    exportUnits({...input, translation: undefined, glossary: []}).map((unit) => [unit.id, unit] as const),
  );
  const originals = messagesOf(input.original);
  const problems: string[] = [];
  const ids = file.units.map((unit) => unit.id);
  const missing = [...expected.keys()].filter((key) => !ids.includes(key));
  const unknown = ids.filter((key) => !expected.has(key));
  const twice = ids.filter((key, index) => ids.indexOf(key) !== index);
  if (missing.length > 0) problems.push(`units missing: ${missing.join(', ')}`);
  if (unknown.length > 0) problems.push(`units that are not messages of ${input.id}: ${unknown.join(', ')}`);
  if (twice.length > 0) problems.push(`units given twice: ${twice.join(', ')}`);
  const untranslated: string[] = [];
  const messages = new Map<string, string>();
  for (const unit of file.units) {
    const wanted = expected.get(unit.id);
    if (!wanted || twice.includes(unit.id)) continue;
    if (comparableSource(unit) !== comparableSource(wanted)) {
      problems.push(
        `unit ${unit.id}: its source is not today's original (it changed since the export, or the file was edited); export again`,
      );
      continue;
    }
    if (unit.target === undefined || joined(unit.target).length === 0) {
      untranslated.push(unit.id);
      continue;
    }
    const message = targetMessage(unit, wanted, problems);
    if (message === undefined) continue;
    const found = argumentProblems(unit.id, originals.get(unit.id) ?? '', message);
    if (found.length === 0) found.push(...strayFigures(unit, message));
    if (found.length > 0) problems.push(...found);
    else messages.set(unit.id, message);
  }
  if (untranslated.length > 0) problems.push(`units not translated (no target): ${untranslated.join(', ')}`);
  if (problems.length > 0) throw new XliffError(problems.join('\n'));
  // In the original's order, whatever order the tool wrote the units in.
  return new Map([...expected.keys()].map((key) => [key, messages.get(key) ?? '']));
}

/**
 * The translation file's JSON with the imported messages: the existing file's
 * members in their order (or the original's, for a new translation), each
 * message replaced; its `translatedFrom` is then written as translations:accept writes it.
 */
export function translationJson(base: Record<string, unknown>, messages: ReadonlyMap<string, string>) {
  const under = (name: string) =>
    Object.fromEntries(
      [...messages].flatMap(([key, message]) =>
        key.startsWith(`${name}.`) ? [[key.slice(name.length + 1), message] as const] : [],
      ),
    );
  const json: Record<string, unknown> = {};
  for (const [key, current] of Object.entries(base)) {
    if (key === 'description' && !('corrections' in base) && Object.keys(under('corrections')).length > 0) {
      json.description = messages.get(key);
      json.corrections = under('corrections');
    } else if (key === 'paragraphs' || key === 'corrections') json[key] = under(key);
    else json[key] = messages.get(key) ?? current;
  }
  return json;
}
