import {frontPagePath} from '../../lib/site/urls';
import {siteContent, statementPages} from './content';
import {locales} from './messages';

/** Each language's front page. */
export const frontPages = locales.map((locale) => ({locale, path: frontPagePath(locale)}));

/** Every statement of the real build in every language it exists in. */
export const sitePages = statementPages(siteContent);

/**
 * Every kind of page a reader can land on: each front page, each statement in
 * each language, a 404 in a language, and one outside every language.
 */
export const everyKindOfPage = [
  ...frontPages.map(({path}) => path),
  ...sitePages.map(({path}) => path),
  '/az/nope',
  '/wp-login.php',
];
