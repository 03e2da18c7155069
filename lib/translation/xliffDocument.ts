import {SaxesParser} from 'saxes';

// The part of XLIFF 2.0 (OASIS, urn:oasis:names:tc:xliff:document:2.0) a
// statement's translation uses: one <file> per statement, one <unit> per
// message, its <notes>, its <originalData> (the ICU of each code) and its
// <source> and <target> as text and <ph/> codes. Written by hand rather than
// with an XML builder, since builders indent mixed content when they pretty-print,
// which would change the text inside <source> and <target>; read with saxes, a
// conforming parser that refuses any malformed XML with its line and column and
// keeps every space between two codes (xml-js, which the xliff package reads
// with, drops those and lets an unclosed file through).

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

/** A placeholder: `<ph id="1" dataRef="d1" disp="67"/>`; its ICU is the unit's `data[dataRef]`. */
export type Placeholder = {id: string; dataRef?: string; disp?: string; attributes: Record<string, string>};

export type Inline = string | Placeholder;

export type Unit = {
  id: string;
  notes: string[];
  /** `<originalData>`: the ICU text of each code, by data id. */
  data: Record<string, string>;
  source: Inline[];
  /** Undefined when the unit has no target (not translated). */
  target: Inline[] | undefined;
};

export type XliffFile = {srcLang: string; trgLang: string; fileId: string; units: Unit[]};

/** A file given to the import that is not what the export writes; the message names the unit or the line. */
export class XliffError extends Error {}

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replaceAll('"', '&quot;');
const attributes = (values: Record<string, string | undefined>) =>
  Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');

function inline(content: readonly Inline[]) {
  return content
    .map((item) =>
      typeof item === 'string'
        ? escapeText(item)
        : `<ph${attributes({id: item.id, dataRef: item.dataRef, disp: item.disp, ...item.attributes})}/>`,
    )
    .join('');
}

function unitXml(unit: Unit) {
  const lines = [`    <unit${attributes({id: unit.id})}>`];
  if (unit.notes.length > 0) {
    lines.push('      <notes>');
    for (const note of unit.notes) lines.push(`        <note category="glossary">${escapeText(note)}</note>`);
    lines.push('      </notes>');
  }
  const data = Object.entries(unit.data);
  if (data.length > 0) {
    lines.push('      <originalData>');
    for (const [id, icu] of data) lines.push(`        <data${attributes({id})}>${escapeText(icu)}</data>`);
    lines.push('      </originalData>');
  }
  lines.push('      <segment>', `        <source>${inline(unit.source)}</source>`);
  if (unit.target !== undefined) lines.push(`        <target>${inline(unit.target)}</target>`);
  lines.push('      </segment>', '    </unit>');
  return lines.join('\n');
}

