import {describe, expect, test} from 'vitest';
import {fixtureSite, locales, site, statementAddress} from '../support/builds';
import type {Build} from '../support/builds';

// out/_redirects as the build wrote it for static hosts (Netlify, Cloudflare
// Pages): a statement's address in a language it lacks answers with its own
// 404 document. Which statements lack which language is read from the
// statement folders; the rules' syntax: tests/unit/routing/static-hosts.test.ts.

const builds: [name: string, build: Build][] = [
  ['site', site],
  ['fixture site', fixtureSite],
];

describe.each(builds)('%s: out/_redirects', (_, build) => {
  const lines = build.read('_redirects').split('\n');

  test('answers each statement in each language it lacks with its 404 document, and no other address', () => {
    const expected = build.statements.flatMap((statement) =>
      locales
        .filter((locale) => !statement.locales.includes(locale))
        .map(
          (locale) =>
            `${statementAddress(locale, statement.id)} ${statementAddress(locale, statement.id)}/404.html 404`,
        ),
    );
    const rules = lines.filter((line) => /^\/[^/]+\/statements\//.test(line));
    expect([...rules].sort()).toEqual([...expected].sort());
  });

  test('puts each before its language’s catch-all 404, which would otherwise answer first', () => {
    for (const locale of locales) {
      const catchAll = lines.indexOf(`/${locale}/* /${locale}/404.html 404`);
      expect(catchAll, locale).toBeGreaterThanOrEqual(0);
      const last = lines.findLastIndex((line) => line.startsWith(`/${locale}/statements/`));
      expect(last, locale).toBeLessThan(catchAll);
    }
  });
});
