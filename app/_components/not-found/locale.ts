import {headers} from 'next/headers';
import type {Locale} from 'next-intl';
import {hasLocale} from 'next-intl';
import {routing} from '@/i18n/routing';
import {statements} from '@/lib/content/statements';
import type {Statement} from '@/lib/content/types';
import {existsIn} from '@/lib/content/versions';
import {REQUEST_PATH_HEADER} from '@/lib/site/requestHeaders';

// The header next-intl's middleware (proxy.ts) puts on every request it lets
// through to a locale-prefixed path. It is absent for paths the proxy does not
// handle, such as /something.php.
const LOCALE_REQUEST_HEADER = 'x-next-intl-locale';

/** What a request that matched no page was asking for. */
export type NotFoundRequest =
  {locale: undefined; missingTranslationOf?: undefined} | {locale: Locale; missingTranslationOf?: Statement};

/**
 * The language of a request that matched no page, if its path had one, and
 * the statement it asked for if that statement exists but not in this language
 * (`/sv/statements/<id>` of a statement with no Swedish translation).
 *
 * Unknown paths are answered by app/global-not-found.tsx rather than by
 * notFound() inside app/[locale]: Next 16.3+ sends notFound() from a nested
 * segment as an empty HTML shell that only JavaScript fills in
 * (vercel/next.js#62228), while the global not-found page is server-rendered
 * in full.
 */
export async function getNotFoundRequest(): Promise<NotFoundRequest> {
  const requestHeaders = await headers();
  const locale = requestHeaders.get(LOCALE_REQUEST_HEADER);
  if (!hasLocale(routing.locales, locale)) return {locale: undefined};
  const [, , section, id, ...rest] = (requestHeaders.get(REQUEST_PATH_HEADER) ?? '').split('/');
  const statement = section === 'statements' && rest.length === 0 && id ? statements.get(id) : undefined;
  return statement && !existsIn(statement, locale) ? {locale, missingTranslationOf: statement} : {locale};
}
