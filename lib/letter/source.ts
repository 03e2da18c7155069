import {readFileSync} from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import {LetterError} from './problem';
import {receivedParts} from './received';

// A letter as the association sent it, read into what the import works on:
// either a received text already in the layout of received.md (kept as it is),
// or the letter's blocks (paragraphs of a Word file, blank-line separated runs
// of lines of a text file), each with where it starts.

export type Block = {lines: string[]; line: number; heading: boolean};

export type LetterSource =
  | {kind: 'received'; markdown: string; lines: string[]; unit: 'line'}
  | {kind: 'blocks'; blocks: Block[]; lines: string[]; unit: 'line' | 'paragraph'};

const EXPORT_ADVICE =
  'Save it as Word (in Word: File > Open the PDF, then File > Save As > Word Document, .docx) or as text ' +
  '(in Acrobat Reader: File > Save As Text, .txt), check that the words came through, and import that file.';

const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-';
// A .docx is a zip archive.
const isZip = (bytes: Buffer) => bytes.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004';

/** Reads the letter, or throws a LetterError saying why it cannot be read. */
export async function readLetter(file: string): Promise<LetterSource> {
  const extension = path.extname(file).toLowerCase();
  const bytes = readFileSync(file);
  const name = path.basename(file);
  if (extension === '.pdf' || isPdf(bytes)) {
    throw new LetterError([{message: `${name} is a PDF, which keeps no paragraphs to import. ${EXPORT_ADVICE}`}]);
  }
  if (extension === '.doc') {
    throw new LetterError([{message: `${name} is an old Word file (.doc): open it in Word and save it as .docx.`}]);
  }
  if (!['.docx', '.md', '.txt'].includes(extension)) {
    throw new LetterError([{message: `${name}: the import reads Word (.docx), Markdown (.md) or text (.txt) files`}]);
  }
  if (bytes.toString('utf8').trim() === '') throw new LetterError([{message: `${name} is empty`}]);
  if (extension === '.docx') return wordLetter(name, bytes);
  return textLetter(name, bytes, extension === '.md');
}

async function wordLetter(name: string, bytes: Buffer): Promise<LetterSource> {
  if (!isZip(bytes)) {
    throw new LetterError([{message: `${name} is not a Word document (a .docx file is a zip archive; this is not)`}]);
  }
  let html: string;
  try {
    html = (await mammoth.convertToHtml({buffer: bytes})).value;
  } catch (error) {
    throw new LetterError([
      {message: `${name} is not a Word document that can be read (${error instanceof Error ? error.message : error})`},
    ]);
  }
  const blocks = [...html.matchAll(/<(p|h[1-6]|li)\b[^>]*>([\s\S]*?)<\/\1>/g)]
    .map(([, tag = '', inner = '']) => ({tag, text: htmlText(inner)}))
    .filter(({text}) => text.trim())
    .map(({tag, text}, index) => ({lines: text.split('\n'), line: index + 1, heading: tag.startsWith('h')}));
  if (blocks.length === 0) throw new LetterError([{message: `${name} has no text`}]);
  return {kind: 'blocks', blocks, lines: blocks.map(({lines}) => lines.join(' ')), unit: 'paragraph'};
}

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0'};

/** The text of mammoth's HTML for one paragraph: a line break kept, every tag dropped, every entity read. */
function htmlText(inner: string): string {
  return inner
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
      return entities[code] ?? entity;
    });
}

function textLetter(name: string, bytes: Buffer, markdown: boolean): LetterSource {
  let text: string;
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    throw new LetterError([{message: `${name} is not text (not UTF-8): a binary file?`}]);
  }
  if (text.includes('\u0000')) throw new LetterError([{message: `${name} is not text: a binary file?`}]);
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  if (markdown && /^---$/m.test(text) && receivedParts(text).body) {
    return {kind: 'received', markdown: text, lines, unit: 'line'};
  }
  const blocks: Block[] = [];
  lines.forEach((raw, index) => {
    const heading = markdown && /^#{1,6}\s/.test(raw);
    const line = (markdown ? raw.replace(/^#{1,6}\s+/, '') : raw).trimEnd();
    const previous = blocks.at(-1);
    if (!line.trim()) return;
    if (previous && previous.line + previous.lines.length === index + 1 && !heading && !previous.heading) {
      previous.lines.push(line);
    } else {
      blocks.push({lines: [line], line: index + 1, heading});
    }
  });
  return {kind: 'blocks', blocks, lines, unit: 'line'};
}
