import type {Locale} from 'next-intl';
import {outsideArguments} from './patterns';

// Ids proposed from a letter's words: the statement's from its date and title
// (`2023-09-statement-of-the-world-azerbaijanis`), each paragraph's from the
// words that set it apart from the others (`mine-victims`, `peace-process`).

// Words that say nothing of what a paragraph is about; a language without a
// list here has its ids chosen from all its words.
const stopWords: Partial<Record<Locale, string[]>> = {
  en: (
    'a about after along also an and any are as at be been before being between both but by can could despite did do ' +
    'does due each even for from further furthermore general has have he her here his however i if in into is it its ' +
    'more most must no not now of on one only or other our over she should since so such than that the their them then ' +
    'there these they this those through to under until up upon us very was we well were what when where which while ' +
    'who whom whose will with within without would you your addition fact way reason order'
  ).split(' '),
  sv: (
    'alla att av de dem den denna dessa det detta du efter eller en ett från för har hon han hur i inte jag kan med men ' +
    'mot nu när och också om på sig sin sina sitt skall ska som så till under upp ut var vara vi vid vår våra åt är än'
  ).split(' '),
  az: (
    'artıq bir bu bunu da daha də hər ilə isə ki kimi lakin olan olaraq olduğu onun onlar üçün və ya yenə biz bizim həm ' +
    'görə sonra əvvəl qədər'
  ).split(' '),
};

// Letters of Swedish and Azerbaijani that do not decompose into a Latin letter and a mark.
const ascii: Record<string, string> = {ə: 'e', ı: 'i', ß: 'ss', ø: 'o', æ: 'ae', đ: 'd', ł: 'l'};

/** The words of a text as lowercase ASCII, for an id. */
export function idWords(text: string): string[] {
  return text
    .toLocaleLowerCase('en')
    .replace(/[əıßøæđł]/g, (letter) => ascii[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** At most `max` characters, cut between words. */
function cut(words: string[], max: number): string {
  let id = '';
  for (const word of words) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > max) break;
    id = next;
  }
  return id;
}

/** The statement's id: its year and month, then the words of its title. */
export function statementId(yearMonth: string, title: string, maxLength: number): string {
  return cut([yearMonth, ...idWords(title)], maxLength);
}

const WORDS_PER_ID = 2;

/**
 * One id per paragraph: the two words most its own (often in it, rarely in the
 * others), in the order the paragraph has them; a third word, then a number,
 * where two paragraphs would have the same id.
 */
export function paragraphIds(paragraphs: string[], locale: Locale): string[] {
  const stop = new Set((stopWords[locale] ?? []).flatMap(idWords));
  const wordsOf = paragraphs.map((paragraph) =>
    idWords(outsideArguments(paragraph))
      .filter((word) => !stop.has(word) && !/\d/.test(word) && word.length > 1)
      // "mines" and "mine", "cities" and "city" are one word for choosing; the id keeps it singular.
      .map((word) => (locale === 'en' && word.length > 4 ? word.replace(/ies$/, 'y').replace(/([^s])s$/, '$1') : word)),
  );
  const paragraphsWith = (word: string) => wordsOf.filter((words) => words.includes(word)).length;
  const ids: string[] = [];
  wordsOf.forEach((words, index) => {
    const distinct = [...new Set(words)];
    // tf-idf: often in this paragraph, rarely in the others.
    const score = (word: string) =>
      words.filter((other) => other === word).length * Math.log((paragraphs.length + 1) / paragraphsWith(word));
    const ranked = [...distinct].sort((a, b) => score(b) - score(a) || words.indexOf(a) - words.indexOf(b));
    const idOf = (count: number) =>
      ranked
        .slice(0, count)
        .sort((a, b) => words.indexOf(a) - words.indexOf(b))
        .join('-') || `paragraph-${index + 1}`;
    let id = idOf(WORDS_PER_ID);
    if (ids.includes(id)) id = idOf(WORDS_PER_ID + 1);
    for (let n = 2; ids.includes(id); n += 1) id = `${idOf(WORDS_PER_ID)}-${n}`;
    ids.push(id);
  });
  return ids;
}
