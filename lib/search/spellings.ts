// The spellings a reader's query may stand for, each searched for in turn
// (app/_components/search/search.browser.ts). Pagefind already finds a word
// typed without its diacritics (ö as o, å as a, ş as s, ğ as g, ü as u, as
// Unicode decomposes them) and, in Swedish and English, other forms of it
// (its stemmer). Two Azerbaijani letters are no accent on another letter, so
// Pagefind keeps them apart: ə (typed as e) and ı (typed as i) on a keyboard
// without them. And it has no Azerbaijani stemmer; since it matches a query
// word as the beginning of a word, a plural or case ending taken off the query
// finds every form of the word ("minalar" finds "mina", "minaları").
// docs/architecture.md, "Search".
import type {Locale} from '@/i18n/routing';

/** At most this many spellings of one query are searched (a long word has many e's and i's). */
export const MAX_SPELLINGS = 64;

/** Letters a reader types for another on a keyboard without it, and the letters they may stand for. */
const typedFor: Partial<Record<Locale, Record<string, string[]>>> = {
  az: {e: ['e', 'ə'], i: ['i', 'ı']},
};

/**
 * Plural and case endings of Azerbaijani nouns, longest first, as a reader
 * without ə and ı may type them. Taken off a query word only when three
 * letters remain, so that short words stay as they are.
 */
const endings: Partial<Record<Locale, string[]>> = {
  az: ['lardan', 'lerden', 'larin', 'lerin', 'larda', 'lerde', 'lari', 'leri', 'lara', 'lere', 'lar', 'ler'],
};
const SHORTEST_STEM = 3;

/** Lower case, as Pagefind indexes: the Azerbaijani and Swedish letters included. */
function lowerCase(word: string): string {
  return word.toLowerCase();
}

/** ə as e and ı as i, the way a reader without them types a word. */
function asTyped(word: string, locale: Locale): string {
  const letters = typedFor[locale] ?? {};
  let typed = word;
  for (const [letter, meanings] of Object.entries(letters)) {
    for (const meaning of meanings) typed = typed.replaceAll(meaning, letter);
  }
  return typed;
}

/** The word without a plural or case ending, when one is there and enough of the word remains. */
function stem(word: string, locale: Locale): string {
  const typed = asTyped(word, locale);
  const ending = (endings[locale] ?? []).find(
    (candidate) => typed.endsWith(candidate) && typed.length - candidate.length >= SHORTEST_STEM,
  );
  return ending ? word.slice(0, word.length - ending.length) : word;
}

/** Every way of reading the word's typed letters, the word as typed first. */
function readings(word: string, locale: Locale): string[] {
  const letters = typedFor[locale] ?? {};
  let spellings = [''];
  for (const character of word) {
    const choices = letters[character] ?? [character];
    spellings = spellings.flatMap((start) => choices.map((choice) => start + choice));
    if (spellings.length > MAX_SPELLINGS) spellings = spellings.slice(0, MAX_SPELLINGS);
  }
  return spellings;
}

/**
 * The queries to search for `query` in `locale`: the query as typed first,
 * then each other spelling of it, at most MAX_SPELLINGS. Empty for a query
 * with no word.
 */
export function spellingsOf(query: string, locale: Locale): string[] {
  const words = query.split(/\s+/u).filter((word) => word !== '');
  if (words.length === 0) return [];
  let queries = [''];
  for (const word of words) {
    const forms = readings(stem(lowerCase(word), locale), locale);
    queries = queries.flatMap((start) => forms.map((form) => (start === '' ? form : `${start} ${form}`)));
    if (queries.length > MAX_SPELLINGS) queries = queries.slice(0, MAX_SPELLINGS);
  }
  return queries;
}
