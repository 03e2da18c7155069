import {expect} from 'vitest';
import type {Locale} from './builds';

/**
 * What a page gives as `og:locale` for a language: Open Graph's `language_TERRITORY`, literal for the languages
 * the site has; a language added later is held to the form (its territory is the site's choice).
 */
const known: Partial<Record<string, string>> = {sv: 'sv_SE', en: 'en_US', az: 'az_AZ'};

export const openGraphLocale = (locale: Locale): unknown =>
  known[locale] ?? expect.stringMatching(new RegExp(`^${locale}_[A-Z]{2}$`));

/** The `og:locale:alternate` values of these languages, in the order of the values (each begins with its language). */
export const openGraphLocales = (locales: readonly Locale[]): unknown[] =>
  [...locales].sort((a, b) => (a < b ? -1 : 1)).map(openGraphLocale);
