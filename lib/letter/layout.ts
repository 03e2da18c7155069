import type {Locale} from 'next-intl';
import {signatureLine, splitAtClosing} from './closing';
import {datelineDate} from './dateline';
import {LetterError} from './problem';
import type {Block} from './source';

// A letter's blocks recognised as the parts of a statement and written in the
// layout of received.md. A letter is read as letters are written: a letterhead,
// the title just above the first paragraph of prose, the paragraphs, then the
// closing, the signatory and the association, and whatever follows them as the
// contact block. The dateline, wherever it stands, goes with the letterhead.
// A signature typed on consecutive lines is read as the separate paragraphs
// a Word letter gives it (lib/letter/closing.ts says how it is told apart).

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const textOf = (block: Block) => block.lines.join(' ').trim();
/** A paragraph of prose: a few words that end a sentence. */
const isProse = (block: Block) => words(textOf(block)) >= 6 && /[.!?:]["”’»)]*$/.test(textOf(block));

export type LaidOut = {markdown: string; dateline?: string};

/**
 * The blocks with the last block that opens a signature, after every paragraph
 * of prose, split into the paragraph's end, the closing, the signatory, the
 * association and any lines after them. Each part keeps where its block starts.
 */
function splitSignature(blocks: Block[]): Block[] {
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const block = blocks[index];
    const split = block && splitAtClosing(block.lines);
    if (block && split) {
      const {before, signature} = split;
      const parts = [before, ...signature.slice(0, 3).map((line) => [line]), signature.slice(3)];
      const at = (lines: string[]) => ({lines, line: block.line, heading: false});
      return [
        ...blocks.slice(0, index),
        ...parts.filter((lines) => lines.length > 0).map(at),
        ...blocks.slice(index + 1),
      ];
    }
    if (block && isProse(block)) break;
  }
  return blocks;
}

export function layOut(letter: Block[], locale: Locale): LaidOut {
  const blocks = splitSignature(letter);
  const datelineIndex = blocks.findIndex((block) => datelineDate(textOf(block), locale) !== undefined);
  const dateline = blocks[datelineIndex];
  const rest = blocks.filter((_, index) => index !== datelineIndex);
  const firstBody = rest.findIndex(isProse);
  const lastBody = rest.findLastIndex(isProse);
  if (firstBody < 0) {
    throw new LetterError([{message: 'the letter has no paragraph of prose (sentences ending in . ! ? or :)'}]);
  }
  const headings = rest.slice(0, firstBody).flatMap((block, index) => (block.heading ? [index] : []));
  const titleIndex = headings.at(-1) ?? firstBody - 1;
  const title = rest[titleIndex];
  if (!title) {
    throw new LetterError([
      {message: 'the letter has no title: nothing stands above its first paragraph', line: rest[firstBody]?.line},
    ]);
  }
  const letterhead = [...rest.slice(0, titleIndex), ...(dateline ? [dateline] : [])];
  const body = rest.slice(titleIndex + 1, lastBody + 1);
  const signature = rest.slice(lastBody + 1, lastBody + 4);
  const contact = rest.slice(lastBody + 4);

  const lines = (block: Block) => block.lines.join('\n');
  const markdown = [
    ...(letterhead.length ? [letterhead.map(lines).join('\n\n'), '---'] : []),
    `## ${textOf(title)}`,
    ...body.map(lines),
    ...signature.map((block) => `**${block.lines.map(signatureLine).join('\n')}**`),
    ...(contact.length ? ['---', contact.map(lines).join('\n')] : []),
  ].join('\n\n');
  return {markdown: `${markdown}\n`, dateline: dateline && textOf(dateline)};
}
