import {readFileSync} from 'node:fs';
import path from 'node:path';

export type GlossaryEntry = Record<string, string>;

/** The rows of the table in messages/GLOSSARY.md, keyed by column header. */
export function loadGlossary(): GlossaryEntry[] {
  const markdown = readFileSync(path.join(__dirname, '..', '..', 'messages', 'GLOSSARY.md'), 'utf8');
  const rows = markdown
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim()),
    );
  const [header, , ...body] = rows;
  if (!header) throw new Error('messages/GLOSSARY.md has no table');
  return body.map((cells) => Object.fromEntries(header.map((column, index) => [column, cells[index] ?? ''])));
}
