import {load} from 'cheerio';
import type {CheerioAPI} from 'cheerio';
import {describe, expect, test} from 'vitest';
import {translatorFor} from '../support/messages';
import {textOf} from './support/html';
import {absolute, fixtureSite, locales, newestFirst, site, statementAddress, yearOf} from '../support/builds';
import type {Build, SourceStatement} from '../support/builds';

// Each language's Atom feed (RFC 4287) as the build wrote it, read with an XML
// parser: what it must say comes from the statement folders (which versions
// exist, issued dates, corrections) and the reviewed renderings (titles,
// summaries, paragraphs). The real build's feeds, and the fixture build's,
// where statements lack languages, one was corrected and English has more
// statements than a feed carries: the subscription document holds the newest
// twenty, and RFC 5005 archive documents, one per year, hold the rest. Its
// media type over HTTP: tests/e2e/static.spec.ts.

/** An Atom date-time at midnight UTC of an ISO day or month (`2023-09` is its first day). */
const atomTime = (isoDate: string) => `${isoDate.length === 7 ? `${isoDate}-01` : isoDate}T00:00:00Z`;

/** When a statement last changed: its latest correction, or the day it was issued. */
const lastChanged = (statement: SourceStatement) =>
  [statement.issued, ...statement.corrections].map(atomTime).sort().at(-1) ?? '';

const linksOf = ($: CheerioAPI, parent: ReturnType<CheerioAPI>) =>
  parent
    .children('link')
    .toArray()
    .map(({attribs: {rel, type, hreflang, href}}) => ({rel, type, hreflang, href}));

const htmlLink = (hreflang: string, pathname: string) => ({
  rel: 'alternate',
  type: 'text/html',
  hreflang,
  href: absolute(pathname),
});

const FEED_ENTRIES = 20;
const feedLink = (rel: string, pathname: string) => ({
  rel,
  type: 'application/atom+xml',
  hreflang: undefined,
  href: absolute(pathname),
});

const builds: [name: string, build: Build][] = [
  ['site', site],
  ['fixture site', fixtureSite],
];

describe.each(builds.flatMap(([name, build]) => locales.map((locale) => ({name, build, locale}))))(
  '$name: /$locale/feed.xml',
  ({build, locale}) => {
    const $ = load(build.read(`${locale}/feed.xml`), {xml: true});
    const feed = $('feed');
    const all = newestFirst(build.statements).filter((statement) => statement.locales.includes(locale));
    const statements = all.slice(0, FEED_ENTRIES);
    // The year of the newest statement the subscription document leaves out, if it leaves one out.
    const previous = all[FEED_ENTRIES] && yearOf(all[FEED_ENTRIES]);
    const t = translatorFor(locale);

    test('is an Atom feed in its language, of the association, linking itself and its front page', () => {
      expect(feed.attr('xmlns')).toBe('http://www.w3.org/2005/Atom');
      expect(feed.attr('xml:lang')).toBe(locale);
      expect(feed.children('id').text()).toBe(absolute(`/${locale}/feed.xml`));
      expect(feed.children('title').text()).toBe(t('Feed.title'));
      expect(textOf(feed.children('author').children('name'))).toBe(t('Metadata.siteName'));
      expect(linksOf($, feed)).toEqual([
        feedLink('self', `/${locale}/feed.xml`),
        htmlLink(locale, `/${locale}`),
        ...(previous === undefined ? [] : [feedLink('prev-archive', `/${locale}/archive/${previous}/feed.xml`)]),
      ]);
      expect(feed.children('fh\\:archive').length).toBe(0);
      expect(feed.children('updated').text()).toBe(statements.map(lastChanged).sort().at(-1));
    });

    test('lists the newest twenty statements that exist in its language, newest first, each linking its versions', () => {
      const entries = feed
        .children('entry')
        .toArray()
        .map((entry) => $(entry));
      expect(entries.map((entry) => entry.children('id').text())).toEqual(
        statements.map((statement) => absolute(statementAddress(locale, statement.id))),
      );
      for (const [index, statement] of statements.entries()) {
        const entry = entries[index] ?? $();
        expect(entry.children('title').text(), statement.id).toBe(statement.shown(locale, 'title'));
        expect(entry.children('summary').text()).toBe(statement.shown(locale, 'description'));
        expect(entry.children('published').text()).toBe(atomTime(statement.issued));
        expect(entry.children('updated').text()).toBe(lastChanged(statement));
        expect(linksOf($, entry)).toEqual(
          statement.locales.map((version) => htmlLink(version, statementAddress(version, statement.id))),
        );
      }
    });

    test('carries each statement in full: every paragraph, in order', () => {
      for (const [index, statement] of statements.entries()) {
        const content = feed.children('entry').eq(index).children('content');
        expect(content.attr('type')).toBe('xhtml');
        const blocks = content
          .find('p')
          .toArray()
          .map((block) => textOf($(block)));
        const positions = statement.paragraphs.map((id) => blocks.indexOf(statement.shown(locale, `paragraphs.${id}`)));
        expect(
          positions.every((position) => position >= 0),
          statement.id,
        ).toBe(true);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }
    });
  },
);

