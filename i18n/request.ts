import {hasLocale} from 'next-intl';
import {getRequestConfig} from 'next-intl/server';
import {formats, timeZone} from './formats';
import {routing} from './routing';

// The interface text of each language (messages/<locale>.json). A statement's
// own text is read from its files by lib/content, page by page.
export default getRequestConfig(async ({requestLocale}) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;

  return {
    locale,
    formats,
    timeZone,
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
