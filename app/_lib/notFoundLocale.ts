import {headers} from 'next/headers';
import type {Locale} from 'next-intl';
import {hasLocale} from 'next-intl';
import {routing} from '@/i18n/routing';

// The header next-intl's middleware (proxy.ts) puts on every request it lets
// through to a locale-prefixed path. It is absent for paths the proxy does not
// handle, such as /something.php.
const LOCALE_REQUEST_HEADER = 'x-next-intl-locale';

/**
 * The language of a request that matched no page, if its path had one.
 *
 * Unknown paths are answered by app/global-not-found.tsx rather than by
 * notFound() inside app/[locale]: Next 16.3+ sends notFound() from a nested
 * segment as an empty HTML shell that only JavaScript fills in
 * (vercel/next.js#62228), while the global not-found page is server-rendered
 * in full.
 */
export async function getNotFoundLocale(): Promise<Locale | undefined> {
  const locale = (await headers()).get(LOCALE_REQUEST_HEADER);
  return hasLocale(routing.locales, locale) ? locale : undefined;
}
