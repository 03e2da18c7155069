import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {RECEIVED_FILE} from '@/lib/content/collection';

// A statement's text exactly as the association sent it, kept as Markdown
// beside its entry, messages/statements/<id>/received.md (the fixture
// statements' under tests/fixtures/content/statements/): the letterhead, a `---`
// line, the `## Title`, the paragraphs, the signature in bold lines, and after
// another `---` the contact block if the letter has one.

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
  return paragraphs.flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=\p{Lu}|\d)/u));
}

export type ReceivedText = {
  title: string;
  paragraphs: string[];
  closing: string;
  signatory: string;
  association: string;
  /** The contact block's lines, if the letter has one. */
  contact: string[];
};

const blocksOf = (markdown: string) => markdown.split(/\n\s*\n|\s{2}\n/).filter((block) => block.trim());
const isBold = (block: string) => /^\*\*[\s\S]*\*\*$/.test(block.trim());

/**
 * The received text of a statement. The one kind of layout artefact repaired
 * is a paragraph split by a page break in mid-sentence: a block that stops
 * without closing punctuation continues in the next.
 */
export function parseReceived(markdown: string): ReceivedText {
  const parts = markdown.split(/\n---\n/);
  const bodyIndex = parts.findIndex((part) => /^## /m.test(part));
  const body = parts[bodyIndex] ?? '';
  const contact = bodyIndex >= 0 ? (parts[bodyIndex + 1] ?? '') : '';
  const titleLine = body.match(/^## (.*)$/m);
  const blocks = blocksOf(body.slice((titleLine?.index ?? 0) + (titleLine?.[0].length ?? 0)));

  const signatureStart = blocks.findIndex((block, index) => blocks.slice(index).every(isBold));
  const [closing = '', signatory = '', association = ''] = blocks.slice(signatureStart).map(normalizeText);
  const paragraphs: string[] = [];
  for (const block of blocks.slice(0, signatureStart).map(normalizeText)) {
    const previous = paragraphs.at(-1);
    if (previous !== undefined && !/[.!?:]$/.test(previous)) paragraphs[paragraphs.length - 1] = `${previous} ${block}`;
    else paragraphs.push(block);
  }
  return {
    title: normalizeText(titleLine?.[1] ?? ''),
    paragraphs,
    closing,
    signatory,
    association,
    contact: contact.split('\n').map(normalizeText).filter(Boolean),
  };
}

/** The file of statement `id`'s received text in the statements directory `directory`. */
export const receivedFile = (directory: string, id: string) => path.join(directory, id, RECEIVED_FILE);

/** The received text of statement `id` from the statements directory `directory`, or undefined if it has none. */
export function receivedText(directory: string, id: string): ReceivedText | undefined {
  const file = receivedFile(directory, id);
  return existsSync(file) ? parseReceived(readFileSync(file, 'utf8')) : undefined;
}
