import {describe, expect, test} from 'vitest';
import {expectedParagraphs, translatorFor} from '../support/messages';
import {normalizeText, seedStatement, sentences} from '../support/seed';

const seed = seedStatement();
const t = translatorFor('en');

describe('the English original (tests/fixtures/statement-en.md)', () => {
  test('the fixture yields nine paragraphs, the one split by a page break joined', () => {
    expect(seed.paragraphs).toHaveLength(9);
    expect(seed.paragraphs[5]).toContain('military formations and military infrastructure. Unlike Armenia');
  });

  test('en.json renders the statement word for word, sentence by sentence', () => {
    const rendered = expectedParagraphs('en').map(({text}) => normalizeText(text));
    expect(sentences(rendered)).toEqual(sentences(seed.paragraphs));
    // The same sentences, also in the same paragraphs.
    expect(rendered).toEqual(seed.paragraphs);
  });

  test('title, closing and signature are the original words', () => {
    expect(t('Statement.title')).toBe(seed.title);
    expect([t('Statement.closing'), t('Statement.signatory'), t('Statement.association')]).toEqual([
      seed.closing,
      seed.signatory,
      seed.association,
    ]);
  });

  test('the contact block is the original one', () => {
    expect([
      t('Contact.careOf'),
      t('Contact.street'),
      t('Contact.region'),
      t('Contact.website'),
      `${t('Contact.phoneLabel')} ${t('Contact.phone')}`,
      t('Contact.email'),
    ]).toEqual(seed.contact);
  });
});
