import {expect, test} from '@playwright/test';
import {routing} from '../../i18n/routing';
import {absoluteUrl, openGraphLocale} from '../../app/_lib/site';
import {originalLocale} from '../../app/_lib/statement';
import {locales, translatorFor} from '../support/messages';
import {pngSize} from '../support/png';

const href = (url: string | null | undefined) => (url ? new URL(url).href : url);

for (const locale of locales) {
  test.describe(`/${locale}`, () => {
    test('links its canonical URL and every language, absolute, from the configured origin', async ({page}) => {
      await page.goto(`/${locale}`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', absoluteUrl(`/${locale}`));
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
      expect(alternates.map(([lang, url]) => [lang, href(url)])).toEqual([
        ...routing.locales.map((other) => [other, absoluteUrl(`/${other}`)]),
        ['x-default', absoluteUrl('/')],
      ]);
    });

    test('describes itself for link previews in its language', async ({page, request}) => {
      const t = translatorFor(locale);
      await page.goto(`/${locale}`);
      const meta = async (property: string) =>
        page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute('content');
      expect(await meta('og:title')).toBe(t('Metadata.title'));
      expect(await meta('og:description')).toBe(t('Metadata.description'));
      expect(await meta('og:url')).toBe(absoluteUrl(`/${locale}`));
      expect(await meta('og:locale')).toBe(openGraphLocale(locale));
      const alternateLocales = await page
        .locator('meta[property="og:locale:alternate"]')
        .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));
      expect(alternateLocales.sort()).toEqual(
        routing.locales
          .filter((other) => other !== locale)
          .map(openGraphLocale)
          .sort(),
      );
      expect(await meta('twitter:card')).toBe('summary_large_image');

      const image = await meta('og:image');
      expect(image).toMatch(new RegExp(`^${absoluteUrl(`/${locale}/opengraph-image`)}`));
      expect(await meta('og:image:alt')).toContain(t('Statement.title'));
      const response = await request.get(new URL(image ?? '').pathname + new URL(image ?? '').search);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body())).toEqual({width: 1200, height: 630});
    });

    test('carries JSON-LD for the association and the statement in this language', async ({page}) => {
      const t = translatorFor(locale);
      await page.goto(`/${locale}`);
      const json = await page.locator('script[type="application/ld+json"]').textContent();
      const graph = (JSON.parse(json ?? '') as {'@graph': Record<string, unknown>[]})['@graph'];
      const organization = graph.find((node) => node['@type'] === 'Organization');
      const article = graph.find((node) => node['@type'] === 'Article');
      expect(organization).toMatchObject({
        name: t('Statement.association'),
        alternateName: [t('Letterhead.properName'), t('Letterhead.name')],
        foundingDate: '2003',
        email: t('Contact.email'),
        address: {'@type': 'PostalAddress', addressCountry: 'SE'},
      });
      expect(article).toMatchObject({
        headline: t('Statement.title'),
        inLanguage: locale,
        url: absoluteUrl(`/${locale}`),
        author: {'@id': organization?.['@id']},
      });
      const statementId = (other: string) => `${absoluteUrl(`/${other}`)}#statement`;
      if (locale === originalLocale) {
        expect(article?.workTranslation).toEqual(
          routing.locales.filter((other) => other !== originalLocale).map((other) => ({'@id': statementId(other)})),
        );
      } else {
        expect(article?.translationOfWork).toEqual({'@id': statementId(originalLocale)});
      }
    });
  });
}

test('the sitemap lists every language with all its alternates', async ({request}) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();
  const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body = '']) => ({
    loc: body.match(/<loc>(.*?)<\/loc>/)?.[1],
    alternates: [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
      ([, lang, url]) => [lang, href(url ?? null)],
    ),
  }));
  expect(urls.map(({loc}) => loc)).toEqual(routing.locales.map((locale) => absoluteUrl(`/${locale}`)));
  for (const {alternates} of urls) {
    expect(alternates).toEqual([
      ...routing.locales.map((locale) => [locale, absoluteUrl(`/${locale}`)]),
      ['x-default', absoluteUrl('/')],
    ]);
  }
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
  for (const path of ['/', '/sv', '/en', '/az']) {
    const response = await request.get(path, {maxRedirects: 0});
    expect(response.headers().link).toBeUndefined();
  }
});
