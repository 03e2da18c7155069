import {expect, test} from '@playwright/test';
import {translationsOf} from '../../lib/content/versions';
import {frontPageAlternates, statementAlternates} from '../../lib/site/alternates';
import type {Alternates} from '../../lib/site/alternates';
import {absoluteUrl, feedPath, frontPagePath, openGraphLocale, statementPath} from '../../lib/site/urls';
import {expectedText, siteContent} from '../support/content';
import {hreflangAlternates, meta, openGraphAlternateLocales, sitemapEntries, structuredData} from '../support/head';
import type {locales} from '../support/messages';
import {translatorFor} from '../support/messages';
import {pngSize} from '../support/png';
import {frontPages, sitePages} from '../support/pages';

const absolute = (alternates: Alternates) =>
  Object.entries(alternates).map(([hreflang, path]) => [hreflang, absoluteUrl(path)]);
const otherOpenGraphLocales = (alternates: Alternates, locale: string) =>
  Object.keys(alternates)
    .filter((hreflang) => hreflang !== 'x-default' && hreflang !== locale)
    .map((hreflang) => openGraphLocale(hreflang as (typeof locales)[number]))
    .sort();

const pages = [
  ...frontPages.map(({locale, path}) => ({locale, path, alternates: frontPageAlternates()})),
  ...sitePages.map(({statement, locale, path}) => ({locale, path, alternates: statementAlternates(statement)})),
];

for (const {locale, path, alternates} of pages) {
  test.describe(path, () => {
    test('links its canonical URL and exactly its language versions, absolute, from the configured origin', async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', absoluteUrl(path));
      expect(await hreflangAlternates(page)).toEqual(absolute(alternates));
    });

    test('makes its language’s Atom feed discoverable', async ({page}) => {
      await page.goto(path);
      const feed = page.locator('link[rel="alternate"][type="application/atom+xml"]');
      await expect(feed).toHaveAttribute('href', absoluteUrl(feedPath(locale)));
      await expect(feed).toHaveAttribute('title', translatorFor(locale)('Feed.title'));
    });

    test('names the other language versions for Open Graph', async ({page}) => {
      await page.goto(path);
      expect(await meta(page, 'og:locale')).toBe(openGraphLocale(locale));
      expect(await openGraphAlternateLocales(page)).toEqual(otherOpenGraphLocales(alternates, locale));
    });

    test('has a link preview image of its own, in its language', async ({page, request}) => {
      await page.goto(path);
      const image = new URL((await meta(page, 'og:image')) ?? '');
      expect(image.href).toBe(absoluteUrl(`${path}/preview.png`));
      expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
      const response = await request.get(image.pathname + image.search);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body())).toEqual({width: 1200, height: 630});
    });
  });
}

for (const {locale, path} of frontPages) {
  test(`${path} describes itself for link previews in its language`, async ({page}) => {
    const t = translatorFor(locale);
    await page.goto(path);
    expect(await meta(page, 'og:type')).toBe('website');
    expect(await meta(page, 'og:title')).toBe(t('Metadata.title'));
    expect(await meta(page, 'og:description')).toBe(t('Metadata.description'));
    expect(await meta(page, 'og:url')).toBe(absoluteUrl(frontPagePath(locale)));
  });
}

for (const {statement, locale, path} of sitePages) {
  test.describe(path, () => {
    const t = translatorFor(locale);
    const text = expectedText(siteContent, statement, locale);

    test('describes itself for link previews as an article in its language', async ({page}) => {
      await page.goto(path);
      expect(await meta(page, 'og:type')).toBe('article');
      expect(await meta(page, 'og:title')).toBe(t('Metadata.statementTitle', {title: text.title}));
      expect(await meta(page, 'og:description')).toBe(text.description);
      expect(await meta(page, 'og:url')).toBe(absoluteUrl(path));
      expect(await meta(page, 'article:published_time')).toBe(statement.issued.iso);
      expect(await meta(page, 'og:image:alt')).toBe(
        t('OpenGraph.alt', {title: text.title, association: text.association}),
      );
    });

    test('carries JSON-LD for the association and this version, linked to the versions that exist', async ({page}) => {
      await page.goto(path);
      const graph = await structuredData(page);
      const organization = graph.find((node) => node['@type'] === 'Organization');
      const article = graph.find((node) => node['@type'] === 'Article');
      expect(organization).toMatchObject({
        name: t('Metadata.siteName'),
        alternateName: [t('Letterhead.properName'), t('Letterhead.name')],
        foundingDate: '2003',
        email: t('Contact.email'),
        address: {'@type': 'PostalAddress', addressCountry: 'SE'},
      });
      const articleId = (version: string) =>
        `${absoluteUrl(statementPath(version as typeof locale, statement.id))}#statement`;
      expect(article).toMatchObject({
        '@id': articleId(locale),
        headline: text.title,
        description: text.description,
        inLanguage: locale,
        datePublished: statement.issued.iso,
        url: absoluteUrl(path),
        author: {'@id': organization?.['@id']},
      });
      if (locale === statement.originalLocale) {
        expect(article?.workTranslation).toEqual(translationsOf(statement).map((other) => ({'@id': articleId(other)})));
        expect(article?.translationOfWork).toBeUndefined();
      } else {
        expect(article?.translationOfWork).toEqual({'@id': articleId(statement.originalLocale)});
        expect(article?.workTranslation).toBeUndefined();
      }
    });
  });
}

test('the sitemap lists every front page and every statement version, each with exactly its alternates', async ({
  request,
}) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('xml');
  expect(sitemapEntries(await response.text())).toEqual(
    pages.map(({path, alternates}) => ({loc: absoluteUrl(path), alternates: absolute(alternates)})),
  );
});

test('robots.txt allows crawling and points at the sitemap', async ({request}) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^User-Agent: \*$/m);
  expect(text).toMatch(/^Allow: \/$/m);
  expect(text).toContain(`Sitemap: ${absoluteUrl('/sitemap.xml')}`);
});

test('next-intl sends no Link header', async ({request}) => {
  for (const path of ['/', ...pages.map((page) => page.path)]) {
    const response = await request.get(path, {maxRedirects: 0});
    expect(response.headers().link).toBeUndefined();
  }
});
