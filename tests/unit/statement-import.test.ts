import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Document, HeadingLevel, Packer, Paragraph, TextRun} from 'docx';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {loadCollection} from '@/lib/content/collection';
import {formatStatement} from '@/lib/content/format';
import {main as statementImport} from '../../scripts/editor/statement-import.mjs';
import {callEditorCommand, filesIn, EDITOR_COMMAND_TIMEOUT, readJson, runEditorCommand} from '../support/editor';
import {normalizeText, receivedText} from '../support/received';

// npm run statement:import, called in-process against a scratch statements
// folder (one test runs it as the editor does, a Node process): a test never
// writes into messages/.

// A letter and the entry an editor wrote from it by hand (tests/fixtures/letters/README.md).
const letters = path.join(__dirname, '..', 'fixtures', 'letters');
const handWritten = 'first-letter';
const letter = path.join(letters, handWritten, 'received.md');

let scratch: string;
let content: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'statement-import-'));
  content = path.join(scratch, 'statements');
  mkdirSync(content);
});
afterEach(() => rmSync(scratch, {recursive: true, force: true}));

const run = (...args: string[]) =>
  callEditorCommand('statement:import', statementImport, [...args, '--content', content]);

type Entry = {issued: string; issuedNote?: string; paragraphs: string[]; arguments: Record<string, unknown>};
type Text = {title: string; description: string; paragraphs: Record<string, string>} & Record<string, unknown>;

/**
 * The messages with every argument renamed by its first appearance ($1, $2, ...), and the values under those
 * names: two statements that differ only in their argument names come out the same.
 */
