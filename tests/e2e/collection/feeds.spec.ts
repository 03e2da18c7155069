import {expect, test} from '@playwright/test';
import {feedPath} from '../../../lib/site/urls';
import {fixtureContent} from '../../support/content';
import {expectedFeed, parseFeed} from '../../support/feed';
import {locales} from '../../support/messages';

// Three fixture statements over two years; one lacks Swedish, one exists only in Swedish.
for (const locale of locales) {
  test(`${feedPath(locale)} lists only what exists in that language, newest first, each with its versions`, async ({
    page,
    request,
  }) => {
    const feed = await parseFeed(page, await (await request.get(feedPath(locale))).text());
    expect(feed).toEqual(expectedFeed(fixtureContent, locale));
  });
}
