import {expect, test} from '../../support/browser';
import {missingPages, switchesToMissing} from '../../support/fixture-pages';
import {fixtureSite} from '../../support/builds';
import {translatorFor} from '../../support/messages';
import {switcher, switcherLinkName} from '../../support/switcher';

// A statement in a language it lacks, where only the server and the browser
// can prove it: what the 404 documents and the switcher's links say is read
// from the built files (tests/built/collection/missing-translation.test.ts).

test('each statement’s address in a language it lacks answers 404 with its own 404 document', async ({request}) => {
  expect(missingPages.length).toBeGreaterThan(0);
  for (const {path} of missingPages) {
    const response = await request.get(path);
    expect.soft(response.status(), path).toBe(404);
    expect.soft(await response.text(), path).toBe(fixtureSite.read(`${path}/404.html`));
  }
});

// Once for each language some statement lacks (every such link is read from
// the built files): what the script does with it does not depend on which statement.
const oncePerLanguage = switchesToMissing.filter(
  (candidate, index) => switchesToMissing.findIndex(({other}) => other === candidate.other) === index,
);

test('at a paragraph, the switcher still leads to the front page of a language the statement lacks', async ({page}) => {
  expect(oncePerLanguage.length).toBeGreaterThan(0);
  for (const {statement, locale, path, other} of oncePerLanguage) {
    await test.step(`${path} → /${other}`, async () => {
      // goto waits for the load event, after the deferred script has carried
      // #paragraph onto the links to this statement's other versions.
      await page.goto(`${path}#${statement.paragraphs.at(-1) ?? ''}`);
      const link = switcher(page, locale).getByRole('link', {name: switcherLinkName(other, false), exact: true});
      // No paragraph to keep: the front page has none of this statement's.
      await expect.soft(link).toHaveAttribute('href', `/${other}`);
      await link.click();
      await expect.soft(page).toHaveURL(`/${other}`);
      await expect.soft(page.getByRole('heading', {level: 1})).toHaveText(translatorFor(other)('FrontPage.title'));
    });
  }
});
