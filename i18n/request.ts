import {hasLocale} from 'next-intl';
import {getRequestConfig} from 'next-intl/server';
import {formats} from './formats';
import {routing} from './routing';

export default getRequestConfig(async ({requestLocale}) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;

  return {
    locale,
    formats,
    // Figures and dates are facts, not local times: format them in UTC so the
    // build machine's time zone can never shift a date by a day.
    timeZone: 'UTC',
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
