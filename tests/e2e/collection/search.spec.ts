import axe from 'axe-core';
import type {AxeResults} from 'axe-core';
import type {Page} from '@playwright/test';
import {fixtureSite, statementAddress} from '../../support/builds';
import type {Locale} from '../../support/builds';
import {expect, test} from '../../support/browser';
import {translatorFor} from '../../support/messages';

// Search on the fixture site, as a reader uses it: the words typed, what is
// found and said, only in the language searched. The fixture text to find
// (tests/fixtures/content/README.md): an Azerbaijani statement with
// "minalar", "mina", "şəhər", "qısa" and "ömür", and a Swedish one with
// "minor", "mina", "åker" and "Göteborg". What the page holds before its
// script runs, and the index: tests/built/search.test.ts.

const withWords = {
  az: fixtureSite.statements.find(({id}) => id === '2021-06-fixture-archive-azerbaijani-only'),
  sv: fixtureSite.statements.find(({id}) => id === '2023-05-fixture-archive-swedish-only'),
};

async function search(page: Page, locale: Locale, query: string) {
  await page.goto(`/${locale}/search`);
  await page.getByRole('searchbox').fill(query);
  await page.getByRole('searchbox').press('Enter');
  const t = translatorFor(locale);
  const status = page.getByRole('status');
  await expect(status).not.toHaveText(t('Search.searching', {query}));
  await expect(status).not.toHaveText('');
  return status;
}

/** The addresses and titles of what a search lists. */
const resultsOf = (page: Page) =>
  page
    .locator('.search__results h2 a')
    .evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.textContent]));

for (const [locale, queries] of [
  // As written; the plural found by the singular and the singular by the plural; ə typed as e, ı as i, ö as o.
  ['az', ['minalar', 'mina', 'MINALAR', 'minaların', 'seher', 'şəhər', 'qisa', 'omur']],
  // The Swedish stemmer's forms; å typed as a, ö as o.
  ['sv', ['minor', 'mina', 'aker', 'åker', 'goteborg']],
] as const) {
  test(`in ${locale}, each spelling finds first the statement that has the word, and only in ${locale}`, async ({
    page,
  }) => {
    const statement = withWords[locale];
    for (const query of queries) {
      await search(page, locale, query);
      const results = await resultsOf(page);
      expect
        .soft(results[0], query)
        .toEqual([statementAddress(locale, statement?.id ?? ''), statement?.shown(locale, 'title')]);
      // Pagefind also lists, lower, pages with a word the query begins with (its longest prefix in the index).
      for (const [address] of results) expect.soft(address, query).toMatch(new RegExp(`^/${locale}/statements/`));
    }
  });
}

test('a search that finds nothing says so', async ({page}) => {
  const t = translatorFor('en');
  const status = await search(page, 'en', 'ŋŋŋ');
  await expect(status).toHaveText(t('Search.none', {query: 'ŋŋŋ'}));
  expect(await resultsOf(page)).toEqual([]);
});

test('what a search finds is announced, with how many', async ({page}) => {
  const t = translatorFor('az');
  const status = await search(page, 'az', 'mina');
  const count = await page.locator('.search-result').count();
  await expect(status).toHaveText(t('Search.found', {count, shown: String(count), query: 'mina'}));
});

test('a result shows its title, date and the words around what was found, marked', async ({page}) => {
  const statement = withWords.az;
  await search(page, 'az', 'seher');
  const result = page.locator('.search-result').first();
  await expect(result.locator('.search-result__date')).toHaveText(
    new Intl.DateTimeFormat('az', {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'}).format(
      new Date(`${statement?.issued ?? ''}T00:00:00Z`),
    ),
  );
  await expect(result.locator('mark')).toHaveText(['şəhər']);
  await expect(result.locator('.search-result__excerpt')).toContainText('şəhər kənarında qısa yol');
});

test('the address keeps the words searched for, and the same search in another language is one link away', async ({
  page,
}) => {
  await search(page, 'az', 'mina');
  await expect(page).toHaveURL(/\/az\/search\?q=mina$/);
  const t = translatorFor('az');
  const other = page.getByRole('navigation', {name: t('Search.otherLanguages')}).getByRole('link', {name: 'Svenska'});
  await other.click();
  await expect(page).toHaveURL(/\/sv\/search\?q=mina$/);
  await expect(page.getByRole('searchbox')).toHaveValue('mina');
  await expect(page.locator('.search-result').first()).toBeVisible();
});

test('by keyboard alone: the form, then the results, then the statement', async ({page}) => {
  await page.goto('/sv/search');
  const searchbox = page.getByRole('searchbox');
  for (let step = 0; step < 20 && !(await searchbox.evaluate((input) => input === document.activeElement)); step++) {
    await page.keyboard.press('Tab');
  }
  await expect(searchbox).toBeFocused();
  await page.keyboard.type('goteborg');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(
    translatorFor('sv')('Search.found', {count: 1, shown: '1', query: 'goteborg'}),
  );
  await page.keyboard.press('Tab'); // the search button
  await page.keyboard.press('Tab'); // the first result
  await expect(page.locator('.search__results a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${statementAddress('sv', withWords.sv?.id ?? '')}$`));
});

test('with its results shown, the page has no WCAG 2.2 A/AA violations, light and dark', async ({page}) => {
  await search(page, 'az', 'mina');
  await page.evaluate(axe.source);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({colorScheme});
    const violations = await page.evaluate(async () => {
      const results: AxeResults = await (
        window as unknown as {axe: {run: (context: Document, options: object) => Promise<AxeResults>}}
      ).axe.run(document, {
        runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']},
      });
      return results.violations.map(({id, nodes}) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
    });
    expect.soft(violations, colorScheme).toEqual([]);
  }
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the page says that search needs it and leads to the archive; no form to fill in vain', async ({page}) => {
    const t = translatorFor('sv');
    await page.goto('/sv/search');
    await expect(
      page
        .locator('main noscript + *, main p')
        .filter({hasText: t.markup('Search.noScript', {archive: (chunks) => chunks})}),
    ).toBeVisible();
    await page.getByRole('link', {name: 'arkivet, år för år'}).click();
    await expect(page).toHaveURL(/\/sv\/archive$/);
    await page.goBack();
    await expect(page.getByRole('searchbox')).toBeHidden();
  });
});