function byAppearance(entry: Entry, text: Text) {
  const names = new Map<string, string>();
  const messages = entry.paragraphs.map((id) =>
    (text.paragraphs[id] ?? '').replace(/\{([a-zA-Z][a-zA-Z0-9]*),/g, (_, name: string) => {
      if (!names.has(name)) names.set(name, `$${names.size + 1}`);
      return `{${names.get(name)},`;
    }),
  );
  const values = Object.fromEntries([...names].map(([name, renamed]) => [renamed, entry.arguments[name]]));
  return {messages, values};
}

describe('npm run statement:import', () => {
  test('imports a letter as the entry and English text an editor wrote by hand, but for names and what the letter does not say', async () => {
    const {status} = await run(letter, '--original', 'en', '--id', '2023-09-imported');
    expect(status).toBe(0);
    const folder = path.join(content, '2023-09-imported');
    expect(readFileSync(path.join(folder, 'received.md'), 'utf8')).toBe(readFileSync(letter, 'utf8'));
    const imported = {
      entry: readJson(path.join(folder, 'statement.json')) as Entry,
      text: readJson(path.join(folder, 'en.json')) as Text,
    };
    const byHand = {
      entry: readJson(path.join(letters, handWritten, 'statement.json')) as Entry,
      text: readJson(path.join(letters, handWritten, 'en.json')) as Text,
    };
    // Allowed to differ by name only: the paragraph ids and the argument names, which an editor chooses (the
    // import proposes them from the words and the kind of figure); the comparison is by position and by first
    // appearance, so one argument for two, or two for one, would still show.
    expect(imported.entry.paragraphs).toHaveLength(byHand.entry.paragraphs.length);
    const mine = byAppearance(imported.entry, imported.text);
    const theirs = byAppearance(byHand.entry, byHand.text);
    expect(mine.messages).toEqual(theirs.messages);
    expect({...imported.text, paragraphs: {}, description: ''}).toEqual({
      ...byHand.text,
      paragraphs: {},
      description: '',
    });

    // Allowed to differ in value, because the letter does not say what the editor wrote:
    // - "issued": the letter has no dateline; the editor worked out the month (issuedNote).
    expect(imported.entry.issued).toMatch(/^TODO/);
    expect(imported.entry).not.toHaveProperty('issuedNote');
    // - "September 19" ($2) has no year in the letter; the editor knew it was 2023.
    expect(mine.values.$2).toEqual({date: 'TODO: YYYY-09-19, the letter gives no year'});
    expect(theirs.values.$2).toEqual({date: '2023-09-19'});
    // - the description is the editor's: no letter has one.
    expect(imported.text.description).toBe('');
    // Every other figure and date is the same.
    expect({...mine.values, $2: null}).toEqual({...theirs.values, $2: null});
  });

  test('what it writes renders the letter word for word once the editor has written what the letter does not say', async () => {
    await run(letter, '--original', 'en', '--id', '2023-09-imported');
    const folder = path.join(content, '2023-09-imported');
    const entry = readJson(path.join(folder, 'statement.json')) as Entry;
    const text = readJson(path.join(folder, 'en.json')) as Text;
    // What the command printed as left for the editor, written as the editor would.
    const day = Object.keys(entry.arguments).find((name) => JSON.stringify(entry.arguments[name]).includes('TODO'));
    writeFileSync(
      path.join(folder, 'statement.json'),
      JSON.stringify({
        ...entry,
        issued: '2023-09',
        issuedNote: 'no dateline',
        arguments: {...entry.arguments, [day ?? '']: {date: '2023-09-19'}},
      }),
    );
    writeFileSync(path.join(folder, 'en.json'), JSON.stringify({...text, description: 'A statement.'}));
    const collection = loadCollection(content);
    const [statement] = collection.statements;
    if (!statement) throw new Error('the imported statement does not load');
    const rendered = formatStatement(collection, statement, 'en');
    const received = receivedText(letters, handWritten);
    expect(rendered.paragraphs.map(({text: paragraph}) => normalizeText(paragraph))).toEqual(received?.paragraphs);
    expect([rendered.title, rendered.closing, rendered.signatory, rendered.association]).toEqual([
      received?.title,
      received?.closing,
      received?.signatory,
      received?.association,
    ]);
  });
});

/** A small Word letter, written as Word writes one: a letterhead, a dateline, a heading, paragraphs, a signature. */
async function wordLetter(file: string, paragraphs: string[]) {
  const line = (text: string, bold = false) => new Paragraph({children: [new TextRun({text, bold})]});
  const document = new Document({
    sections: [
      {
        children: [
          line('Azerbajdzjanska Kulturföreningen', true),
          line('KARABAKH', true),
          line('Stockholm, March 3, 2024'),
          new Paragraph({heading: HeadingLevel.HEADING_1, children: [new TextRun('Statement on the mine victims')]}),
          ...paragraphs.map((text) => line(text)),
          line('Yours,', true),
          line('Abdulla Amir Hashimi', true),
          line('Azerbaijani Cultural Association in Stockholm - KARABAKH', true),
        ],
      },
    ],
  });
  writeFileSync(file, await Packer.toBuffer(document));
}

describe('npm run statement:import, a Word letter', () => {
  test('proposes the id from the dateline and title, the issued day, the parts, every figure and date', async () => {
    const file = path.join(scratch, 'letter.docx');
    await wordLetter(file, [
      'On February 24, 2024, more than 2,500 people met in 12 cities of Sweden.',
      'Since 2020, 1.5 million people have signed the appeal, and 750 thousand of them in the last 2 years.',
    ]);
    const {status, stdout} = await run(file, '--original', 'en');
    expect(status).toBe(0);
    const id = '2024-03-statement-on-the-mine-victims';
    expect(filesIn(content)).toEqual(
      [id, `${id}/en.json`, `${id}/received.md`, `${id}/statement.json`].map((f) => f.split('/').join(path.sep)),
    );
    expect(readJson(path.join(content, id, 'statement.json'))).toEqual({
      issued: '2024-03-03',
      original: 'en',
      paragraphs: ['met-city', 'signed-appeal'],
      arguments: {
        date1: {date: '2024-02-24'},
        figure1: 2500,
        figure2: 12,
        year1: 2020,
        figure3: 1500000,
        figure4: 750000,
        figure5: 2,
      },
    });
    expect(readJson(path.join(content, id, 'en.json'))).toEqual({
      title: 'Statement on the mine victims',
      description: '',
      paragraphs: {
        'met-city':
          'On {date1, date, long}, more than {figure1, number} people met in {figure2, number} cities of Sweden.',
        'signed-appeal':
          'Since {year1, number, ::group-off}, {figure3, number, ::compact-long} people have signed the appeal, and ' +
          '{figure4, number, ::compact-long} of them in the last {figure5, plural, one {# year} other {# years}}.',
      },
      closing: 'Yours,',
      signatory: 'Abdulla Amir Hashimi',
      association: 'Azerbaijani Cultural Association in Stockholm - KARABAKH',
    });
    expect(readFileSync(path.join(content, id, 'received.md'), 'utf8')).toBe(
      [
        'Azerbajdzjanska Kulturföreningen',
        'KARABAKH',
        'Stockholm, March 3, 2024',
        '---',
        '## Statement on the mine victims',
        'On February 24, 2024, more than 2,500 people met in 12 cities of Sweden.',
        'Since 2020, 1.5 million people have signed the appeal, and 750 thousand of them in the last 2 years.',
        '**Yours,**',
        '**Abdulla Amir Hashimi**',
        '**Azerbaijani Cultural Association in Stockholm - KARABAKH**\n',
      ].join('\n\n'),
    );
    expect(stdout).toContain('dateline     Stockholm, March 3, 2024 (issued 2024-03-03)');
    expect(stdout).toContain('"1.5 million" -> {figure3, number, ::compact-long}, 1500000');
    expect(stdout).toContain('the description');
  });

  test('writes each ordinal as a selectordinal, and the statement renders the letter word for word', async () => {
    const file = path.join(scratch, 'ordinals.docx');
    const paragraphs = [
      'On the 30th anniversary, 2,500 people met for the 3rd time (the 1st was in 1994).',
      'It was their 11th, 12th and 22nd meeting in Stockholm: the 21st of the year 2024.',
      'They met again on March 3rd, for the 4rd time as the letter writes it.',
    ];
    await wordLetter(file, paragraphs);
    const {status, stdout} = await run(file, '--original', 'en', '--description', 'Of the anniversary.');
    expect(status).toBe(0);
    const id = '2024-03-statement-on-the-mine-victims';
    const ordinal = (name: string) =>
      `{${name}, selectordinal, one {{${name}}st} two {{${name}}nd} few {{${name}}rd} other {{${name}}th}}`;
    expect((readJson(path.join(content, id, 'en.json')) as Text).paragraphs).toEqual({
      'anniversary-people': `On the ${ordinal('ordinal1')} anniversary, {figure1, number} people met for the ${ordinal('ordinal2')} time (the ${ordinal('ordinal3')} was in {year1, number, ::group-off}).`,
      'again-march': `They met again on March ${ordinal('ordinal8')}, for the {ordinal9, number, ::group-off}rd time as the letter writes it.`,
      'meeting-stockholm': `It was their ${ordinal('ordinal4')}, ${ordinal('ordinal5')} and ${ordinal('ordinal6')} meeting in Stockholm: the ${ordinal('ordinal7')} of the year {year2, number, ::group-off}.`,
    });
    expect((readJson(path.join(content, id, 'statement.json')) as Entry).arguments).toEqual({
      ordinal1: 30,
      figure1: 2500,
      ordinal2: 3,
      ordinal3: 1,
      year1: 1994,
      ordinal4: 11,
      ordinal5: 12,
      ordinal6: 22,
      ordinal7: 21,
      year2: 2024,
      ordinal8: 3,
      ordinal9: 4,
    });
    expect(stdout).toContain('"21st" -> ' + ordinal('ordinal7') + ', 21');
    // A day as an ordinal is an ordinal; an ending its figure does not take is the letter's, kept.
    expect(stdout).toContain('"3rd" -> ' + ordinal('ordinal8') + ', 3');
    expect(stdout).toContain('"4rd" -> {ordinal9, number, ::group-off}rd, 4');
    const collection = loadCollection(content);
    const [statement] = collection.statements;
    if (!statement) throw new Error('the imported statement does not load');
    expect(formatStatement(collection, statement, 'en').paragraphs.map(({text}) => text)).toEqual(paragraphs);
  });
});

describe('npm run statement:import, a signature typed on consecutive lines', () => {
  // Test letters: a title, a paragraph, then the closing, the signatory and the association on consecutive lines.
  const letters = {
    sv: ['Testrubrik', 'Föreningen höll i dag ett möte med sina medlemmar i Stockholm.'],
    en: ['Test title', 'The association held a meeting with its members in Stockholm today.'],
    az: ['Sınaq başlığı', 'Cəmiyyət bu gün Stokholmda üzvləri ilə görüş keçirdi.'],
  } as const;
  const signatures = {
    sv: ['Test Testsson', 'Testföreningen i Stockholm'],
    en: ['Test Testerson', 'Test Association in Stockholm'],
    az: ['Sınaq Sınaqov', 'Sınaq Cəmiyyəti'],
  } as const;
  const imported = async (locale: keyof typeof letters, name: string, text: string) => {
    const file = path.join(scratch, name);
    writeFileSync(file, text);
    const result = await run(file, '--original', locale, '--id', '2024-03-test');
    expect(result.stderr).toBe('');
    const folder = path.join(content, '2024-03-test');
    return {
      ...result,
      text: readJson(path.join(folder, `${locale}.json`)) as Text,
      received: readFileSync(path.join(folder, 'received.md'), 'utf8'),
    };
  };

  test.each([
    ['sv', 'Med vänliga hälsningar'],
    ['sv', 'Vänliga hälsningar'],
    ['sv', 'Hälsningar'],
    ['en', 'Yours,'],
    ['en', 'Yours sincerely,'],
    ['en', 'Best regards,'],
    ['az', 'Hörmətlə,'],
    ['az', 'Səmimi hörmətlə'],
  ] as const)(
    'a %s text letter closing "%s" gives the closing, the signatory and the association',
    async (locale, closing) => {
      const [title, paragraph] = letters[locale];
      const [signatory, association] = signatures[locale];
      const letter = [title, '', paragraph, '', closing, signatory, association, ''].join('\n');
      const {status, stdout, text, received} = await imported(locale, 'letter.txt', letter);
      expect(status).toBe(0);
      expect(text).toMatchObject({title, closing, signatory, association});
      expect(received).toBe(
        [`## ${title}`, paragraph, `**${closing}**`, `**${signatory}**`, `**${association}**\n`].join('\n\n'),
      );
      expect(stdout).toContain(`  signatory    ${signatory}\n  association  ${association}\n`);
      expect(stdout).not.toMatch(/the (closing|signatory|association)$/m);
    },
  );

  test('a signatory with an initial, and contact lines typed on after the association as the contact block', async () => {
    const letter =
      'Test title\n\nThe association held a meeting with its members.\n\nKind regards,\nTesterson T.\nTest Association\nTel: 0\n';
    const {text, received} = await imported('en', 'contact.txt', letter);
    expect(text).toMatchObject({
      closing: 'Kind regards,',
      signatory: 'Testerson T.',
      association: 'Test Association',
    });
    expect(received).toContain('**Test Association**\n\n---\n\nTel: 0\n');
  });

  test('a closing typed straight after the last sentence of the last paragraph', async () => {
    const letter =
      'Test title\n\nThe association held a meeting with its members.\nSincerely,\nTest Testerson\nTest Association\n';
    const {text} = await imported('en', 'after.txt', letter);
    expect(Object.values(text.paragraphs)).toEqual(['The association held a meeting with its members.']);
    expect(text).toMatchObject({
      closing: 'Sincerely,',
      signatory: 'Test Testerson',
      association: 'Test Association',
    });
  });

  // Markdown's line breaks inside a paragraph: none, two spaces, a backslash; bold lines, or one bold run.
  test.each([
    ['single line breaks', '**Yours,**\n**Test Testerson**\n**Test Association**'],
    ['two-space hard breaks', '**Yours,**  \n**Test Testerson**  \n**Test Association**'],
    ['backslash hard breaks', '**Yours,**\\\n**Test Testerson**\\\n**Test Association**'],
    ['one bold run over hard breaks', '**Yours,  \nTest Testerson  \nTest Association**'],
    ['no bold', 'Yours,\nTest Testerson\nTest Association'],
  ])('a Markdown letter, %s', async (_, signature) => {
    const parts = {closing: 'Yours,', signatory: 'Test Testerson', association: 'Test Association'};
    const body = '## Test title\n\nThe association held a meeting with its members.\n\n';
    // As typed (a heading, no letterhead), and in the layout of received.md, which the import keeps as it is.
    const typed = await imported('en', 'typed.md', `${body}${signature}\n`);
    expect(typed.text).toMatchObject(parts);
    expect(typed.received).toContain('\n\n**Yours,**\n\n**Test Testerson**\n\n**Test Association**\n');
    rmSync(path.join(content, '2024-03-test'), {recursive: true});
    const laidOut = await imported('en', 'received.md', `Test letterhead\n\n---\n\n${body}${signature}\n`);
    expect(laidOut.text).toMatchObject(parts);
  });

  test("the seed letter as received, its signature's bold lines on consecutive lines", async () => {
    const seed = readFileSync(letter, 'utf8');
    const signature =
      '**Yours,**\n\n**Abdulla Amir Hashimi**\n\n**Azerbaijani Cultural Association in Stockholm - KARABAKH**';
    expect(seed).toContain(signature);
    const {text} = await imported('en', 'seed.md', seed.replace(signature, signature.replaceAll('\n\n', '\n')));
    expect(text).toMatchObject({
      closing: 'Yours,',
      signatory: 'Abdulla Amir Hashimi',
      association: 'Azerbaijani Cultural Association in Stockholm - KARABAKH',
    });
  });

  test('a Word letter with the signature in one paragraph, on soft line breaks', async () => {
    const file = path.join(scratch, 'soft.docx');
    const lines = ['Yours,', 'Test Testerson', 'Test Association'];
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({heading: HeadingLevel.HEADING_1, children: [new TextRun('Test title')]}),
            new Paragraph('The association held a meeting with its members.'),
            new Paragraph({children: lines.map((text, index) => new TextRun({text, break: index > 0 ? 1 : 0}))}),
          ],
        },
      ],
    });
    writeFileSync(file, await Packer.toBuffer(document));
    await run(file, '--original', 'en', '--id', '2024-03-test');
    expect(readJson(path.join(content, '2024-03-test', 'en.json'))).toMatchObject({
      closing: 'Yours,',
      signatory: 'Test Testerson',
      association: 'Test Association',
    });
  });
});

