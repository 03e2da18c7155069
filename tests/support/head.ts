import type {Page} from '@playwright/test';

const absolute = (url: string | null) => (url ? new URL(url).href : url);

/** The page's hreflang alternates, in document order, as [hreflang, absolute URL]. */
export async function hreflangAlternates(page: Page) {
  const links = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((elements) => elements.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
  return links.map(([hreflang, url]) => [hreflang, absolute(url ?? null)]);
}

/** The content of a <meta property> or <meta name>. */
export function meta(page: Page, property: string) {
  return page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute('content');
}

/** Every og:locale:alternate, sorted. */
export async function openGraphAlternateLocales(page: Page) {
  const locales = await page
    .locator('meta[property="og:locale:alternate"]')
    .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content') ?? ''));
  return locales.sort();
}

type Graph = {'@graph': Record<string, unknown>[]};

/** The page's JSON-LD nodes. */
export async function structuredData(page: Page) {
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  return (JSON.parse(json ?? '') as Graph)['@graph'];
}

/** A sitemap's entries: each <loc> with its hreflang alternates. */
export function sitemapEntries(xml: string) {
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body = '']) => ({
    loc: body.match(/<loc>(.*?)<\/loc>/)?.[1],
    alternates: [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
      ([, hreflang, url]) => [hreflang, absolute(url ?? null)],
    ),
  }));
}
