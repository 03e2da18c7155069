import {readFileSync} from 'node:fs';
import path from 'node:path';

/** Markdown emphasis, links and whitespace are layout, not wording. */
export function normalizeText(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentences, so that a difference is reported as the one sentence that changed. */
export function sentences(paragraphs: string[]): string[] {
  return paragraphs.flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=[A-Z0-9])/));
}

export type SeedStatement = {
  title: string;
  paragraphs: string[];
  closing: string;
  signatory: string;
  association: string;
  contact: string[];
};

const blocksOf = (markdown: string) =>
  markdown
    .split(/\n\s*\n|\s{2}\n/)
    .map(normalizeText)
    .filter(Boolean);

/**
 * The statement exactly as the association sent it (tests/fixtures/statement-en.md).
 * The one layout artefact of the source, a paragraph split by a page break in
 * mid-sentence, is joined back into one paragraph.
 */
export function seedStatement(): SeedStatement {
  const markdown = readFileSync(path.join(__dirname, '..', 'fixtures', 'statement-en.md'), 'utf8');
  const titleStart = markdown.indexOf('## ');
  const titleEnd = markdown.indexOf('\n', titleStart);
  const closingStart = markdown.indexOf('**Yours,**');
  const [signature = '', contact = ''] = markdown.slice(closingStart).split(/\n---\n/);

  const paragraphs: string[] = [];
  for (const block of blocksOf(markdown.slice(titleEnd, closingStart))) {
    const previous = paragraphs.at(-1);
    // A paragraph that stops without closing punctuation continues in the next block.
    if (previous !== undefined && !/[.!?:]$/.test(previous)) paragraphs[paragraphs.length - 1] = `${previous} ${block}`;
    else paragraphs.push(block);
  }

  const [closing = '', signatory = '', association = ''] = blocksOf(signature);
  return {
    title: normalizeText(markdown.slice(titleStart + 3, titleEnd)),
    paragraphs,
    closing,
    signatory,
    association,
    contact: contact.split('\n').map(normalizeText).filter(Boolean),
  };
}