describe('npm run statement:import, a paragraph with line breaks is not a signature', () => {
  const paragraphsOf = async (name: string, locale: 'sv' | 'en', text: string) => {
    const file = path.join(scratch, name);
    writeFileSync(file, text);
    expect((await run(file, '--original', locale, '--id', '2024-03-test')).status).toBe(0);
    const written = readJson(path.join(content, '2024-03-test', `${locale}.json`)) as Text;
    return {paragraphs: Object.values(written.paragraphs), closing: written.closing, signatory: written.signatory};
  };

  // Each a last paragraph with a line that is a closing, read as the one paragraph it is.
  test.each([
    [
      'a closing word inside a sentence',
      'sv',
      ['Föreningen skickar sina', 'hälsningar', 'till alla medlemmar i hela Sverige.'],
    ],
    [
      'a closing word in mid-sentence, a name after it',
      'en',
      ['We send our', 'regards,', 'Linda Test and the board of', 'the association, to all the members.'],
    ],
    [
      'a closing word that goes on with the sentence',
      'en',
      ['We thank everyone who came to the meeting.', 'Sincerely,', 'we hope to see you all again.'],
    ],
    [
      'a closing line followed by a sentence, not a name',
      'en',
      ['The association met with its members.', 'Regards,', 'The board sent them to all who came.'],
    ],
  ] as const)('%s', async (_, locale, lines) => {
    const text = `Test title\n\n${lines.join('\n')}\n`;
    expect(await paragraphsOf('paragraph.txt', locale, text)).toEqual({
      paragraphs: [lines.join(' ')],
      closing: '',
      signatory: '',
    });
  });

  test.each([
    ['letter.txt', 'Test title'],
    ['received.md', 'Test letterhead\n\n---\n\n## Test title'],
  ])('a closing line in a paragraph that more paragraphs follow (%s)', async (name, head) => {
    const paragraphs = [
      'The association met with its members.\nYours,\nTest Testerson\nwrote down what was said.',
      'The meeting ended late in the evening with music.',
    ];
    expect(await paragraphsOf(name, 'en', `${head}\n\n${paragraphs.join('\n\n')}\n`)).toEqual({
      paragraphs: paragraphs.map((paragraph) => paragraph.replaceAll('\n', ' ')),
      closing: '',
      signatory: '',
    });
  });
});

