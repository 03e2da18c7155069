import {locales} from './messages';

/** Every kind of page a reader can land on: each language, a 404 in a language, and one outside every language. */
export const everyKindOfPage = [...locales.map((locale) => `/${locale}`), '/az/nope', '/wp-login.php'];
