import {signatureLine, splitAtClosing} from './closing';

// The received-text Markdown, the layout of messages/statements/<id>/received.md:
// the letterhead, a `---` line, the `## Title`, the paragraphs, the signature in
// bold lines, and after another `---` the contact block if the letter has one.
// The import writes it and reads it back; the word-for-word test reads it.
// A signature typed on consecutive lines, bold or not, is read line by line
// (lib/letter/closing.ts).

/** Markdown emphasis, links and whitespace are layout, not wording. */
export function normalizeText(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
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

/** The blocks of a body, a signature typed on consecutive lines after its paragraphs split into bold lines. */
function bodyBlocks(body: string): string[] {
  const paragraphs = body.split(/\n\s*\n/).filter((block) => block.trim());
  return paragraphs.flatMap((block, index) => {
    const split = paragraphs.slice(index + 1).every(isBold) ? splitAtClosing(block.split('\n')) : undefined;
    if (!split) return blocksOf(block);
    return [...blocksOf(split.before.join('\n')), ...split.signature.map((line) => `**${signatureLine(line)}**`)];
  });
}

/** The parts of a received text: what comes before its body (the letterhead), the body, the contact block. */
export function receivedParts(markdown: string) {
  const parts = markdown.replace(/\r\n?/g, '\n').split(/\n---\n/);
  const bodyIndex = parts.findIndex((part) => /^## /m.test(part));
  return {
    letterhead: bodyIndex > 0 ? parts.slice(0, bodyIndex).join('\n') : '',
    body: parts[bodyIndex] ?? '',
    contact: bodyIndex >= 0 ? (parts[bodyIndex + 1] ?? '') : '',
  };
}

/** The blocks of a received text's body: its title line, its paragraphs' blocks, its signature's. */
export function receivedBlocks(markdown: string) {
  const {body, contact} = receivedParts(markdown);
  const titleLine = body.match(/^## (.*)$/m);
  const blocks = bodyBlocks(body.slice((titleLine?.index ?? 0) + (titleLine?.[0].length ?? 0)));
  const boldFrom = blocks.findIndex((block, index) => blocks.slice(index).every(isBold));
  // A text whose last block is not bold has no signature (not a last paragraph taken for one).
  const signatureStart = boldFrom < 0 ? blocks.length : boldFrom;
  return {
    title: titleLine?.[1] ?? '',
    paragraphs: blocks.slice(0, signatureStart),
    signature: blocks.slice(signatureStart),
    contact,
  };
}

/**
 * The received text of a statement. The one kind of layout artefact repaired
 * is a paragraph split by a page break in mid-sentence: a block that stops
 * without closing punctuation continues in the next.
 */
export function parseReceived(markdown: string): ReceivedText {
  const {title, paragraphs: blocks, signature, contact} = receivedBlocks(markdown);
  const [closing = '', signatory = '', association = ''] = signature.map(normalizeText);
  const paragraphs: string[] = [];
  for (const block of blocks.map(normalizeText)) {
    const previous = paragraphs.at(-1);
    if (previous !== undefined && !/[.!?:]$/.test(previous)) paragraphs[paragraphs.length - 1] = `${previous} ${block}`;
    else paragraphs.push(block);
  }
  return {
    title: normalizeText(title),
    paragraphs,
    closing,
    signatory,
    association,
    contact: contact.split('\n').map(normalizeText).filter(Boolean),
  };
}
