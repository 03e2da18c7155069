// npm run statement:new -- <id> --original <locale> [--issued YYYY-MM-DD|YYYY-MM]
//                          [--content <dir>]
//
// Starts a new statement: its entry, the file of its original language and the
// template of its received text. Nothing in them is invented. Every field the
// editor has to supply is left empty (or, for an unknown date, a placeholder
// that is not a date), so the build refuses the statement, naming the file and
// the field, until all of it is written: a half-done statement cannot ship.
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {
  checkStatementId,
  EditorError,
  ENTRY_FILE,
  formatJson,
  isIssuedDate,
  isLocale,
  isMain,
  locales,
  RECEIVED_FILE,
  run,
  STATEMENTS_DIRECTORY,
} from './project.mjs';

const usage =
  'usage: npm run statement:new -- <id> --original <locale> [--issued YYYY-MM-DD|YYYY-MM] [--content <dir>]';

const ISSUED_PLACEHOLDER = 'TODO: YYYY-MM-DD, or YYYY-MM with an issuedNote saying why the day is not known';
const FIRST_PARAGRAPH = 'first-paragraph';

/** @typedef {ReturnType<typeof parseRequest>} Request */

/**
 * The checked request, or an EditorError saying what is wrong with it.
 * @param {string[]} args
 */
function parseRequest(args) {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      original: {type: 'string'},
      issued: {type: 'string'},
      content: {type: 'string'},
    },
  });
  if (positionals.length !== 1) throw new EditorError(`give exactly one statement id\n${usage}`);
  const [id = ''] = positionals;
  checkStatementId(id);
  const {original} = values;
  if (original === undefined) throw new EditorError(`say which language the statement was written in\n${usage}`);
  if (!isLocale(original)) {
    throw new EditorError(`--original ${original} is not a language of the site: ${locales.join(', ')}`);
  }
  const {issued} = values;
  if (issued !== undefined && !isIssuedDate(issued)) {
    throw new EditorError(`--issued ${issued} is not a day (YYYY-MM-DD) or month (YYYY-MM) that exists`);
  }
  return {id, original, issued, contentDirectory: path.resolve(values.content ?? STATEMENTS_DIRECTORY)};
}

/**
 * statement.json: nothing the editor has not given, so the build fails until it is complete.
 * @param {Pick<Request, 'original' | 'issued'>} request
 */
export function entrySkeleton({original, issued}) {
  return {
    issued: issued ?? ISSUED_PLACEHOLDER,
    // A month needs its reason; an empty one is refused like a missing one.
    ...(issued?.length === 7 ? {issuedNote: ''} : {}),
    original,
    paragraphs: [FIRST_PARAGRAPH],
    arguments: {},
  };
}

/** <original>.json: every text empty, which the loader refuses (each must be at least one character). */
const textSkeleton = {
  title: '',
  description: '',
  paragraphs: {[FIRST_PARAGRAPH]: ''},
  closing: '',
  signatory: '',
  association: '',
};

// The received-text template, in the layout tests/support/received.ts reads. Each
// placeholder ends a sentence: a line that does not is read as running on into the next.
const receivedTemplate = `replace with the letterhead as printed on the letter, one line each

---

## replace with the title, exactly as received

replace with the first paragraph, exactly as received.

replace with each further paragraph, a blank line between paragraphs (one paragraph here per id in statement.json).

**replace with the closing, e.g. Yours,**

**replace with the name of the signatory**

**replace with the name of the association**

---

replace with the contact block as printed: the site footer's six lines (c/o, street, region, website, Tel: phone, e-mail; docs/publishing.md, "The received text"), or, if the letter has none, delete it and the --- line above it
`;

/**
 * Writes the three files; refuses, before writing anything, if the statement exists.
 * @param {Request} request
 */
async function scaffold(request) {
  const {id, original, contentDirectory} = request;
  if (!existsSync(contentDirectory)) throw new EditorError(`${contentDirectory} does not exist`);
  const folder = path.join(contentDirectory, id);
  if (existsSync(folder)) throw new EditorError(`${folder} already exists: statement ${id} has been started`);
  const files = {
    entry: path.join(folder, ENTRY_FILE),
    text: path.join(folder, `${original}.json`),
    received: path.join(folder, RECEIVED_FILE),
  };
  /** @type {[string, string][]} */
  const contents = [
    [files.entry, await formatJson(entrySkeleton(request))],
    [files.text, await formatJson(textSkeleton)],
    [files.received, receivedTemplate],
  ];
  mkdirSync(folder);
  // `wx`: never over another file, even one created since the checks above.
  for (const [file, content] of contents) writeFileSync(file, content, {flag: 'wx'});
  return files;
}

/**
 * @param {Request} request
 * @param {Awaited<ReturnType<typeof scaffold>>} files
 */
function nextSteps({id, original, issued}, files) {
  /** @param {string} file */
  const shown = (file) => path.relative(process.cwd(), file);
  const translations = locales.filter((locale) => locale !== original);
  const issuedStep =
    issued === undefined
      ? '"issued": the day the statement is dated (YYYY-MM-DD), or, if the letter has no date, the month ' +
        '(YYYY-MM) and an "issuedNote" saying why the day is not known'
      : issued.length === 7
        ? '"issuedNote": why the day is not known'
        : `"issued" is ${issued}`;
  return [
    `Started statement ${id}, written in ${original}:`,
    ...Object.values(files).map((file) => `  ${shown(file)}`),
    '',
    'Next steps (docs/publishing.md explains each):',
    `  1. ${shown(files.received)}: the text exactly as the association sent it, in place of every "replace with" line.`,
    `  2. ${shown(files.entry)}: ${issuedStep};`,
    `     "paragraphs": one id per paragraph of the text, in order, in place of "${FIRST_PARAGRAPH}";`,
    '     "arguments": every figure and date of the text, e.g. {"killed": 67, "attackDate": {"date": "2023-09-19"}}.',
    `  3. ${shown(files.text)}: every empty "" text: title, description, one message per paragraph id`,
    '     (figures and dates as {killed, number}, {attackDate, date, long}), closing, signatory, association.',
    `  4. Translations: ${translations.map((locale) => `${locale}.json`).join(', ')} beside it, with the same paragraph ids;`,
    `     then, for each: npm run translations:accept -- ${id} <locale> --all`,
    '  5. Check: npm run translations:status, then npm run test:unit.',
    '',
    'Until every field is filled in, npm run build and npm run test:unit refuse the statement and name what is missing.',
  ].join('\n');
}

/** @param {string[]} args */
export async function main(args) {
  const request = parseRequest(args);
  const files = await scaffold(request);
  console.log(nextSteps(request, files));
  return 0;
}

if (isMain(import.meta)) await run('statement:new', main);
