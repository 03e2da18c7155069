import type {Page} from '@playwright/test';
import type {Locale} from 'next-intl';
import type {Collection} from '../../lib/content/collection';
import {lastChanged} from '../../lib/content/corrections';
import {statementsIn} from '../../lib/content/versions';
import {absoluteUrl, feedPath, frontPagePath, statementPath} from '../../lib/site/urls';
import {expectedText} from './content';
import {translatorFor} from './messages';

type Link = {rel: string; type: string; hreflang: string; href: string};
export type Feed = {
  parseError: string;
  namespace: string;
  lang: string;
  id: string;
  title: string;
  updated: string;
  links: Link[];
  entries: {id: string; title: string; published: string; updated: string; summary: string; links: Link[]}[];
};

/** An Atom feed as Chromium's XML parser reads it (a parse error is reported, not thrown). */
export async function parseFeed(page: Page, xml: string): Promise<Feed> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const root = doc.documentElement;
    const child = (element: Element, name: string) =>
      [...element.children].find((node) => node.localName === name)?.textContent ?? '';
    const links = (element: Element) =>
      [...element.children]
        .filter((node) => node.localName === 'link')
        .map((link) => ({
          rel: link.getAttribute('rel') ?? '',
          type: link.getAttribute('type') ?? '',
          hreflang: link.getAttribute('hreflang') ?? '',
          href: link.getAttribute('href') ?? '',
        }));
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? '',
      namespace: root.namespaceURI ?? '',
      lang: root.getAttribute('xml:lang') ?? '',
      id: child(root, 'id'),
      title: child(root, 'title'),
      updated: child(root, 'updated'),
      links: links(root),
      entries: [...root.children]
        .filter((node) => node.localName === 'entry')
        .map((entry) => ({
          id: child(entry, 'id'),
          title: child(entry, 'title'),
          published: child(entry, 'published'),
          updated: child(entry, 'updated'),
          summary: child(entry, 'summary'),
          links: links(entry),
        })),
    };
  }, xml);
}

const atomTime = (date: Date) => date.toISOString().replace('.000Z', 'Z');

/**
 * What the feed of `locale` must say: the statements that exist in that
 * language, newest first, each linking every version that exists, with
 * absolute URLs from SITE_URL only.
 */
export function expectedFeed(collection: Collection, locale: Locale): Feed {
  const statements = statementsIn(collection.statements, locale);
  const html = (hreflang: Locale, path: string) => ({
    rel: 'alternate',
    type: 'text/html',
    hreflang,
    href: absoluteUrl(path),
  });
  return {
    parseError: '',
    namespace: 'http://www.w3.org/2005/Atom',
    lang: locale,
    id: absoluteUrl(feedPath(locale)),
    title: translatorFor(locale)('Feed.title'),
    updated: atomTime(new Date(Math.max(0, ...statements.map((statement) => lastChanged(statement).date.getTime())))),
    links: [
      {rel: 'self', type: 'application/atom+xml', hreflang: '', href: absoluteUrl(feedPath(locale))},
      html(locale, frontPagePath(locale)),
    ],
    entries: statements.map((statement) => {
      const text = expectedText(collection, statement, locale);
      return {
        id: absoluteUrl(statementPath(locale, statement.id)),
        title: text.title,
        published: atomTime(statement.issued.date),
        updated: atomTime(lastChanged(statement).date),
        summary: text.description,
        links: statement.locales.map((version) => html(version, statementPath(version, statement.id))),
      };
    }),
  };
}
