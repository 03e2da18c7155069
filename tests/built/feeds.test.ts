import {load} from 'cheerio';
import type {CheerioAPI} from 'cheerio';
import {describe, expect, test} from 'vitest';
import {translatorFor} from '../support/messages';
import {textOf} from './support/html';
import {absolute, fixtureSite, locales, newestFirst, site, statementAddress} from '../support/builds';
import type {Build, SourceStatement} from '../support/builds';

// Each language's Atom feed (RFC 4287) as the build wrote it, read with an XML
// parser: what it must say comes from the statement folders (which versions
// exist, issued dates, corrections) and the reviewed renderings (titles,
// summaries, paragraphs). The real build's feeds, and the fixture build's,
// where statements lack languages and one was corrected. Its media type over
// HTTP: tests/e2e/static.spec.ts.

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

const builds: [name: string, build: Build][] = [
  ['site', site],
  ['fixture site', fixtureSite],
];

describe.each(builds.flatMap(([name, build]) => locales.map((locale) => ({name, build, locale}))))(
  '$name: /$locale/feed.xml',
  ({build, locale}) => {
    const $ = load(build.read(`${locale}/feed.xml`), {xml: true});
    const feed = $('feed');
    const statements = newestFirst(build.statements).filter((statement) => statement.locales.includes(locale));
    const t = translatorFor(locale);

    test('is an Atom feed in its language, of the association, linking itself and its front page', () => {
      expect(feed.attr('xmlns')).toBe('http://www.w3.org/2005/Atom');
      expect(feed.attr('xml:lang')).toBe(locale);
      expect(feed.children('id').text()).toBe(absolute(`/${locale}/feed.xml`));
      expect(feed.children('title').text()).toBe(t('Feed.title'));
      expect(textOf(feed.children('author').children('name'))).toBe(t('Metadata.siteName'));
      expect(linksOf($, feed)).toEqual([
        {rel: 'self', type: 'application/atom+xml', hreflang: undefined, href: absolute(`/${locale}/feed.xml`)},
        htmlLink(locale, `/${locale}`),
      ]);
      expect(feed.children('updated').text()).toBe(statements.map(lastChanged).sort().at(-1));
    });

    test('lists exactly the statements that exist in its language, newest first, each linking its versions', () => {
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