describe.each(
  builds.flatMap(([name, build]) =>
    locales.flatMap((locale) => {
      const all = newestFirst(build.statements).filter((statement) => statement.locales.includes(locale));
      // Every year with a statement in the language has an archive document, newest first.
      const years = [...new Set(all.map(yearOf))];
      return years.map((year, index) => ({
        name,
        build,
        locale,
        all,
        year,
        older: years[index + 1],
        newer: years[index - 1],
      }));
    }),
  ),
)('$name: /$locale/archive/$year/feed.xml', ({build, locale, all, year, older, newer}) => {
  const $ = load(build.read(`${locale}/archive/${year}/feed.xml`), {xml: true});
  const feed = $('feed');

  test('is an RFC 5005 archive document, linking the subscription document and the archive documents either side', () => {
    expect(feed.attr('xml:lang')).toBe(locale);
    expect(feed.children('fh\\:archive').length).toBe(1);
    expect(feed.attr('xmlns:fh')).toBe('http://purl.org/syndication/history/1.0');
    expect(feed.children('id').text()).toBe(absolute(`/${locale}/archive/${year}/feed.xml`));
    expect(linksOf($, feed)).toEqual([
      feedLink('self', `/${locale}/archive/${year}/feed.xml`),
      htmlLink(locale, `/${locale}`),
      feedLink('current', `/${locale}/feed.xml`),
      ...(older === undefined ? [] : [feedLink('prev-archive', `/${locale}/archive/${older}/feed.xml`)]),
      ...(newer === undefined ? [] : [feedLink('next-archive', `/${locale}/archive/${newer}/feed.xml`)]),
    ]);
  });

  test('holds every statement of its year in its language, newest first', () => {
    expect(
      feed
        .children('entry')
        .children('id')
        .toArray()
        .map((id) => $(id).text()),
    ).toEqual(
      all
        .filter((statement) => yearOf(statement) === year)
        .map((statement) => absolute(statementAddress(locale, statement.id))),
    );
  });
});

test('with its archive documents, each feed of the fixture site holds every statement of its language', () => {
  expect(
    newestFirst(fixtureSite.statements).filter((statement) => statement.locales.includes('en')).length,
  ).toBeGreaterThan(FEED_ENTRIES);
  for (const locale of locales) {
    const ids = (file: string) =>
      load(fixtureSite.read(file), {xml: true})('entry > id')
        .toArray()
        .map((id) => id.children.map((child) => ('data' in child ? child.data : '')).join(''));
    const documents = [`${locale}/feed.xml`];
    for (
      let next = load(fixtureSite.read(documents[0] ?? ''), {xml: true})('link[rel="prev-archive"]').attr('href');
      next;
    ) {
      const file = new URL(next).pathname.slice(1);
      documents.push(file);
      next = load(fixtureSite.read(file), {xml: true})('link[rel="prev-archive"]').attr('href');
    }
    const held = new Set(documents.flatMap(ids));
    const expected = fixtureSite.statements
      .filter((statement) => statement.locales.includes(locale))
      .map((statement) => absolute(statementAddress(locale, statement.id)));
    expect([...held].sort(), locale).toEqual(expected.sort());
  }
});
