import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {paragraphId, paragraphKeys} from '../../app/_lib/statement';
import {absoluteUrl} from '../../app/_lib/site';
import {locales, translatorFor} from '../support/messages';

const ids = paragraphKeys.map(paragraphId);

async function paragraphIds(page: Page) {
  return page.locator('.statement__paragraph').evaluateAll((paragraphs) => paragraphs.map((p) => p.id));
}

test('every paragraph has the same unique id in every language', async ({page}) => {
  for (const locale of locales) {
    await page.goto(`/${locale}`);
    expect(await paragraphIds(page)).toEqual(ids);
  }
  expect(new Set(ids).size).toBe(ids.length);
  const allIds = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
  expect(new Set(allIds).size).toBe(allIds.length);
});

for (const locale of locales) {
  test(`/${locale}#appeal opens at that paragraph and highlights it`, async ({page}) => {
    await page.goto(`/${locale}#appeal`);
    const paragraph = page.locator('#appeal');
    await expect(paragraph).toBeInViewport();
    await expect(page.locator(':target')).toHaveAttribute('id', 'appeal');
    const background = await paragraph.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    // Nothing sits on top of the paragraph's first line.
    const box = await paragraph.boundingBox();
    const topElement = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.closest('p')?.id ?? null,
      [(box?.x ?? 0) + 20, (box?.y ?? 0) + 10],
    );
    expect(topElement).toBe('appeal');
  });
}

test.describe('with clipboard access', () => {
  test.use({permissions: ['clipboard-read', 'clipboard-write']});

  for (const locale of locales) {
    test(`/${locale}: "link to this paragraph" copies the paragraph's URL and says so`, async ({page}) => {
      const t = translatorFor(locale);
      await page.goto(`/${locale}`);
      const link = page.getByRole('link', {name: t('Links.paragraph', {number: 3})});
      await expect(link).toHaveAttribute('href', `#${ids[2]}`);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}#${ids[2]}$`));
      await expect(page.getByRole('status')).toHaveText(t('Links.copied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(absoluteUrl(`/${locale}#${ids[2]}`));
    });
  }

  test('"Share" copies the statement link where the browser has no share sheet', async ({page}) => {
    const t = translatorFor('sv');
    await page.goto('/sv');
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await page.getByRole('button', {name: t('Links.share')}).click();
    await expect(page.getByRole('status')).toHaveText(t('Links.copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(absoluteUrl('/sv'));
  });
});

test('"Share" opens the system share sheet where there is one', async ({page}) => {
  // Chromium on Linux has no share sheet; stand one in to see what the page hands it.
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, {sharedData: shared});
    navigator.share = async (data?: ShareData) => {
      shared.push(data ?? {});
    };
  });
  const t = translatorFor('az');
  await page.goto('/az');
  await page.getByRole('button', {name: t('Links.share')}).click();
  const shared = await page.evaluate(() => (window as unknown as {sharedData: ShareData[]}).sharedData);
  expect(shared).toEqual([{title: t('Statement.title'), url: absoluteUrl('/az')}]);
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('a paragraph link is a plain anchor that takes the reader there', async ({page}) => {
    const t = translatorFor('en');
    await page.goto('/en');
    await expect(page.getByRole('button', {name: t('Links.share')})).toHaveCount(0);
    await page.getByRole('link', {name: t('Links.paragraph', {number: 9})}).click();
    await expect(page).toHaveURL(/\/en#support$/);
    await expect(page.locator('#support')).toBeInViewport();
  });
});
