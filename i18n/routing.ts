import {defineRouting} from 'next-intl/routing';

// The one list of languages. Order is the order of the language switcher;
// adding a language is a line here plus messages/<locale>.json.
export const routing = defineRouting({
  locales: ['sv', 'en', 'az'],
  // English is the original the translations are made from, so it is the
  // fallback when nothing better is known about the reader.
  defaultLocale: 'en',
  localePrefix: 'always',
  // The `Link` header next-intl would add copies the request's Host into
  // absolute URLs; alternates belong in the HTML, built from a fixed origin.
  alternateLinks: false,
  localeCookie: {
    // Remember an explicit choice for a year rather than the session only.
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
    // HTTPS only in production; browsers also keep Secure cookies from
    // http://localhost, so local production builds behave the same.
    secure: process.env.NODE_ENV === 'production',
  },
});

export type Locale = (typeof routing.locales)[number];

/** Every language as the static params of a `[locale]` segment. */
export function localeParams(): {locale: Locale}[] {
  return routing.locales.map((locale) => ({locale}));
}
