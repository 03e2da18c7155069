import {expect, test} from '../support/browser';
import {absolute} from '../support/builds';
import {translatorFor} from '../support/messages';
import {statementPages} from '../support/pages';

// What each paragraph's link and the Share button are in the page as written
// (plain anchors named in each language, the button hidden until the script
// offers it, the notice's words): tests/built/statement.test.ts, for every
// statement. Here, what the site's one script makes them do: each behaviour
// once, on the newest statement, in each language in turn.

/** The newest statement's page for the behaviour numbered `turn`, with a paragraph in its middle, as a reader might link it. */
function visit(turn: number) {
  const page = statementPages[turn % statementPages.length];
  if (!page) throw new Error('The site has no statement to visit.');
  const ids = page.statement.paragraphs;
  return {...page, t: translatorFor(page.locale), ids, target: ids[Math.floor(ids.length / 2)] ?? ''};
}

{
  const {path, target} = visit(0);
  test(`${path}#${target} opens at that paragraph and highlights it`, async ({page}) => {
    await page.goto(`${path}#${target}`);
    const paragraph = page.locator(`[id="${target}"]`);
    await expect(paragraph).toBeInViewport();
    await expect(page.locator(':target')).toHaveAttribute('id', target);
    const background = await paragraph.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    // Nothing sits on top of the paragraph's first line.
    const box = await paragraph.boundingBox();
    const topElement = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.closest('p')?.id ?? null,
      [(box?.x ?? 0) + 20, (box?.y ?? 0) + 10],
    );
    expect(topElement).toBe(target);
  });
}

test.describe('with clipboard access', () => {
  test.use({permissions: ['clipboard-read', 'clipboard-write']});

  {
    const {path, t, ids, target} = visit(1);
    test(`${path}: "link to this paragraph" copies the paragraph’s URL and says so`, async ({page}) => {
      await page.goto(path);
      const number = ids.indexOf(target) + 1;
      const link = page.getByRole('link', {name: t('Links.paragraph', {number})});
      await link.click();
      await expect(page).toHaveURL(`${path}#${target}`);
      await expect(page.getByRole('status')).toHaveText(t('Links.copied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(absolute(`${path}#${target}`));
    });
  }

  {
    const {path, t} = visit(2);
    test(`${path}: a second copy is announced anew, and the notice goes four seconds after it`, async ({page}) => {
      // The page's timers on a clock the test moves, rather than four seconds of waiting.
      await page.clock.install();
      await page.goto(path);
      await page.clock.pauseAt(Date.now() + 1000);
      const status = page.getByRole('status');
      const link = page.getByRole('link', {name: t('Links.paragraph', {number: 1})});
      await link.click();
      await expect(status).toHaveText(t('Links.copied'));
      const first = await status.locator('span').elementHandle();
      await link.click();
      // A new element in the live region is what makes a screen reader speak the same words again.
      await expect.poll(() => first?.evaluate((element) => element.isConnected)).toBe(false);
      await expect(status).toHaveText(t('Links.copied'));
      await page.clock.runFor(3900);
      await expect(status).toHaveText(t('Links.copied'));
      await page.clock.runFor(200);
      await expect(status).toHaveText('');
      await expect(status).toHaveAttribute('data-visible', 'false');
    });
  }

  {
    const {path, t} = visit(3);
    test(`${path}: "Share" copies the statement’s link where the browser has no share sheet`, async ({page}) => {
      await page.goto(path);
      expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
      await page.getByRole('button', {name: t('Links.share')}).click();
      await expect(page.getByRole('status')).toHaveText(t('Links.copied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(absolute(path));
    });
  }
});

{
  const {path, t, statement, locale} = visit(4);
  test(`${path}: "Share" opens the system share sheet where there is one`, async ({page}) => {
    // Chromium on Linux has no share sheet; stand one in to see what the page hands it.
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, {sharedData: shared});
      navigator.share = async (data?: ShareData) => {
        shared.push(data ?? {});
      };
    });
    await page.goto(path);
    await page.getByRole('button', {name: t('Links.share')}).click();
    const shared = await page.evaluate(() => (window as unknown as {sharedData: ShareData[]}).sharedData);
    expect(shared).toEqual([{title: statement.shown(locale, 'title'), url: absolute(path)}]);
  });
}
