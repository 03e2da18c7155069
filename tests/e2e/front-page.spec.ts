import {expect, test} from '@playwright/test';
import {statementsIn} from '../../lib/content/versions';
import {statementPath} from '../../lib/site/urls';
import {expectedText, siteContent} from '../support/content';
import {translatorFor} from '../support/messages';
import {frontPages} from '../support/pages';

// The behaviour that needs several statements (the order, the archive, the
// statements of other languages) is proven on the fixture site
// (tests/e2e/collection/front-pages.spec.ts); here, the real front pages.
for (const {locale, path} of frontPages) {
  test(`${path} leads with the newest statement: title, date, opening paragraph and a link`, async ({page}) => {
    const t = translatorFor(locale);
    const [newest] = statementsIn(siteContent.statements, locale);
    test.skip(!newest, `no statement exists in ${locale}`);
    if (!newest) return;
    const text = expectedText(siteContent, newest, locale);

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(t('Metadata.title'));
    await expect(page.getByRole('heading', {level: 1})).toHaveText(t('FrontPage.title'));
    const lead = page.getByRole('region', {name: t('FrontPage.latest')});
    await expect(lead.getByRole('heading', {level: 2})).toHaveText(text.title);
    await expect(lead.locator('time')).toHaveAttribute('datetime', newest.issued.iso);
    await expect(lead).toContainText(text.paragraphs[0]?.text ?? '');
    await lead.getByRole('link', {name: t('FrontPage.read')}).click();
    await expect(page).toHaveURL(statementPath(locale, newest.id));
    await expect(page.getByRole('heading', {level: 1})).toHaveText(text.title);
  });
}
