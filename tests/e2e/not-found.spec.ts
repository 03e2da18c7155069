import {expect, test} from '@playwright/test';
import {locales, site} from '../support/builds';
import {knownStatement} from '../support/pages';
import {notFoundRows} from '../support/requestTable';

// Which document answers an unknown address, and with which status; what
// each 404 document says is read from the built files
// (tests/built/not-found.test.ts). A statement asked for in a language it
// has no translation in: collection/missing-translation.spec.ts.
// [address, Accept-Language, where it ends up, the 404 document that answers]
if (!knownStatement) throw new Error('The site has no statement to make addresses from.');
// A statement page that exists, and a language other than its own to ask for.
const {path: known, locale: knownLocale} = knownStatement;
const KNOWN_ID = knownStatement.statement.id.toUpperCase();
const otherLanguage = locales.find((locale) => locale !== knownLocale) ?? 'en';
const unknownPaths: [path: string, acceptLanguage: string, finalPath: string, document: string][] = [
  ...notFoundRows.map(([, path, acceptLanguage, document]): [string, string, string, string] => [
    path,
    acceptLanguage,
    path,
    document,
  ]),
  ['/en/nope', 'sv', '/en/nope', 'en/404.html'],
  ['/az/nope', 'en', '/az/nope', 'az/404.html'],
  ['/sv/a/b/c', 'en', '/sv/a/b/c', 'sv/404.html'],
  ['/az/statements/no-such-statement', 'en', '/az/statements/no-such-statement', 'az/404.html'],
  ['/en/statements', 'sv', '/en/statements', 'en/404.html'],
  [`${known}/more`, otherLanguage, `${known}/more`, `${knownLocale}/404.html`],
  [`/en/statements/${KNOWN_ID}`, 'sv', `/en/statements/${KNOWN_ID}`, 'en/404.html'],
  // Outside every language, a path is negotiated like / is, then not found in that language.
  ['/xx', 'en-US,en;q=0.9', '/en/xx', 'en/404.html'],
  ['/xx/yy', 'az-AZ', '/az/xx/yy', 'az/404.html'],
  ['/xx/yy', 'de-DE', '/en/xx/yy', 'en/404.html'],
];

test('each unknown address answers 404 with its language’s 404 document, as it was written', async ({request}) => {
  for (const [path, acceptLanguage, finalPath, document] of unknownPaths) {
    const response = await request.get(path, {
      headers: {'accept-language': acceptLanguage, 'accept-encoding': 'identity'},
    });
    expect.soft(new URL(response.url()).pathname, path).toBe(finalPath);
    expect.soft(response.status(), path).toBe(404);
    expect.soft(await response.text(), path).toBe(site.read(document));
  }
});
