import {expect, test} from '@playwright/test';
import {fixtureSite} from '../../support/builds';

// Which addresses of the archive are pages: each year with a statement, as
// the site writes it. A year without one, or written any other way, answers
// 404 with its language's 404 document (what the pages say: tests/built/collection/archive.test.ts).
test('a year with no statement, or a year written another way, answers 404 in its language', async ({request}) => {
  for (const path of [
    '/en/archive/2018',
    '/sv/archive/2026',
    '/az/archive/1999',
    '/en/archive/02024',
    '/en/archive/24',
    '/sv/archive/2024x',
    '/sv/archive/2024/more',
    '/az/archive/two-thousand',
  ]) {
    const locale = path.split('/')[1] ?? '';
    const response = await request.get(path, {headers: {'accept-encoding': 'identity'}});
    expect.soft(response.status(), path).toBe(404);
    expect.soft(await response.text(), path).toBe(fixtureSite.read(`${locale}/404.html`));
  }
});

test('each year with a statement is a page, in every language', async ({request}) => {
  for (const path of ['/en/archive', '/en/archive/2022', '/sv/archive/2022', '/az/archive/2021']) {
    expect.soft((await request.get(path)).status(), path).toBe(200);
  }
});

test('a year’s archive document of the feed is sent as Atom; a year with no statement in the language has none', async ({
  request,
}) => {
  const archive = await request.get('/en/archive/2020/feed.xml');
  expect(archive.status()).toBe(200);
  expect(archive.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect((await request.get('/sv/archive/2021/feed.xml')).status()).toBe(404);
});
