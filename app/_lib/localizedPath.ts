import type {Locale} from 'next-intl';
import {routing} from '@/i18n/routing';

// Runs in the browser (LocaleLink): plain code on purpose, since importing
// next-intl's runtime here would ship its message formatter to every reader.
const locales: readonly string[] = routing.locales;

/** The same page in another language: `/sv/x` → `/az/x`, `/x` → `/az/x`. */
export function localizedPath(pathname: string, locale: Locale): string {
  const [, first = '', ...rest] = pathname.split('/');
  const path = locales.includes(first) ? rest : [first, ...rest].filter(Boolean);
  return `/${[locale, ...path].join('/')}`;
}
