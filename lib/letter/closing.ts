import type {Locale} from 'next-intl';

// A letter's signature typed as people type one: the closing, the signatory and
// the association on consecutive lines of one paragraph ("Hörmətlə," / the name
// / the association), not as paragraphs of their own as a Word letter has them.
// What tells a signature from a paragraph that happens to have line breaks is
// the closing: a line that is one of the formulas below, opening its block or
// following the end of a sentence, with a name after it (a capitalised line
// that is no sentence), and no paragraph of prose after its block
// (lib/letter/layout.ts, lib/letter/received.ts).

/** The ways of closing a letter in each language, compared whole, in any case, with or without a comma. */
const closings: Record<Locale, readonly string[]> = {
  sv: [
    'Med vänliga hälsningar',
    'Med vänlig hälsning',
    'Vänliga hälsningar',
    'Vänlig hälsning',
    'Med bästa hälsningar',
    'Bästa hälsningar',
    'Med varma hälsningar',
    'Varma hälsningar',
    'Hjärtliga hälsningar',
    'Med hälsningar',
    'Hälsningar',
    'Hälsning',
    'Med respekt',
    'Med högaktning',
    'Högaktningsfullt',
  ],
  en: [
    'Yours',
    'Yours sincerely',
    'Sincerely yours',
    'Sincerely',
    'Yours faithfully',
    'Faithfully yours',
    'Yours truly',
    'Respectfully yours',
    'Respectfully',
    'Regards',
    'Best regards',
    'Kind regards',
    'Warm regards',
    'With best regards',
    'With kind regards',
    'Best wishes',
    'With best wishes',
    'With respect',
  ],
  az: [
    'Hörmətlə',
    'Səmimi hörmətlə',
    'Dərin hörmətlə',
    'Böyük hörmətlə',
    'Hörmət və ehtiramla',
    'Ehtiramla',
    'Dərin ehtiramla',
    'Səmimiyyətlə',
    'Ən xoş arzularla',
  ],
};

const folded = (text: string, locale: Locale) => text.normalize('NFC').replace(/\s+/g, ' ').toLocaleLowerCase(locale);
const formulas = (Object.entries(closings) as [Locale, readonly string[]][]).map(([locale, list]) => ({
  locale,
  list: new Set(list.map((closing) => folded(closing, locale))),
}));

/** A line of a signature without its Markdown: the hard break after it (two spaces, a backslash), the bold around it. */
export function signatureLine(line: string): string {
  return line
    .replace(/(?:\\|\s+)$/, '')
    .replace(/^(?:\*\*|__)|(?:\*\*|__)$/g, '')
    .trim();
}

/** Whether a line is a closing as a letter writes one: a formula of one of the languages. */
export function isClosing(line: string): boolean {
  const text = signatureLine(line).replace(/[,.!]$/, '');
  return formulas.some(({locale, list}) => list.has(folded(text, locale)));
}

const endsSentence = (line: string) => /[.!?:]["”’»)]*$/.test(signatureLine(line));
/** A signatory's line: capitalised, and ending as a name does, not as a sentence (an initial's full stop at most). */
function isName(line: string): boolean {
  const text = signatureLine(line);
  return /^\p{Lu}/u.test(text) && (!/[.!?:;,]["”’»)]*$/.test(text) || /(?:^|\s)\p{Lu}\.$/u.test(text));
}

/**
 * A block's lines split at a closing that opens a signature typed on
 * consecutive lines: the lines before it (a paragraph's end), and the closing
 * and the lines after it. Undefined when the block has no such closing.
 */
export function splitAtClosing(lines: string[]): {before: string[]; signature: string[]} | undefined {
  const at = lines.findIndex(
    (line, index) =>
      isClosing(line) &&
      (index === 0 || endsSentence(lines[index - 1] ?? '')) &&
      index + 1 < lines.length &&
      isName(lines[index + 1] ?? ''),
  );
  if (at < 0) return undefined;
  return {before: lines.slice(0, at), signature: lines.slice(at)};
}
