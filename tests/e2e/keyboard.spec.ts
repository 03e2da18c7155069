import {expect, test} from '../support/browser';
import type {Page} from '@playwright/test';
import {locales, translatorFor} from '../support/messages';
import {statementPages, versionsOfOneStatement} from '../support/pages';

/** What has focus, as a person would name it: the landmark it sits in and its accessible text. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'body';
    const region = element.closest('header, nav, main, footer')?.tagName.toLowerCase() ?? 'page';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
    return `${region}: ${name}`;
  });
}

for (const {statement, locale, path} of statementPages) {
  test(`${path} can be read and used with the keyboard alone, in a sensible order`, async ({page}) => {
    const t = translatorFor(locale);
    await page.goto(path);

    const order: string[] = [];
    for (let step = 0; step < 40; step += 1) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (order.includes(now) || now === 'body') break;
      order.push(now);
    }

    // A language the statement lacks is named by its accessible name, which says so.
    const others = locales
      .filter((other) => other !== locale)
      .map((other) => {
        const name = translatorFor(other)('Language.name');
        return `nav: ${statement.locales.includes(other) ? name : translatorFor(other)('LocaleSwitcher.missing', {language: name})}`;
      });
    const expected = [
      `page: ${t('Header.skipLink')}`,
      `header: ${t('Header.siteName')}${t('Header.siteDescription')}`,
      ...others,
    ];
    expect(order.slice(0, expected.length)).toEqual(expected);

    const rest = order.slice(expected.length);
    const share = rest.indexOf(`main: ${t('Links.share')}`);
    const firstParagraphLink = rest.indexOf(`main: ${t('Links.paragraph', {number: 1})}`);
    const lastParagraphLink = rest.indexOf(`main: ${t('Links.paragraph', {number: statement.paragraphs.length})}`);
    const email = rest.indexOf(`footer: ${t('Contact.email')}`);
    expect(share).toBeGreaterThanOrEqual(0);
    expect(firstParagraphLink).toBeGreaterThan(share);
    expect(lastParagraphLink).toBeGreaterThan(firstParagraphLink);
    expect(email).toBeGreaterThan(lastParagraphLink);
  });
}

test('the skip link takes keyboard users past the header to the content', async ({page}) => {
  const t = translatorFor('az');
  await page.goto('/az');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', {name: t('Header.skipLink')});
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatch(/^main: /);
});

// On a statement in two languages: the real build's, or the fixture site's while it has none.
const {origin, pages} = versionsOfOneStatement;
const [from, to] = pages;
test('the language switcher works from the keyboard', async ({page}) => {
  if (!from || !to) throw new Error('no statement in two languages');
  const paragraph = from.statement.paragraphs.at(-1) ?? '';
  await page.goto(`${origin}${from.path}#${paragraph}`);
  const target = page.getByRole('navigation').getByRole('link', {name: translatorFor(to.locale)('Language.name')});
  await target.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${origin}${to.path}#${paragraph}`);
});
