import type {CheerioAPI} from 'cheerio';
import {translatorFor} from '../../support/messages';
import type {Locale} from '../../support/builds';

// Reading a built document as a reader's browser presents it: text with its
// whitespace collapsed, and elements found by the names assistive technology
// gives them.

/** Elements found in a document: cheerio's Cheerio<Element>, named without importing its parser's types. */
type Found = ReturnType<ReturnType<CheerioAPI['root']>['find']>;

/**
 * An element's text with its HTML whitespace (ASCII only) collapsed, as a
 * browser lays it out: a no-break space the text holds (`30 illik`) stays.
 */
export const textOf = (element: Found) =>
  element
    .text()
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();

/** An element's accessible name: its aria-label, the text aria-labelledby points at, or its own text. */
export function nameOf($: CheerioAPI, element: Found): string {
  const label = element.attr('aria-label');
  if (label !== undefined) return label;
  const labelledBy = element.attr('aria-labelledby');
  if (labelledBy !== undefined) return textOf($(`[id="${labelledBy}"]`));
  return textOf(element);
}

/** The elements matching `selector` within `scope` whose accessible name is exactly `name`. */
export const named = ($: CheerioAPI, scope: Found, selector: string, name: string) =>
  scope.find(selector).filter((_, element) => nameOf($, $(element)) === name);

/** The page's <section> named `name` (a region, to a screen reader). */
export const regionNamed = ($: CheerioAPI, name: string) => named($, $('body'), 'section', name);

/** The header's language switcher of a page in `locale`. */
export const switcherOf = ($: CheerioAPI, locale: Locale) =>
  named($, $('body'), 'nav', translatorFor(locale)('LocaleSwitcher.label'));
