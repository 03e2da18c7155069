import type {Page} from '@playwright/test';
import type {Locale} from 'next-intl';
import {translatorFor} from './messages';

/** A language in its own name, as the switcher shows it. */
export const ownName = (locale: Locale) => translatorFor(locale)('Language.name');

/** The header's language switcher of a page in `locale`. */
export function switcher(page: Page, locale: Locale) {
  return page.getByRole('navigation', {name: translatorFor(locale)('LocaleSwitcher.label')});
}

/**
 * The accessible name of the switcher's link to `other`: its own name, or for
 * a language the page does not exist in, a sentence in that language saying so.
 */
export function switcherLinkName(other: Locale, exists: boolean) {
  return exists ? ownName(other) : translatorFor(other)('LocaleSwitcher.missing', {language: ownName(other)});
}
