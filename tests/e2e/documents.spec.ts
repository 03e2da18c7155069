import {expect, test} from '@playwright/test';
import enhancementScript from '../../lib/site/enhancementScript.json';
import {frontPages, sitePages} from '../support/pages';

// Every page is a document (scripts/build/documents.mjs), the 404s included:
// what reaches the browser is HTML, CSS, fonts and the site's one script. No
// framework chunk, no preload of one, no RSC payload for hydration.
for (const path of [...frontPages, ...sitePages].map((page) => page.path).concat('/sv/nope', '/wp-login.php')) {
  test(`${path} loads no script but the site's own`, async ({page}) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const response = await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([expect.stringMatching(new RegExp(`^${enhancementScript.urlPath}[0-9a-f]{8}\\.js$`))]);

    const html = (await response?.text()) ?? '';
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map(([, attributes]) => attributes);
    expect(inline.every((attributes) => attributes === ' type="application/ld+json"')).toBe(true);
    expect(html).not.toContain('__next_f');
    expect(await page.locator('link[rel="modulepreload"], link[rel="preload"][as="script"]').count()).toBe(0);
  });
}
