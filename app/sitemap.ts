import type {MetadataRoute} from 'next';
import {routing} from '@/i18n/routing';
import {archiveYears} from '@/lib/content/archive';
import {lastChanged} from '@/lib/content/corrections';
import {statements} from '@/lib/content/statements';
import {
  archiveYearAlternates,
  everyLanguage,
  frontPageAlternates,
  statementAlternates,
  type Alternates,
} from '@/lib/site/alternates';
import {absoluteUrl, archivePath, archiveYearPath, frontPagePath, statementPath} from '@/lib/site/urls';

const absolute = (alternates: Alternates) =>
  Object.fromEntries(Object.entries(alternates).map(([hreflang, path]) => [hreflang, absoluteUrl(path)]));

// Every page in every language it exists in, each listing its versions (and
// x-default) as alternates: the hreflang clusters search engines read from sitemaps.
// Written at build time, like every file of the site.
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const frontPages = routing.locales.map((locale) => ({
    url: absoluteUrl(frontPagePath(locale)),
    alternates: {languages: absolute(frontPageAlternates())},
  }));
  const statementPages = statements.statements.flatMap((statement) => {
    const languages = absolute(statementAlternates(statement));
    return statement.locales.map((locale) => ({
      url: absoluteUrl(statementPath(locale, statement.id)),
      lastModified: lastChanged(statement).iso,
      alternates: {languages},
    }));
  });
  const archivePages = routing.locales.flatMap((locale) => [
    {url: absoluteUrl(archivePath(locale)), alternates: {languages: absolute(everyLanguage(archivePath))}},
    ...archiveYears(statements.statements).map((year) => ({
      url: absoluteUrl(archiveYearPath(locale, year)),
      alternates: {languages: absolute(archiveYearAlternates(year))},
    })),
  ]);
  return [...frontPages, ...statementPages, ...archivePages];
}
