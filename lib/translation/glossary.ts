import {readFileSync} from 'node:fs';

// messages/GLOSSARY.md as the notes of a translator's file: for each message,
// the terms its source uses and how the target language renders them, found
// as tests/unit/glossary.test.ts finds them (case-insensitive, longest first).
// A language's column is headed with its name in English; a language without
// one has no glossary, and its units no notes.

const englishNames = new Intl.DisplayNames('en', {type: 'language'});

/** The glossary's column of a language: its name in English (`az` → `Azerbaijani`). */
export const glossaryColumn = (locale: string): string => englishNames.of(locale) ?? locale;

export type GlossaryRow = Readonly<Record<string, string>>;

/** The rows of the glossary's table, keyed by column heading. */
export function parseGlossary(markdown: string): GlossaryRow[] {
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

/** messages/GLOSSARY.md, or the glossary at `file`. */
export const readGlossary = (file: string) => parseGlossary(readFileSync(file, 'utf8'));

/** One note per glossary term the source text uses: `Second Karabakh War → andra Karabachkriget (the 2020 war; …)`. */
export function glossaryNotes(glossary: readonly GlossaryRow[], text: string, source: string, target: string) {
  const from = glossaryColumn(source);
  const to = glossaryColumn(target);
  const lower = (value: string) => value.toLocaleLowerCase(source);
  const rows = [...glossary].sort((a, b) => (b[from] ?? '').length - (a[from] ?? '').length);
  let unmatched = lower(text);
  const notes: string[] = [];
  for (const row of rows) {
    const term = lower(row[from] ?? '');
    if (term === '' || !row[to] || !unmatched.includes(term)) continue;
    // A shorter term inside a longer one is the longer one's, as in the glossary test.
    unmatched = unmatched.replaceAll(term, '\u0000');
    // The glossary's Markdown emphasis (_andra_) is plain text in a CAT tool.
    const note = row.Note ? ` (${row.Note.replace(/_([^_]+)_/g, '$1')})` : '';
    notes.push(`${row[from]} → ${row[to]}${note}`);
  }
  return notes;
}
