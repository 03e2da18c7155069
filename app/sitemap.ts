import type {MetadataRoute} from 'next';
import {getPathname} from '@/i18n/navigation';
import {routing} from '@/i18n/routing';
import {absoluteUrl, languageAlternates} from './_lib/site';

// One entry per language, each listing every language (and x-default) as an
// alternate: the hreflang cluster search engines read from sitemaps.
export default function sitemap(): MetadataRoute.Sitemap {
  const languages = Object.fromEntries(
    Object.entries(languageAlternates()).map(([hreflang, path]) => [hreflang, absoluteUrl(path)]),
  );
  return routing.locales.map((locale) => ({
    url: absoluteUrl(getPathname({href: '/', locale})),
    alternates: {languages},
  }));
}