/** The XLIFF 2.0 document, one unit a few lines, each source and target on one line. */
export function writeXliff(file: XliffFile): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff${attributes({xmlns: XLIFF_NAMESPACE, version: '2.0', srcLang: file.srcLang, trgLang: file.trgLang})}>`,
    // Every space of the messages is theirs: a tool must not collapse or trim it.
    `  <file${attributes({id: file.fileId, 'xml:space': 'preserve'})}>`,
    ...file.units.map(unitXml),
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');
}

/** An XML element as read: its attributes, and its text and child elements in order. */
type Element = {name: string; attributes: Record<string, string>; children: (Element | string)[]};

const childElements = (element: Element) =>
  element.children.filter((child): child is Element => typeof child !== 'string');
const attribute = (element: Element, name: string): string | undefined => element.attributes[name];
const textOf = (element: Element): string =>
  element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');

/** Text and placeholders; an annotation (`<mrk>`, which a CAT tool may add) is read for its content. */
function inlineOf(element: Element, unit: string): Inline[] {
  return element.children.flatMap((child): Inline[] => {
    if (typeof child === 'string') return [child];
    if (child.name === 'mrk') return inlineOf(child, unit);
    if (child.name === 'ph') {
      const {id, dataRef, disp, ...rest} = child.attributes;
      if (id === undefined) throw new XliffError(`unit ${unit}: a <ph> without an id`);
      return [{id, dataRef, disp, attributes: rest}];
    }
    throw new XliffError(`unit ${unit}: <${child.name}> is not a code this file has; only <ph> placeholders`);
  });
}

/** Joins what a CAT tool may have split into several segments (and the ignorable text between them). */
function segmentsOf(unit: Element, id: string) {
  const parts = childElements(unit).filter((child) => child.name === 'segment' || child.name === 'ignorable');
  if (parts.length === 0) throw new XliffError(`unit ${id} has no <segment>`);
  const source: Inline[] = [];
  let target: Inline[] | undefined;
  for (const part of parts) {
    const sourceElement = childElements(part).find((child) => child.name === 'source');
    const targetElement = childElements(part).find((child) => child.name === 'target');
    if (!sourceElement) throw new XliffError(`unit ${id}: a <${part.name}> without <source>`);
    const partSource = inlineOf(sourceElement, id);
    source.push(...partSource);
    if (targetElement) target = [...(target ?? []), ...inlineOf(targetElement, id)];
    else if (part.name === 'ignorable' && target) target.push(...partSource);
  }
  return {source, target};
}

function unitOf(element: Element): Unit {
  const id = attribute(element, 'id');
  if (id === undefined) throw new XliffError('a <unit> without an id');
  const children = childElements(element);
  const notes = children
    .filter((child) => child.name === 'notes')
    .flatMap(childElements)
    .map((note) => textOf(note));
  const data = Object.fromEntries(
    children
      .filter((child) => child.name === 'originalData')
      .flatMap(childElements)
      .map((item) => [attribute(item, 'id') ?? '', textOf(item)]),
  );
  return {id, notes, data, ...segmentsOf(element, id)};
}

/** The document's root element; a file that is not well-formed XML is refused with the line and column. */
function xmlOf(text: string): Element {
  const parser = new SaxesParser();
  const document: Element = {name: '#document', attributes: {}, children: []};
  const open: Element[] = [document];
  const current = () => open.at(-1) ?? document;
  parser.on('opentag', (tag) => {
    const element: Element = {
      name: tag.name,
      attributes: {...(tag.attributes as Record<string, string>)},
      children: [],
    };
    current().children.push(element);
    open.push(element);
  });
  parser.on('closetag', () => open.pop());
  parser.on('text', (value) => current().children.push(value));
  parser.on('cdata', (value) => current().children.push(value));
  try {
    parser.write(text).close();
  } catch (error) {
    // saxes says "9:47: unexpected close tag.": line and column first.
    const [, line, column, what] = /^(\d+):(\d+): (.*)$/s.exec((error as Error).message) ?? [];
    const where = line === undefined ? (error as Error).message : `${what} (line ${line}, column ${column})`;
    throw new XliffError(`it is not well-formed XML: ${where}`);
  }
  return document;
}

/** Reads an XLIFF 2.0 document; refuses anything else, saying what it is instead. */
export function readXliff(text: string): XliffFile {
  const document = xmlOf(text);
  const root = childElements(document)[0];
  if (!root || root.name !== 'xliff') {
    throw new XliffError(`it is not an XLIFF file: its root element is <${root?.name ?? 'none'}>, not <xliff>`);
  }
  const version = attribute(root, 'version');
  if (version !== '2.0' || attribute(root, 'xmlns') !== XLIFF_NAMESPACE) {
    throw new XliffError(
      `it is XLIFF ${version ?? 'without a version'}${attribute(root, 'xmlns') === XLIFF_NAMESPACE ? '' : ` (namespace ${attribute(root, 'xmlns') ?? 'none'})`}, ` +
        `not XLIFF 2.0 (${XLIFF_NAMESPACE}); export the file from your CAT tool as XLIFF 2.0`,
    );
  }
  const srcLang = attribute(root, 'srcLang');
  const trgLang = attribute(root, 'trgLang');
  if (!srcLang || !trgLang) throw new XliffError('<xliff> must name its srcLang and trgLang');
  const files = childElements(root).filter((child) => child.name === 'file');
  const [file] = files;
  if (!file || files.length > 1) {
    throw new XliffError(`it must hold one <file> (one statement), not ${files.length}`);
  }
  const units = childElements(file)
    .filter((child) => child.name === 'unit')
    .map(unitOf);
  return {srcLang, trgLang, fileId: attribute(file, 'id') ?? '', units};
}
