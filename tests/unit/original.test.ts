import {describe, expect, test} from 'vitest';
import {expectedParagraphs} from '../support/messages';
import {normalizeText, seedParagraphs} from '../support/seed';

describe('the English original', () => {
  test('the seed has the nine paragraphs of the statement, the page-break one joined', () => {
    const paragraphs = seedParagraphs();
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs[5]).toContain('military formations and military infrastructure. Unlike Armenia');
  });

  test('en.json renders the statement word for word as the association sent it', () => {
    const rendered = expectedParagraphs('en').map(({text}) => normalizeText(text));
    expect(rendered).toEqual(seedParagraphs());
  });
});
