import {expect, test} from '@playwright/test';
import {translationsOf} from '../../../lib/content/versions';
import {statementAlternates} from '../../../lib/site/alternates';
import {absoluteUrl, openGraphLocale, statementPath} from '../../../lib/site/urls';
import {fixtureContent, statementPages} from '../../support/content';
import {hreflangAlternates, openGraphAlternateLocales, sitemapEntries, structuredData} from '../../support/head';
import {translationNote} from '../../support/translation-note';

// Every statement names exactly the language versions that exist, in every
// place a browser, crawler or feed reader looks, and each translation names
// its own original, whatever language that is.
for (const {statement, locale, path} of statementPages(fixtureContent)) {
  test.describe(path, () => {
    const original = statement.originalLocale;
    const url = (version: typeof locale) => absoluteUrl(statementPath(version, statement.id));

    test('lists exactly its versions as hreflang alternates, x-default being the original', async ({page}) => {
      await page.goto(path);
      expect(await hreflangAlternates(page)).toEqual([
        ...statement.locales.map((version) => [version, url(version)]),
        ['x-default', url(original)],
      ]);
    });

    test('names exactly its other versions as Open Graph alternate locales', async ({page}) => {
      await page.goto(path);
      expect(await openGraphAlternateLocales(page)).toEqual(
        statement.locales
          .filter((version) => version !== locale)
          .map(openGraphLocale)
          .sort(),
      );
    });

    test('links in JSON-LD only the versions that exist', async ({page}) => {
      await page.goto(path);
      const article = (await structuredData(page)).find((node) => node['@type'] === 'Article');
      expect(article?.inLanguage).toBe(locale);
      expect(article?.datePublished).toBe(statement.issued.iso);
      if (locale === original) {
        expect(article?.workTranslation).toEqual(
          translationsOf(statement).map((v) => ({'@id': `${url(v)}#statement`})),
        );
      } else {
        expect(article?.translationOfWork).toEqual({'@id': `${url(original)}#statement`});
      }
    });

    if (locale !== original) {
      test('says it is a translation of its own original, in that language’s name, and links there', async ({page}) => {
        await page.goto(path);
        const note = page.locator('.translation-note');
        const expected = translationNote(locale, original);
        await expect(note).toHaveText(expected.text);
        await expect(note.getByRole('link', {name: expected.link})).toHaveAttribute(
          'href',
          statementPath(original, statement.id),
        );
      });
    }
  });
}

test('the sitemap lists each statement only in the languages it exists in, with exactly those alternates', async ({
  request,
}) => {
  const entries = sitemapEntries(await (await request.get('/sitemap.xml')).text());
  for (const {statement, path} of statementPages(fixtureContent)) {
    const entry = entries.find(({loc}) => loc === absoluteUrl(path));
    expect(entry?.alternates, path).toEqual(
      Object.entries(statementAlternates(statement)).map(([hreflang, alternate]) => [hreflang, absoluteUrl(alternate)]),
    );
  }
  const statementEntries = entries.filter(({loc}) => loc?.includes('/statements/'));
  expect(statementEntries.map(({loc}) => loc).sort()).toEqual(
    statementPages(fixtureContent)
      .map(({path}) => absoluteUrl(path))
      .sort(),
  );
});
