import {describe, expect, test} from 'vitest';
import {translatorFor} from '../../support/messages';
import {fixtureSite, locales, newestFirst, statementAddress} from '../../support/builds';
import type {Locale} from '../../support/builds';
import {fixtureStatements} from '../../support/fixture-pages';
import {ownName} from '../../support/switcher';
import {named, regionNamed, textOf} from '../support/html';

// Each front page: the statements that exist in its language (a <locale>.json
// in the folder), newest first by the issued date of their statement.json,
// the newest leading; and apart, the statements that exist only in other
// languages, each version linked in its own language's name.

const byDate = newestFirst(fixtureStatements);
const existingIn = (locale: Locale) => byDate.filter((statement) => statement.locales.includes(locale));
const onlyElsewhere = (locale: Locale) => byDate.filter((statement) => !statement.locales.includes(locale));

test('the fixture content gives every front page every kind of list, and English more statements than it lists', () => {
  expect(existingIn('en').length).toBeGreaterThan(10);
  for (const locale of locales) expect(existingIn(locale).length, locale).toBeGreaterThan(1);
  expect(locales.filter((locale) => onlyElsewhere(locale).length > 0)).toEqual(locales);
});

describe.each(locales)('/%s', (locale) => {
  const $ = fixtureSite.documentAt(`/${locale}`);
  const t = translatorFor(locale);
  // The newest statement and the ones before it, ten in all; the rest are in the archive.
  const [newest, ...earlier] = existingIn(locale).slice(0, 10);

  test('leads with the newest statement in its language', () => {
    const lead = regionNamed($, t('FrontPage.latest'));
    expect(lead.length).toBe(1);
    const heading = lead.find('h1, h2, h3, h4, h5, h6');
    expect(heading.length).toBe(1);
    expect(textOf(heading)).toBe(newest?.shown(locale, 'title'));
    expect(lead.find('time').attr('datetime')).toBe(newest?.issued);
  });

  test('lists the statements before it in its language, newest first, each with its date: ten in all', () => {
    const archive = regionNamed($, t('FrontPage.archive'));
    expect(archive.length).toBe(1);
    const items = archive.find('li');
    expect(items.length).toBe(earlier.length);
    for (const [index, statement] of earlier.entries()) {
      const link = items.eq(index).find('a');
      expect(link.length).toBe(1);
      expect(textOf(link)).toBe(statement.shown(locale, 'title'));
      expect(link.attr('href')).toBe(statementAddress(locale, statement.id));
      expect(items.eq(index).find('time').attr('datetime')).toBe(statement.issued);
    }
  });

  test('lists apart the newest ten that exist only in other languages, each version in its own name', () => {
    const region = regionNamed($, t('FrontPage.otherLanguages'));
    expect(region.length).toBe(1);
    const elsewhere = onlyElsewhere(locale).slice(0, 10);
    expect(region.find('h3').length).toBe(elsewhere.length);
    for (const statement of elsewhere) {
      const original = statement.original;
      const title = named($, region, 'h3', statement.shown(original, 'title'));
      expect(title.length, statement.id).toBe(1);
      expect(title.attr('lang')).toBe(original);
      const item = title.parents('li').first();
      expect(item.find('a').length).toBe(statement.locales.length);
      for (const version of statement.locales) {
        const link = named($, item, 'a', ownName(version));
        expect(link.length, version).toBe(1);
        expect(link.attr('href')).toBe(statementAddress(version, statement.id));
        expect(link.attr('lang')).toBe(version);
        expect(link.attr('hreflang')).toBe(version);
      }
    }
  });

  test('leads to the archive, where every year is', () => {
    const link = named($, $('main'), 'a', t('Archive.all'));
    expect(link.length).toBe(1);
    expect(link.attr('href')).toBe(`/${locale}/archive`);
  });
});
