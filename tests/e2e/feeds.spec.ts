import {expect, test} from '@playwright/test';
import {feedPath} from '../../lib/site/urls';
import {siteContent} from '../support/content';
import {expectedFeed, parseFeed} from '../support/feed';
import {locales} from '../support/messages';

// The feeds of the real build; with several statements and missing
// translations: collection/feeds.spec.ts.
for (const locale of locales) {
  test(`${feedPath(locale)} is an Atom feed of the statements in that language, each linking its versions`, async ({
    page,
    request,
  }) => {
    const response = await request.get(feedPath(locale));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(await parseFeed(page, await response.text())).toEqual(expectedFeed(siteContent, locale));
  });
}
