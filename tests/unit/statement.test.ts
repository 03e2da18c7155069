import {describe, expect, test} from 'vitest';
import {paragraphId, paragraphKeys, statementArguments} from '@/app/_lib/statement';
import {expectedParagraphs, loadMessages, locales} from '../support/messages';

describe('statement content model', () => {
  test.each(locales)('%s.json has a message for every paragraph and no other', (locale) => {
    const statement = loadMessages(locale).Statement;
    const paragraphs = typeof statement === 'object' ? statement.paragraphs : undefined;
    expect(Object.keys(paragraphs ?? {}).sort()).toEqual([...paragraphKeys].sort());
  });

  test('paragraph anchors are unique, stable and URL-safe', () => {
    const ids = paragraphKeys.map(paragraphId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(paragraphId('mineVictims')).toBe('mine-victims');
  });

  test.each(locales)('every %s paragraph formats with the statement figures', (locale) => {
    for (const {key, text} of expectedParagraphs(locale)) {
      // A missing argument shows up as the raw key or a `{placeholder}`.
      expect(text, key).not.toMatch(/[{}]|Statement\./);
      expect(text.length, key).toBeGreaterThan(80);
    }
  });

  test.each(locales)('the %s figures are the same facts in every language', (locale) => {
    const text = expectedParagraphs(locale)
      .map((paragraph) => paragraph.text)
      .join(' ')
      .replace(/[\u00a0\u202f]/g, ' ');
    for (const figure of [statementArguments.affected, statementArguments.killed, statementArguments.injured]) {
      expect(text).toContain(String(figure));
    }
    expect(text).toContain('2020');
    expect(text).toContain('2023');
  });
});
