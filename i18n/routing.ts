import {defineRouting} from 'next-intl/routing';

// The one list of languages. Order is the order of the language switcher;
// adding a language is a line here plus messages/<locale>.json.
export const routing = defineRouting({
  locales: ['sv', 'en', 'az'],
  // English is the original the translations are made from, so it is the
  // fallback when nothing better is known about the reader.
  defaultLocale: 'en',
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];

/** Every language as the static params of a `[locale]` segment. */
export function localeParams(): {locale: Locale}[] {
  return routing.locales.map((locale) => ({locale}));
}
