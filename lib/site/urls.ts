import type {Locale} from 'next-intl';

// Every address the site publishes. Absolute URLs (canonical, alternates,
// sitemap, feeds, link previews, copied links) come from this one configured
// origin and never from a request's Host or X-Forwarded-Host header, which a
// client controls. The pages are prerendered, so SITE_URL is read at build time.
const DEFAULT_SITE_URL = 'http://localhost:3000';

function readSiteUrl(value: string | undefined): URL {
  const url = new URL(value || DEFAULT_SITE_URL);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) origin, got ${value}`);
  }
  return new URL(url.origin);
}

export const siteUrl = readSiteUrl(process.env.SITE_URL);

/** `/sv/statements/x#appeal` → `https://example.org/sv/statements/x#appeal`. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl).toString();
}

/** A language's front page: `/sv`. */
export function frontPagePath(locale: Locale): string {
  return `/${locale}`;
}

/** A statement in one language: `/sv/statements/<id>`. */
export function statementPath(locale: Locale, id: string): string {
  return `/${locale}/statements/${id}`;
}

/** A language's Atom feed: `/sv/feed.xml`. */
export function feedPath(locale: Locale): string {
  return `/${locale}/feed.xml`;
}

/** A page's link preview, a PNG: `/sv/statements/<id>/preview.png`. */
export function previewImagePath(pagePath: string): string {
  return `${pagePath}/preview.png`;
}

/** Open Graph's `language_TERRITORY` form, from the locale's likely region (sv → sv_SE, az → az_AZ). */
export function openGraphLocale(locale: Locale): string {
  const {language, region} = new Intl.Locale(locale).maximize();
  return region ? `${language}_${region}` : language;
}

/** A language's archive, its years: `/sv/archive`. */
export function archivePath(locale: Locale): string {
  return `/${locale}/archive`;
}

/** The statements of one year, in one language: `/sv/archive/2023`. */
export function archiveYearPath(locale: Locale, year: number): string {
  return `${archivePath(locale)}/${year}`;
}

/** A year's archive document of a language's feed (RFC 5005): `/sv/archive/2023/feed.xml`. */
export function archiveYearFeedPath(locale: Locale, year: number): string {
  return `${archiveYearPath(locale, year)}/feed.xml`;
}

/** A language's search page: `/sv/search`; the words searched for are its `?q=`. */
export function searchPath(locale: Locale): string {
  return `/${locale}/search`;
}
