import {describe, expect, test} from 'vitest';
import {translatorFor} from '../support/messages';
import {ownName} from '../support/switcher';
import {translationNote} from '../support/translation-note';
import {named, textOf} from './support/html';
import {absolute, locales, pagesOf, site, statementAddress} from '../support/builds';
import type {Locale} from '../support/builds';

// Each statement page of the real build, as a reader sees it without running
// a script: its text as the reviewed renderings show it (the original's is
// proven word for word against the letter by tests/unit/original.test.ts),
// its date, letterhead, signature, contact block, paragraph links and
// translation note. Their behaviour with a script: tests/e2e/permalinks.spec.ts,
// translation-note.spec.ts; the header's switcher: ./switcher.test.ts.

/** The issued date as a reader reads it: day, month and year, or month and year when the day is not known. */
function issuedAsRead(issued: string, locale: Locale) {
  const [year = 0, month = 1, day] = issued.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(day === undefined ? {} : {day: 'numeric'}),
  }).format(Date.UTC(year, month - 1, day ?? 1));
}

test('the site has statements to test', () => {
  expect(pagesOf(site).length).toBeGreaterThan(0);
});

describe.each(pagesOf(site))('$path', ({statement, locale, path}) => {
  const $ = site.documentAt(path);
  const t = translatorFor(locale);
  const shown = (key: string) => statement.shown(locale, key);

  test('is a page in its language with its own title and description', () => {
    expect($('html').attr('lang')).toBe(locale);
    expect($('title').text()).toBe(t('Metadata.statementTitle', {title: shown('title')}));
    expect($('meta[name="description"]').attr('content')).toBe(shown('description'));
  });

  test('renders the complete statement, every paragraph with its figures and its id, in order', () => {
    expect(textOf($('h1'))).toBe(shown('title'));
    const paragraphs = $('.statement__paragraph').toArray();
    expect(paragraphs.map((paragraph) => paragraph.attribs.id)).toEqual(statement.paragraphs);
    for (const paragraph of paragraphs) {
      expect(textOf($(paragraph)), paragraph.attribs.id).toBe(shown(`paragraphs.${paragraph.attribs.id ?? ''}`));
    }
  });

  test('no two elements share an id', () => {
    const ids = $('[id]')
      .toArray()
      .map((element) => element.attribs.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('each paragraph links to itself with a plain anchor, named by its number, carrying its absolute URL', () => {
    for (const [index, id] of statement.paragraphs.entries()) {
      const link = named($, $(`[id="${id}"]`), 'a', t('Links.paragraph', {number: index + 1}));
      expect(link.length, id).toBe(1);
      expect(link.attr('href')).toBe(`#${id}`);
      expect(link.attr('data-copy-link')).toBe(absolute(`${path}#${id}`));
    }
    // Where the script says, for screen readers too, that a link was copied.
    const notice = $('[role="status"]');
    expect(notice.length).toBe(1);
    expect(notice.attr('data-message')).toBe(t('Links.copied'));
  });

  test('its Share button stays hidden until the script offers it', () => {
    const share = named($, $('main'), 'button', t('Links.share'));
    expect(share.length).toBe(1);
    expect(share.is('[hidden]')).toBe(true);
    expect(share.attr('data-share-url')).toBe(absolute(path));
    expect(share.attr('data-share-title')).toBe(shown('title'));
  });

  test('shows the date it was issued, under the title, at the precision it is known', () => {
    const issued = $('h1 + .statement__issued');
    expect(textOf(issued)).toBe(`${t('Statement.issued')} ${issuedAsRead(statement.issued, locale)}`);
    expect(issued.find('time').attr('datetime')).toBe(statement.issued);
  });

  test('shows the letterhead, the closing and the signature', () => {
    const letterhead = $('main .letterhead');
    expect(letterhead.find('[lang="sv"]').text()).toBe(t('Letterhead.properName'));
    const lines = letterhead
      .find('p, span')
      .toArray()
      .map((line) => textOf($(line)));
    for (const key of ['Letterhead.description', 'Letterhead.name', 'Letterhead.location'] as const) {
      expect(lines, key).toContain(t(key));
    }
    expect(lines).toContain(t('Letterhead.founded', {founded: new Date(Date.UTC(2003, 0, 1))}));
    const signature = $('main .signature p')
      .toArray()
      .map((line) => textOf($(line)));
    expect(signature).toEqual([shown('closing'), shown('signatory'), shown('association')]);
  });

  test('gives the contact block with address, and phone, e-mail and website links', () => {
    const address = textOf($('footer address'));
    for (const key of ['Contact.careOf', 'Contact.street', 'Contact.region'] as const) {
      expect(address).toContain(t(key));
    }
    const links = $('footer address a')
      .toArray()
      .map((link) => [textOf($(link)), link.attribs.href]);
    expect(links).toEqual([
      ['www.karabakh.se', 'http://www.karabakh.se'],
      ['+46 73 704 39 63', 'tel:+46737043963'],
      ['amirhashimi@karabakh.se', 'mailto:amirhashimi@karabakh.se'],
    ]);
  });

  const note = $('.statement__issued + .translation-note');
  if (locale !== statement.original) {
    test('says under its date that it translates the original, which prevails, and links to it', () => {
      const expected = translationNote(locale, statement.original);
      expect(textOf(note)).toBe(expected.text);
      const link = named($, note, 'a', expected.link);
      expect(link.length).toBe(1);
      expect(link.attr('href')).toBe(statementAddress(statement.original, statement.id));
      expect(link.attr('hreflang')).toBe(statement.original);
    });
  } else {
    test('says under its date that it is the original, and links each translation in that language’s name', () => {
      const translations = locales.filter((other) => other !== locale && statement.locales.includes(other));
      expect(textOf(note)).toContain(t(translations.length ? 'Translation.original' : 'Translation.originalOnly'));
      const links = note
        .find('a')
        .toArray()
        .map((link) => [textOf($(link)), link.attribs.href, link.attribs.lang]);
      expect(links).toEqual(
        translations.map((translation) => [
          ownName(translation),
          statementAddress(translation, statement.id),
          translation,
        ]),
      );
    });
  }
});
