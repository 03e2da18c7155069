import {describe, expect, test} from 'vitest';
import type {Collection} from '@/lib/content/collection';
import {formatStatement} from '@/lib/content/format';
import {fixtureContent, siteContent} from '../support/content';
import {translatorFor} from '../support/messages';
import {FIXTURE_STATEMENTS, SITE_STATEMENTS} from '../support/editor';
import {normalizeText, parseReceived, receivedFile, receivedText, sentences} from '../support/received';

// Every statement's original language renders the text the association sent,
// word for word, against its own fixture of the received text.
const collections: [name: string, collection: Collection, statements: string][] = [
  ['site', siteContent, SITE_STATEMENTS],
  ['fixture', fixtureContent, FIXTURE_STATEMENTS],
];

for (const [name, collection, statements] of collections) {
  describe.each(collection.statements.map((statement) => [statement.id, statement] as const))(
    `${name} statement %s, in its original language`,
    (id, statement) => {
      const received = receivedText(statements, id);
      const rendered = formatStatement(collection, statement, statement.originalLocale);

      test('has its received text as a fixture', () => {
        expect(received, receivedFile(statements, id)).toBeDefined();
      });

      test('renders the paragraphs word for word, sentence by sentence', () => {
        const paragraphs = rendered.paragraphs.map(({text}) => normalizeText(text));
        expect(sentences(paragraphs)).toEqual(sentences(received?.paragraphs ?? []));
        // The same sentences, also in the same paragraphs.
        expect(paragraphs).toEqual(received?.paragraphs);
      });

      test('has the original title, closing and signature', () => {
        expect([rendered.title, rendered.closing, rendered.signatory, rendered.association]).toEqual([
          received?.title,
          received?.closing,
          received?.signatory,
          received?.association,
        ]);
      });
    },
  );

  // The footer shows the association's contact block on every page; where a
  // letter carries one, it must be the one the site shows in that language.
  // Only those letters have the test: many carry no contact block.
  const withContact = collection.statements.flatMap((statement) => {
    const contact = receivedText(statements, statement.id)?.contact ?? [];
    return contact.length > 0 ? [[statement.id, statement, contact] as const] : [];
  });
  describe.each(withContact)(`${name} statement %s, whose letter has a contact block`, (_, statement, contact) => {
    test('shows the contact block of the letter', () => {
      const t = translatorFor(statement.originalLocale);
      expect([
        t('Contact.careOf'),
        t('Contact.street'),
        t('Contact.region'),
        t('Contact.website'),
        `${t('Contact.phoneLabel')} ${t('Contact.phone')}`,
        t('Contact.email'),
      ]).toEqual(contact);
    });
  });
}

test('the received text is read with a paragraph split by a page break joined back', () => {
  const received = parseReceived(
    [
      'Letterhead',
      '---',
      '## **Title**',
      'One. Two runs on',
      'after the break.',
      'Next.',
      '**Yours,**',
      '**Name**',
      '**Org**',
    ].join('\n\n'),
  );
  expect(received).toEqual({
    title: 'Title',
    paragraphs: ['One. Two runs on after the break.', 'Next.'],
    closing: 'Yours,',
    signatory: 'Name',
    association: 'Org',
    contact: [],
  });
});
