import {expect, test} from '@playwright/test';
import {paragraphId} from '../../app/_lib/statement';
import {mailtoHref, telHref, websiteHref} from '../../app/_lib/contact';
import {expectedParagraphs, locales, translatorFor} from '../support/messages';

const normalize = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

for (const locale of locales) {
  test.describe(`/${locale}`, () => {
    const t = translatorFor(locale);

    test('is a page in its language with localized title and description', async ({page}) => {
      const response = await page.goto(`/${locale}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page).toHaveTitle(t('Metadata.title'));
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', t('Metadata.description'));
    });

    test('renders the complete statement, every paragraph with its figures', async ({page}) => {
      await page.goto(`/${locale}`);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(t('Statement.title'));
      const rendered = page.locator('.statement__paragraph');
      const expected = expectedParagraphs(locale);
      await expect(rendered).toHaveCount(expected.length);
      for (const [index, {key, text}] of expected.entries()) {
        const paragraph = rendered.nth(index);
        await expect(paragraph).toHaveAttribute('id', paragraphId(key as Parameters<typeof paragraphId>[0]));
        expect(normalize(await paragraph.textContent()), key).toBe(normalize(text));
      }
    });

    test('shows the letterhead, the closing and signature', async ({page}) => {
      await page.goto(`/${locale}`);
      const main = page.getByRole('main');
      await expect(main.locator('[lang="sv"]', {hasText: t('Letterhead.properName')})).toBeVisible();
      for (const key of ['Letterhead.description', 'Letterhead.name', 'Letterhead.location'] as const) {
        await expect(main.getByText(t(key), {exact: true})).toBeVisible();
      }
      await expect(main).toContainText(t('Letterhead.founded', {founded: new Date(Date.UTC(2003, 0, 1))}));
      for (const key of ['Statement.closing', 'Statement.signatory', 'Statement.association'] as const) {
        await expect(main.getByText(t(key), {exact: true})).toBeVisible();
      }
    });

    test('gives the contact block with address, phone, e-mail and website links', async ({page}) => {
      await page.goto(`/${locale}`);
      const footer = page.getByRole('contentinfo');
      const address = footer.locator('address');
      for (const key of ['Contact.careOf', 'Contact.street', 'Contact.region'] as const) {
        await expect(address).toContainText(t(key));
      }
      await expect(footer.getByRole('link', {name: t('Contact.phone')})).toHaveAttribute(
        'href',
        telHref(t('Contact.phone')),
      );
      await expect(footer.getByRole('link', {name: t('Contact.email')})).toHaveAttribute(
        'href',
        mailtoHref(t('Contact.email')),
      );
      await expect(footer.getByRole('link', {name: t('Contact.website')})).toHaveAttribute(
        'href',
        websiteHref(t('Contact.website')),
      );
    });
  });
}

test('Azerbaijani letters arrive intact', async ({page}) => {
  await page.goto('/az');
  const text = await page.locator('article').textContent();
  for (const letter of ['ə', 'ğ', 'ı', 'İ', 'ş', 'ç', 'ö', 'ü']) expect(text).toContain(letter);
  // A common corruption writes the Azerbaijani schwa as ä.
  expect(text).not.toContain('ä');
});

test('Swedish letters arrive intact', async ({page}) => {
  await page.goto('/sv');
  const text = await page.locator('article').textContent();
  for (const letter of ['å', 'ä', 'ö']) expect(text).toContain(letter);
});
