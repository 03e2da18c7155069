// Written by `npm run hosts:nginx` (scripts/hosts/write-nginx.mjs) from lib/routing
// (lib/routing/negotiation.ts and encodePath() of lib/routing/requests.ts,
// bundled from scripts/hosts/njs-entry.ts); do not edit by hand: tests/unit/nginx-config.test.ts fails when it differs from what that writes.
/* eslint-disable */
// data-modules:i18n/routing
var routing = {locales: ['sv', 'en', 'az'], defaultLocale: 'en'};

// lib/routing/negotiation.ts
var localeCookie = {name: 'NEXT_LOCALE', maxAgeSeconds: 60 * 60 * 24 * 365};
function localeFromCookie(cookieHeader, locales) {
  if (!cookieHeader) return void 0;
  const pairs = cookieHeader.split(';');
  for (let index = 0; index < pairs.length; index += 1) {
    const pair = (pairs[index] || '').trim();
    const equals = pair.indexOf('=');
    if (equals > 0 && pair.slice(0, equals).trim() === localeCookie.name) {
      const value = pair.slice(equals + 1).trim();
      if (locales.indexOf(value) !== -1) return value;
    }
  }
  return void 0;
}
function languageRanges(header) {
  if (!header) return [];
  const ranges = [];
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
function localeFromAcceptLanguage(header, locales) {
  const ranges = languageRanges(header);
  for (let index = 0; index < ranges.length; index += 1) {
    const range = ranges[index] || '';
    if (range === '*') return void 0;
    const language = range.split('-')[0] || '';
    for (let candidate = 0; candidate < locales.length; candidate += 1) {
      const locale2 = locales[candidate] || '';
      if (locale2.toLowerCase() === language) return locale2;
    }
  }
  return void 0;
}
function negotiateLocale(request, locales, defaultLocale) {
  return (
    localeFromCookie(request.cookie, locales) ||
    localeFromAcceptLanguage(request.acceptLanguage, locales) ||
    defaultLocale
  );
}

// lib/routing/requests.ts
function encodePath(path) {
  return encodeURI(path).replace(/[?#]/g, encodeURIComponent);
}

// scripts/hosts/njs-entry.ts
function rawPath(r) {
  const target = r.variables.request_uri || '';
  const queryAt = target.indexOf('?');
  return queryAt === -1 ? target : target.slice(0, queryAt);
}
function query(r) {
  const target = r.variables.request_uri || '';
  const queryAt = target.indexOf('?');
  return queryAt === -1 ? '' : target.slice(queryAt);
}
function locale(r) {
  return negotiateLocale(
    {cookie: r.headersIn.Cookie, acceptLanguage: r.headersIn['Accept-Language']},
    routing.locales,
    routing.defaultLocale,
  );
}
function badPath(r) {
  try {
    decodeURIComponent(rawPath(r));
    return '';
  } catch (e) {
    return '1';
  }
}
function redirect(r, status, location) {
  r.status = status;
  r.headersOut.Location = location;
  r.headersOut['Content-Length'] = '0';
  r.sendHeader();
  r.finish();
}
function toLanguage(r) {
  redirect(r, 307, `/${locale(r)}${r.uri === '/' ? '' : encodePath(r.uri)}${query(r)}`);
}
function withoutSlash(r) {
  redirect(r, 308, `${encodePath(r.uri.replace(/\/+$/, ''))}${query(r)}`);
}
var negotiation = {locale, badPath, toLanguage, withoutSlash};
var njs_entry_default = negotiation;
export default njs_entry_default;
