import {create} from 'xmlbuilder2';
import type {Locale} from 'next-intl';
import {lastChanged} from '../content/corrections';
import type {FormattedStatement} from '../content/format';
import type {Statement} from '../content/types';

// An Atom feed (RFC 4287) of one language's statements, built with xmlbuilder2,
// which escapes every text and attribute. The `feed` package was the first
// choice, but its Atom output has no per-link `hreflang` and no `xml:lang`,
// and linking each entry's translations needs both.

const ATOM = 'http://www.w3.org/2005/Atom';
/** RFC 5005's Feed History namespace: `<fh:archive/>` marks an archive document. */
const FEED_HISTORY = 'http://purl.org/syndication/history/1.0';

export type FeedEntry = {
  statement: Statement;
  text: FormattedStatement;
  /** The entry's own page, absolute. */
  url: string;
  /** Every version that exists, the entry's own included: hreflang → absolute URL. */
  versions: {locale: Locale; url: string}[];
  /** Each correction notice as the page shows it ("Corrected on 2 April 2024: …"), oldest first. */
  corrections: string[];
};

export type FeedInput = {
  locale: Locale;
  title: string;
  /** The feed's own URL and the front page it follows, absolute. */
  selfUrl: string;
  homeUrl: string;
  author: {name: string; uri: string};
  /** Newest first. */
  entries: FeedEntry[];
  /** RFC 5005: the archive documents around this one (`prev-archive`, `next-archive`, `current`), absolute. */
  history?: {rel: 'prev-archive' | 'next-archive' | 'current'; href: string}[];
  /** Whether this is an archive document rather than the subscription document. */
  archived?: boolean;
};

/**
 * Atom wants a full timestamp. A statement known only to its month is dated
 * at the first of that month, midnight UTC: the earliest moment it can mean,
 * never a day the association did not give as such (the page says the month).
 */
const timestamp = (date: Date) => date.toISOString().replace('.000Z', 'Z');

export function atomFeed({
  locale,
  title,
  selfUrl,
  homeUrl,
  author,
  entries,
  history = [],
  archived = false,
}: FeedInput): string {
  const feed = create({version: '1.0', encoding: 'utf-8'}).ele(ATOM, 'feed', {
    'xml:lang': locale,
    ...(archived ? {'xmlns:fh': FEED_HISTORY} : {}),
  });
  if (archived) feed.ele(FEED_HISTORY, 'fh:archive');
  feed.ele('id').txt(selfUrl);
  feed.ele('title').txt(title);
  // A feed changes when a statement is added or corrected; one without
  // entries is as old as nothing in it: the epoch says so honestly.
  const changes = entries.map(({statement}) => lastChanged(statement).date.getTime());
  feed.ele('updated').txt(timestamp(new Date(Math.max(0, ...changes))));
  feed.ele('author').ele('name').txt(author.name).up().ele('uri').txt(author.uri);
  feed.ele('link', {rel: 'self', type: 'application/atom+xml', href: selfUrl});
  feed.ele('link', {rel: 'alternate', type: 'text/html', hreflang: locale, href: homeUrl});
  for (const {rel, href} of history) feed.ele('link', {rel, type: 'application/atom+xml', href});

  for (const {statement, text, url, versions, corrections} of entries) {
    const entry = feed.ele('entry');
    entry.ele('id').txt(url);
    entry.ele('title').txt(text.title);
    entry.ele('published').txt(timestamp(statement.issued.date));
    entry.ele('updated').txt(timestamp(lastChanged(statement).date));
    for (const version of versions) {
      entry.ele('link', {rel: 'alternate', type: 'text/html', hreflang: version.locale, href: version.url});
    }
    entry.ele('summary').txt(text.description);
    const content = entry.ele('content', {type: 'xhtml'}).ele('http://www.w3.org/1999/xhtml', 'div');
    for (const notice of corrections) content.ele('p').txt(notice);
    for (const paragraph of text.paragraphs) content.ele('p').txt(paragraph.text);
    content.ele('p').txt(`${text.closing} ${text.signatory}, ${text.association}`);
  }
  return feed.end({prettyPrint: true});
}
