import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {formatStatement} from '@/lib/content/format';
import {collections} from '../support/content';

// Grammar that depends on a figure: Azerbaijani types case and ordinal endings
// after formatted figures ("750 min" + "dən", "2020" + "-ci il"), and other
// languages agree nouns with numbers. A changed figure, date or format could
// break such a sentence without any message changing. So every version of
// every statement is rendered with its real arguments, as the pages render it,
// and compared with a reviewed rendering kept in tests/unit/renderings/: any
// change shows the new sentences to a person before they ship. Once a
// translator has read and approved them: npx vitest run tests/unit/renderings.test.ts -u
// (the file first: `-u` takes a value, and would take the file's name for one and run every test).

const versions = collections.flatMap(([name, collection]) =>
  collection.statements.flatMap((statement) =>
    statement.locales.map((locale) => ({name, collection, statement, locale})),
  ),
);

describe.each(versions)('$name $statement.id $locale', ({name, collection, statement, locale}) => {
  test('renders as reviewed', async () => {
    const text = formatStatement(collection, statement, locale);
    const blocks: [key: string, text: string][] = [
      ['title', text.title],
      ['description', text.description],
      ...text.corrections.map(({day, text}): [string, string] => [`corrections.${day.iso}`, text]),
      ...text.paragraphs.map(({id, text}): [string, string] => [`paragraphs.${id}`, text]),
      ['closing', text.closing],
      ['signatory', text.signatory],
      ['association', text.association],
    ];
    const rendering = blocks.map(([key, text]) => `## ${key}\n${text}\n`).join('\n');
    await expect(rendering).toMatchFileSnapshot(path.join('renderings', name, statement.id, `${locale}.txt`));
  });
});
