import {execFileSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '../support/browser';
import {absolute} from '../support/builds';
import {translatorFor} from '../support/messages';
import {statementPages} from '../support/pages';

for (const {statement, locale, path: pagePath} of statementPages) {
  const title = statement.shown(locale, 'title');
  const signatory = statement.shown(locale, 'signatory');

  test(`${pagePath} on paper: the statement, signature, contact and its own address; no controls`, async ({page}) => {
    const t = translatorFor(locale);
    await page.goto(pagePath);
    await page.emulateMedia({media: 'print'});
    await expect(page.getByRole('navigation')).toBeHidden();
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.locator('.paragraph-link').first()).toBeHidden();
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    await expect(page.getByText(signatory, {exact: true})).toBeVisible();
    await expect(page.locator('address')).toBeVisible();
    await expect(page.getByText(t('Print.source', {url: absolute(pagePath)}))).toBeVisible();
  });

  test(`${pagePath} prints to an A4 PDF of a few pages`, async ({page}, testInfo) => {
    await page.goto(pagePath);
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    const pdf = await page.pdf({preferCSSPageSize: true});
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = testInfo.outputPath(`${locale}.pdf`);
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, pdf);
    // A4 is 595 × 842 points; a letter of a page or two should not need more than three.
    const mediaBoxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    expect(mediaBoxes.length).toBeGreaterThan(0);
    expect(mediaBoxes.length).toBeLessThanOrEqual(3);
    for (const [, width, height] of mediaBoxes) {
      expect(Math.round(Number(width))).toBe(595);
      expect(Math.round(Number(height))).toBe(842);
    }
    // The text layer carries the words, letters intact (pdftotext: scripts/ensure-test-tools.mjs).
    const pdfText = execFileSync('pdftotext', ['-layout', file, '-'], {encoding: 'utf8'}).replace(/\s+/g, ' ');
    expect(pdfText).toContain(title);
    expect(pdfText).toContain(signatory);
  });
}
