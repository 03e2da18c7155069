// The letters the rehearsal of publishing imports (scripts/rehearsal/run.mjs):
// test text, saying so, written into a scratch copy and never into
// messages/, never published. Each is dated the first day of the month after
// the newest statement of the content it joins, so that it is the newest,
// whatever the association has published by then; each has figures and a
// date for the import to turn into arguments.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {Document, HeadingLevel, Packer, Paragraph, TextRun} from 'docx';

/** @typedef {'en' | 'az'} LetterLocale */

/**
 * The first day of the month after the newest statement's issued day or month in `statementsDirectory`.
 * @param {string} statementsDirectory
 * @returns {Date}
 */
export function dayAfterNewest(statementsDirectory) {
  const issued = readdirSync(statementsDirectory, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      /** @type {{issued: string}} */
      const statement = JSON.parse(readFileSync(path.join(statementsDirectory, entry.name, 'statement.json'), 'utf8'));
      return statement.issued;
    })
    .sort()
    .at(-1);
  if (issued === undefined) throw new Error(`${statementsDirectory} has no statement to follow`);
  const [year = NaN, month = NaN] = issued.split('-').map(Number);
  return new Date(Date.UTC(year, month, 1));
}

/**
 * The date as a dateline writes it in the letter's language ("Stockholm, October 1, 2023").
 * @param {Date} day
 * @param {LetterLocale} locale
 */
function dateline(day, locale) {
  const date = new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : 'az', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(day);
  return locale === 'en' ? `Stockholm, ${date}` : `Stokholm, ${date}`;
}

/** The words of each letter; the Azerbaijani one has every letter of the alphabet that English lacks. */
const words = {
  en: {
    title: 'Rehearsal letter of test text',
    paragraphs: [
      'This is test text of the publishing rehearsal, not a statement of the association: on March 3, 2021, ' +
        'more than 2,500 people met in 12 cities.',
      'Test text again: since 2020, 1.5 million people have signed the appeal, and 750 thousand of them in the ' +
        'last 2 years.',
    ],
    closing: ['Yours,', 'Abdulla Amir Hashimi', 'Azerbaijani Cultural Association in Stockholm - KARABAKH'],
    description: 'Test text of the publishing rehearsal, never published.',
  },
  az: {
    title: 'Sınaq məktubu: İşıq, ölçü, ğ, ç, ş, ü hərfləri',
    paragraphs: [
      'Bu, nəşr sınağının test mətnidir, Cəmiyyətin bəyanatı deyil: 3 mart 2021 tarixində 12 şəhərdə ' +
        '2.500 nəfərdən çox insan görüşdü.',
      'Yenə test mətni: İşıq, ölçü, ğ, ç, ş, ü hərfləri ilə yazılıb; 1,5 milyon insan müraciəti imzalayıb.',
    ],
    closing: ['Hörmətlə,', 'Abdulla Amir Hashimi', 'Stokholmdakı “KARABAKH” Azərbaycan Mədəniyyət Cəmiyyəti'],
    description: 'Nəşr sınağının test mətni, heç vaxt dərc edilmir.',
  },
};

/** What the editor writes as the description of the letter in `locale` (no letter has one). @param {LetterLocale} locale */
export const descriptionOf = (locale) => words[locale].description;

/**
 * A Word letter in English, as Word writes one: letterhead, dateline, heading, paragraphs, each signature line a
 * paragraph of its own.
 * @param {string} file
 * @param {Date} day
 */
export async function writeWordLetter(file, day) {
  const {title, paragraphs, closing} = words.en;
  const line = (/** @type {string} */ text, bold = false) => new Paragraph({children: [new TextRun({text, bold})]});
  const document = new Document({
    sections: [
      {
        children: [
          line('Azerbajdzjanska Kulturföreningen', true),
          line('KARABAKH', true),
          line(dateline(day, 'en')),
          new Paragraph({heading: HeadingLevel.HEADING_1, children: [new TextRun(title)]}),
          ...paragraphs.map((text) => line(text)),
          ...closing.map((text) => line(text, true)),
        ],
      },
    ],
  });
  writeFileSync(file, await Packer.toBuffer(document));
}

/**
 * A text letter in Azerbaijani, typed as people type one: blocks between blank lines, the closing, the signatory and
 * the association on consecutive lines.
 * @param {string} file
 * @param {Date} day
 */
export function writeTextLetter(file, day) {
  const {title, paragraphs, closing} = words.az;
  const blocks = ['Azerbajdzjanska Kulturföreningen', 'KARABAKH', dateline(day, 'az'), title, ...paragraphs];
  writeFileSync(file, `${[...blocks, closing.join('\n')].join('\n\n')}\n`);
}
