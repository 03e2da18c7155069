import type {Locale} from 'next-intl';
import {routing} from '@/i18n/routing';

// Absolute URLs (canonical, alternates, sitemap, link previews, copied links)
// come from this one configured origin and never from a request's Host or
// X-Forwarded-Host header, which a client controls. The pages are prerendered,
// so SITE_URL is read at build time.
const DEFAULT_SITE_URL = 'http://localhost:3000';

function readSiteUrl(value: string | undefined): URL {
  const url = new URL(value || DEFAULT_SITE_URL);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) origin, got ${value}`);
  }
  return new URL(url.origin);
}

export const siteUrl = readSiteUrl(process.env.SITE_URL);

/** `/sv#appeal` → `https://example.org/sv#appeal`. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl).toString();
}

export function localePath(locale: Locale): string {
  return `/${locale}`;
}

/** The public address of a language's page: `https://example.org/sv`. */
export function localeUrl(locale: Locale): string {
  return absoluteUrl(localePath(locale));
}

/** `/<locale>` for every language, plus `x-default` → `/`, which negotiates. */
export function languageAlternates(): Record<string, string> {
  return {
    ...Object.fromEntries(routing.locales.map((locale) => [locale, localePath(locale)])),
    'x-default': '/',
  };
}

/** Open Graph's `language_TERRITORY` form, from the locale's likely region (sv → sv_SE, az → az_AZ). */
export function openGraphLocale(locale: Locale): string {
  const {language, region} = new Intl.Locale(locale).maximize();
  return region ? `${language}_${region}` : language;
}
