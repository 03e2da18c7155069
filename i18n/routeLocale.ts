import {notFound} from 'next/navigation';
import {hasLocale} from 'next-intl';
import type {Locale} from 'next-intl';
import {routing} from './routing';

/**
 * The language of a `[locale]` segment, for every page, layout and route
 * handler under app/[locale]/. Only the site's languages are built
 * (generateStaticParams = localeParams, dynamicParams = false), so this only
 * narrows the segment to a Locale: any other value is Next's 404, which a
 * route handler answers with an empty 404.
 */
export function routeLocale(segment: string): Locale {
  if (!hasLocale(routing.locales, segment)) notFound();
  return segment;
}
