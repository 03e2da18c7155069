import {locale as rootLocale} from 'next/root-params';
import {hasLocale} from 'next-intl';
import {getRequestConfig} from 'next-intl/server';
import {formats, timeZone} from './formats';
import {interfaceMessages} from './messages';
import {routing} from './routing';

// The interface text of each language (messages/<locale>.json). A statement's
// own text is read from its files by lib/content, page by page.
//
// The language is the one a caller names (every component here passes it:
// `getTranslations({locale, …})`), else the `[locale]` segment of the root
// layout, read with next/root-params, which keeps the pages static; it
// replaces next-intl's setRequestLocale. The 404 pages render outside that
// layout and always name their language.
export default getRequestConfig(async ({locale: named}) => {
  const requested = named ?? (await rootLocale());
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;

  return {
    locale,
    formats,
    timeZone,
    messages: interfaceMessages(locale),
  };
});
