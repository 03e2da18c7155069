import {expect, test} from '@playwright/test';
import {mailtoHref, telHref, websiteHref} from '../../lib/site/contact';
import {expectedText, siteContent} from '../support/content';
import {translatorFor} from '../support/messages';
import {sitePages} from '../support/pages';

const normalize = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

for (const {statement, locale, path} of sitePages) {
  test.describe(path, () => {
    const t = translatorFor(locale);
    const text = expectedText(siteContent, statement, locale);

    test('is a page in its language with its own title and description', async ({page}) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page).toHaveTitle(t('Metadata.statementTitle', {title: text.title}));
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', text.description);
    });

    test('renders the complete statement, every paragraph with its figures and its id', async ({page}) => {
      await page.goto(path);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(text.title);
      const rendered = page.locator('.statement__paragraph');
      await expect(rendered).toHaveCount(text.paragraphs.length);
      for (const [index, {id, text: paragraph}] of text.paragraphs.entries()) {
        await expect(rendered.nth(index)).toHaveAttribute('id', id);
        expect(normalize(await rendered.nth(index).textContent()), id).toBe(normalize(paragraph));
      }
    });

    test('shows the date it was issued, under the title, at the precision it is known', async ({page}) => {
      await page.goto(path);
      const issued = page.locator('h1 + .statement__issued');
      await expect(issued).toContainText(t('Statement.issued'));
      await expect(issued.locator('time')).toHaveAttribute('datetime', statement.issued.iso);
      await expect(issued.locator('time')).toHaveText(
        new Intl.DateTimeFormat(locale, {
          timeZone: 'UTC',
          year: 'numeric',
          month: 'long',
          ...(statement.issued.precision === 'day' ? {day: 'numeric'} : {}),
        }).format(statement.issued.date),
      );
    });

    test('shows the letterhead, the closing and signature', async ({page}) => {
      await page.goto(path);
      const main = page.getByRole('main');
      await expect(main.locator('[lang="sv"]', {hasText: t('Letterhead.properName')})).toBeVisible();
      for (const key of ['Letterhead.description', 'Letterhead.name', 'Letterhead.location'] as const) {
        await expect(main.getByText(t(key), {exact: true})).toBeVisible();
      }
      await expect(main).toContainText(t('Letterhead.founded', {founded: new Date(Date.UTC(2003, 0, 1))}));
      for (const words of [text.closing, text.signatory, text.association]) {
        await expect(main.getByText(words, {exact: true})).toBeVisible();
      }
    });

    test('gives the contact block with address, phone, e-mail and website links', async ({page}) => {
      await page.goto(path);
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
