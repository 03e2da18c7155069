// The reader's language for `/` and for a path outside every language: the
// language they chose before (the locale cookie), else the first language of
// their browser's Accept-Language (by q-value) that the site has, else the
// default. The embedded server runs this module and nginx runs the same code,
// compiled for njs (deploy/nginx/negotiation.js, bundled by
// scripts/hosts/nginx/njs.mjs), so both give the same answer by construction.
// It is written in the subset of JavaScript njs 0.7 runs: no for…of, no
// optional chaining, no destructuring (docs/architecture.md, "Negotiation").

/** The cookie that remembers a reader's choice of language (set by the switcher, LanguageSwitcher.browser.ts). */
export const localeCookie = {name: 'NEXT_LOCALE', maxAgeSeconds: 60 * 60 * 24 * 365};

/** The value of the locale cookie in a Cookie header, if it names one of `locales`. */
export function localeFromCookie(cookieHeader: string | undefined, locales: readonly string[]): string | undefined {
  if (!cookieHeader) return undefined;
  const pairs = cookieHeader.split(';');
  for (let index = 0; index < pairs.length; index += 1) {
    const pair = (pairs[index] || '').trim();
    const equals = pair.indexOf('=');
    if (equals > 0 && pair.slice(0, equals).trim() === localeCookie.name) {
      const value = pair.slice(equals + 1).trim();
      if (locales.indexOf(value) !== -1) return value;
    }
  }
  return undefined;
}

type Range = {tag: string; q: number; position: number};

/**
 * The language ranges of an Accept-Language header, best first; those with
 * q=0 or a q that is not a number are left out (as the negotiator package reads them).
 */
export function languageRanges(header: string | undefined): string[] {
  if (!header) return [];
  const ranges: Range[] = [];
  const parts = header.split(',');
  for (let position = 0; position < parts.length; position += 1) {
    const params = (parts[position] || '').split(';');
    const tag = (params[0] || '').trim().toLowerCase();
    if (!/^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)$/.test(tag)) continue;
    let q = 1;
    for (let index = 1; index < params.length; index += 1) {
      const param = (params[index] || '').trim();
      if (param.slice(0, 2).toLowerCase() === 'q=') q = parseFloat(param.slice(2));
    }
    if (q > 0) ranges.push({tag, q, position});
  }
  ranges.sort((a, b) => b.q - a.q || a.position - b.position);
  return ranges.map((range) => range.tag);
}

/**
 * The first range that names one of `locales` (exactly, or by its language:
 * sv-FI is sv); none when a `*` (any language) comes first.
 */
export function localeFromAcceptLanguage(header: string | undefined, locales: readonly string[]): string | undefined {
  const ranges = languageRanges(header);
  for (let index = 0; index < ranges.length; index += 1) {
    const range = ranges[index] || '';
    if (range === '*') return undefined;
    const language = range.split('-')[0] || '';
    for (let candidate = 0; candidate < locales.length; candidate += 1) {
      const locale = locales[candidate] || '';
      if (locale.toLowerCase() === language) return locale;
    }
  }
  return undefined;
}

/** The language a request is sent to: its cookie's, else its browser's, else `defaultLocale`. */
export function negotiateLocale(
  request: {cookie?: string; acceptLanguage?: string},
  locales: readonly string[],
  defaultLocale: string,
): string {
  return (
    localeFromCookie(request.cookie, locales) ||
    localeFromAcceptLanguage(request.acceptLanguage, locales) ||
    defaultLocale
  );
}
