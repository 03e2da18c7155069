import {readFileSync} from 'node:fs';
import path from 'node:path';

/** Markdown emphasis and whitespace are layout, not wording. */
export function normalizeText(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The body paragraphs of the statement exactly as the association sent it
 * (tests/fixtures/statement-en.md), between the title and the closing. The
 * one layout artefact of the source, a paragraph split by a page break in
 * mid-sentence, is joined back into one paragraph.
 */
export function seedParagraphs(): string[] {
  const markdown = readFileSync(path.join(__dirname, '..', 'fixtures', 'statement-en.md'), 'utf8');
  const body = markdown.slice(markdown.indexOf('\n', markdown.indexOf('## ')), markdown.indexOf('**Yours,**'));
  const blocks = body
    .split(/\n\s*\n/)
    .map(normalizeText)
    .filter(Boolean);

  const paragraphs: string[] = [];
  for (const block of blocks) {
    const previous = paragraphs.at(-1);
    // A paragraph that stops without closing punctuation continues in the next block.
    if (previous !== undefined && !/[.!?:]$/.test(previous)) paragraphs[paragraphs.length - 1] = `${previous} ${block}`;
    else paragraphs.push(block);
  }
  return paragraphs;
}
