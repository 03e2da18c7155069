import type {Locale} from 'next-intl';
import {datelineDate} from './dateline';
import {ArgumentBook} from './figures';
import type {LetterArgument} from './figures';
import {paragraphIds} from './ids';
import {layOut} from './layout';
import {LetterError} from './problem';
import type {LetterProblem} from './problem';
import {normalizeText, parseReceived, receivedBlocks, receivedParts} from './received';
import type {ReceivedText} from './received';
import type {LetterSource} from './source';

// A letter as the association sent it, made into a proposal for its statement:
// the received text to keep, its parts, each paragraph as an ICU message with
// an id, every figure and date as an argument, and the issued date if the
// letter has a dateline. Nothing is invented: what the letter does not say is
// left for the editor, and said so.

export type ImportedLetter = {
  /** The letter in the layout of received.md. */
  received: string;
  parts: ReceivedText;
  paragraphs: {id: string; message: string}[];
  arguments: LetterArgument[];
  /** The letter's dateline, and the day or month it gives. */
  dateline?: {line: string; issued: string};
  /** Paragraphs a page break had cut, joined back. */
  joined: number;
};

/** The first line of the letter, from the paragraph's opening on, that has `written` on it. */
function lineOf(lines: string[], paragraph: string, written: string): number | undefined {
  const opening = paragraph.split(' ').slice(0, 4).join(' ');
  const start = Math.max(
    0,
    lines.findIndex((line) => normalizeText(line).includes(opening)),
  );
  const first = written.split(/\s+/)[0] ?? written;
  const index = lines.findIndex((line, at) => at >= start && line.includes(first));
  return index < 0 ? undefined : index + 1;
}

export function importLetter(source: LetterSource, locale: Locale): ImportedLetter {
  const laidOut =
    source.kind === 'received'
      ? {
          markdown: source.markdown,
          dateline: receivedParts(source.markdown)
            .letterhead.split('\n')
            .find((line) => datelineDate(line, locale)),
        }
      : layOut(source.blocks, locale);
  const parts = parseReceived(laidOut.markdown);
  const problems: LetterProblem[] = [];
  if (!parts.title) problems.push({message: 'the letter has no title (a line "## Title" after the letterhead)'});
  if (parts.paragraphs.length === 0) problems.push({message: 'the letter has no paragraphs'});

  const book = new ArgumentBook(locale);
  const messages = parts.paragraphs.map((paragraph) => {
    const {message, problems: found} = book.message(paragraph);
    for (const {written, reason} of found) {
      problems.push({message: `"${written}": ${reason}`, line: lineOf(source.lines, paragraph, written)});
    }
    return message;
  });
  for (const [name, text] of Object.entries({
    title: parts.title,
    closing: parts.closing,
    signatory: parts.signatory,
    association: parts.association,
  })) {
    // The site prints these as they are, with no arguments: a figure there would be typed, not formatted.
    if (/\d/.test(text)) {
      problems.push({
        message: `the ${name} "${text}" has a figure, which only a paragraph can hold`,
        line: lineOf(source.lines, text, text),
      });
    }
  }
  if (problems.length > 0) throw new LetterError(problems, source.unit);

  const ids = paragraphIds(messages, locale);
  const dateline = laidOut.dateline && datelineDate(laidOut.dateline, locale);
  return {
    received: laidOut.markdown,
    parts,
    paragraphs: messages.map((message, index) => ({id: ids[index] ?? '', message})),
    arguments: book.arguments,
    ...(laidOut.dateline && dateline ? {dateline: {line: laidOut.dateline.trim(), issued: dateline}} : {}),
    joined: receivedBlocks(laidOut.markdown).paragraphs.length - parts.paragraphs.length,
  };
}
