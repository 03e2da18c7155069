import {describe, expect, test} from 'vitest';
import {translatorFor} from '../../support/messages';
import {fixtureSite} from '../../support/builds';
import {fixturePages, fixtureStatements} from '../../support/fixture-pages';
import {textOf} from '../support/html';

// The association's corrections of an original after publication: a dated
// notice under the date in every language the statement exists in, and the
// day of the last one as dateModified and article:modified_time. Expected:
// the days its statement.json lists, and each notice's reviewed rendering.
// (The feeds' `updated`: the feeds' own tests.)

/** A day of statement.json as the site's dates are: midnight UTC. */
const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

test('the fixture content holds a corrected statement to prove the notices on', () => {
  expect(fixtureStatements.some((statement) => statement.corrections.length > 0)).toBe(true);
});

describe.each(fixturePages)('$path', ({statement, locale, path}) => {
  const $ = fixtureSite.documentAt(path);
  const lastCorrection = [...statement.corrections].sort().at(-1);

  test('shows each correction notice under the date, dated, in its language, in order', () => {
    const notices = $('.statement__issued + .statement__corrections .statement__correction');
    expect(notices.length).toBe(statement.corrections.length);
    for (const [index, day] of statement.corrections.entries()) {
      const label = translatorFor(locale).markup('Statement.corrected', {date: utcDay(day), time: (chunks) => chunks});
      const notice = notices.eq(index);
      expect(textOf(notice)).toBe(`${label} ${statement.shown(locale, `corrections.${day}`)}`);
      expect(notice.find('time').attr('datetime')).toBe(day);
    }
  });

  test('gives the last correction as dateModified in JSON-LD, and only when there is one', () => {
    const graph = (JSON.parse($('script[type="application/ld+json"]').text()) as {'@graph': Record<string, unknown>[]})[
      '@graph'
    ];
    const article = graph.find((node) => node['@type'] === 'Article');
    expect(article).toBeDefined();
    expect(article?.dateModified).toBe(lastCorrection);
  });

  test('gives the last correction as article:modified_time, and only when there is one', () => {
    const modified = $('meta[property="article:modified_time"]')
      .toArray()
      .map((meta) => meta.attribs.content);
    expect(modified).toEqual(lastCorrection ? [lastCorrection] : []);
  });
});