describe('npm run statement:import, what the editor adds', () => {
  test('--description writes the description, which is then not left for the editor', async () => {
    const file = path.join(scratch, 'described.docx');
    await wordLetter(file, ['On February 24, 2024, more than 2,500 people met in 12 cities of Sweden.']);
    const {status, stdout} = await run(file, '--original', 'en', '--description', '  Of the meeting in Sweden. ');
    expect(status).toBe(0);
    const id = '2024-03-statement-on-the-mine-victims';
    expect(readJson(path.join(content, id, 'en.json'))).toMatchObject({description: 'Of the meeting in Sweden.'});
    expect(stdout).not.toContain('the description');
    expect(stdout).toContain('Not in the letter, left for you:\n  nothing\n');
  });

  test('the same letter imported under another id is imported, with a note naming the first', async () => {
    const file = path.join(scratch, 'twice.docx');
    await wordLetter(file, ['On February 24, 2024, more than 2,500 people met in 12 cities of Sweden.']);
    expect((await run(file, '--original', 'en')).status).toBe(0);
    const again = await run(file, '--original', 'en', '--id', '2024-03-second-copy');
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('statement 2024-03-statement-on-the-mine-victims was imported from the same letter');
  });
});

describe('npm run statement:import refuses, naming the problem, and writes nothing', () => {
  const write = (name: string, text: string | Buffer) => {
    const file = path.join(scratch, name);
    writeFileSync(file, text);
    return file;
  };
  const refused = async (file: string, message: RegExp, ...args: string[]) => {
    const before = filesIn(content);
    const result = await run(file, '--original', 'en', ...args);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(filesIn(content)).toEqual(before);
  };
  const prose = 'The association met on March 3, 2024 in Stockholm with its members.';

  test('an empty file', () => refused(write('empty.txt', '\n \n'), /empty\.txt is empty/));
  test('a letter without a title', () =>
    refused(write('untitled.txt', `${prose}\n\nYours,\n`), /line 1: the letter has no title/));
  test('a PDF, saying how to export it', () =>
    refused(
      write('letter.pdf', '%PDF-1.7\n%âãÏÓ\n'),
      /letter\.pdf is a PDF[\s\S]*Save As > Word Document[\s\S]*Save As Text/,
    ));
  test('a PDF named .docx', () => refused(write('letter.docx', '%PDF-1.7\n'), /letter\.docx is a PDF/));
  test('a binary that is not Word', () =>
    refused(
      write('letter.docx', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2])),
      /letter\.docx is not a Word document \(a \.docx file is a zip archive; this is not\)/,
    ));
  test('a zip that is not Word', () =>
    refused(
      write('letter.docx', Buffer.from('PK\u0003\u0004 not really a zip', 'latin1')),
      /not a Word document that can be read/,
    ));
  test('a figure it cannot place, with its line', () =>
    refused(
      write('code.txt', `Letterhead\n\nTitle of it\n\n${prose}\nIt met in room B12 in 2024.\n\nYours,\n`),
      /line 6: "B12": a figure the import cannot write as an argument/,
      '--id',
      '2024-03-code',
    ));
  test('a date that does not exist', () =>
    refused(
      write('day.txt', `Title of it\n\nThe association met on February 30, 2024 in Stockholm, all of it.\n`),
      /line 3: "February 30, 2024": not a day that exists/,
      '--id',
      '2024-02-day',
    ));
  test('a letter without a dateline and no --id, proposing one', () =>
    refused(write('nodate.txt', `Title of it\n\n${prose}\n`), /no dateline[\s\S]*--id YYYY-MM-title-of-it/));
  test('an id that exists', async () => {
    cpSync(path.join(letters, handWritten), path.join(content, '2023-09-imported'), {recursive: true});
    await refused(letter, /already exists/, '--id', '2023-09-imported');
  });
});

test(
  'as a command: imports the letter with exit code 0, printing what it recognised and the next steps',
  () => {
    const result = runEditorCommand('statement-import.mjs', [
      letter,
      '--original',
      'en',
      '--id',
      '2023-09-imported',
      '--content',
      content,
    ]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Imported statement 2023-09-imported, written in en/);
    expect(result.stdout).toContain('paragraphs   9 (1 cut by a page break, joined)');
    expect(result.stdout).toContain('"750 thousand" -> {figure6, number, ::compact-long}, 750000');
    expect(result.stdout).toContain('the year of "September 19" (date1): the letter gives none');
    expect(result.stdout).toContain('Next steps');
    expect(filesIn(content)).toContain(path.join('2023-09-imported', 'received.md'));
  },
  EDITOR_COMMAND_TIMEOUT,
);
