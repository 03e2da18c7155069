// npm run rehearse [-- --states 1,2,3] [--skip-fixture-build] [--edge-ports <http>,<https>] [--keep]
//
// The README's steps of publishing, rehearsed as an editor goes through them,
// on scratch copies of the project in .rehearsal/ (git-ignored;
// scripts/support/project-copy.mjs), each with the letter the rehearsal writes
// (scripts/rehearsal/letters.mjs: test text, never in messages/ of the
// project), then the real site's suites on the result:
//   1. today's content and an English original imported from Word, newest, no translation yet;
//   2. the same, with its Swedish translation exported to XLIFF, translated
//      by the test as a CAT tool would (cat-tool.mjs) and imported;
//   3. today's content and an Azerbaijani original imported from text, newest.
// In each copy: npm run statement:import as README step 1 gives it, what the
// command prints as left for the editor written as the editor would (step 2),
// translation:export and translation:import (step 3), translations:status
// and the new statement's renderings (step 4), then npm run build, test:unit,
// test:built, the browser layer once (test:e2e's project of the real site:
// the fixture site's is content-independent and ran in npm test) and the
// edge (check:edge on the copy's build: nginx alone, every page of its
// sitemap, and the request table). Lint and typecheck are not run: no code
// changes with content. The fixture site the suites compare with is built
// once (or, with --skip-fixture-build, the one npm test has just built) and
// linked into each copy.
//
// Prints a table of each state's steps and their time, and exits 1 naming the
// state and step of every failure (the step's output is above it).
import {execFileSync, spawn} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {buildEntries, copyProject, root} from '../support/project-copy.mjs';
import {translateWithTestText} from './cat-tool.mjs';
import {dayAfterNewest, descriptionOf, writeTextLetter, writeWordLetter} from './letters.mjs';

const {values: options} = parseArgs({
  options: {
    states: {type: 'string', default: '1,2,3'},
    'skip-fixture-build': {type: 'boolean', default: false},
    'edge-ports': {type: 'string'},
    keep: {type: 'boolean', default: false},
  },
});

/** @typedef {'sv' | 'en' | 'az'} Locale */
/** @typedef {'original' | 'translated' | 'outdated' | 'missing'} Cell */
/**
 * @typedef {object} State
 * @property {string} name
 * @property {'word' | 'text'} letter
 * @property {'en' | 'az'} original
 * @property {Locale} [translation] into this language, from XLIFF
 * @property {Record<Locale, Cell>} status the new statement's row of translations:status
 */

/** @type {State[]} */
const states = [
  {
    name: '1 en original, no translation',
    letter: 'word',
    original: 'en',
    status: {sv: 'missing', en: 'original', az: 'missing'},
  },
  {
    name: '2 en original, sv from XLIFF',
    letter: 'word',
    original: 'en',
    translation: 'sv',
    status: {sv: 'translated', en: 'original', az: 'missing'},
  },
  {
    name: '3 az original, newest',
    letter: 'text',
    original: 'az',
    status: {sv: 'missing', en: 'missing', az: 'original'},
  },
];

/** The words a translator's tool writes in the rehearsal's translation: test text, saying so. */
const testTranslation = {sv: {marker: 'TESTÖVERSÄTTNING, aldrig publicerad', word: 'testtext', kept: ['signatory']}};

/** A step that failed: its message says what, its output is above. */
class StepFailure extends Error {
  /** @param {string} message @param {string} [output] what the step printed */
  constructor(message, output = '') {
    super(message);
    this.output = output;
  }
}

/** @type {{state: string, step: string, seconds: string, result: string, tests: string}[]} */
const rows = [];
/** @type {string[]} */
const failures = [];

/** @param {number} start a time of performance.now() */
const secondsSince = (start) => ((performance.now() - start) / 1000).toFixed(0);

/**
 * Runs `command` in `cwd`, its output shown as it comes and returned; a StepFailure when it fails.
 * @param {string} cwd
 * @param {string[]} command
 * @param {Record<string, string>} [env] besides the process's own
 * @returns {Promise<string>}
 */
function sh(cwd, [program = '', ...args], env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {cwd, stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, ...env}});
    /** @type {string[]} */
    const output = [];
    child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
      process.stdout.write(chunk);
      output.push(String(chunk));
    });
    child.stderr.on('data', (/** @type {Buffer} */ chunk) => process.stderr.write(chunk));
    child.on('close', (/** @type {number | null} */ code, /** @type {string | null} */ signal) => {
      if (code === 0) resolve(output.join(''));
      else reject(new StepFailure(`\`${[program, ...args].join(' ')}\` exited ${code ?? signal}`, output.join('')));
    });
  });
}

/**
 * What a suite's output says it ran: Vitest's "Tests  2 failed | 980 passed | 27 skipped (1009)", Playwright's
 * "e2e: 235 passed, 2 failed, 0 skipped" (tests/support/summary-reporter.ts).
 * @param {string} output
 */
function counts(output) {
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const vitest = /^\s*Tests\s+(.+?)\s*\(\d+\)\s*$/m.exec(plain)?.[1];
  const playwright = [...plain.matchAll(/^e2e: (.+)$/gm)].at(-1)?.[1];
  return (vitest ?? playwright ?? '').replaceAll(' | ', ', ');
}

/**
 * Runs one step of a state, timed, into the table with what its suite ran; false when it failed.
 * @param {string} state
 * @param {string} label
 * @param {() => Promise<unknown>} work
 */
async function step(state, label, work) {
  console.log(`\n=== rehearsal, state ${state}: ${label}`);
  const start = performance.now();
  let result = 'ok';
  let tests = '';
  try {
    const output = await work();
    tests = typeof output === 'string' ? counts(output) : '';
  } catch (error) {
    if (!(error instanceof StepFailure)) throw error;
    result = 'FAILED';
    failures.push(`state ${state}, step ${label}: ${error.message}`);
    console.error(`\n=== REHEARSAL FAILED: state ${state}, step ${label}: ${error.message}`);
    tests = counts(error.output);
  }
  rows.push({state, step: label, seconds: secondsSince(start), result, tests});
  return result === 'ok';
}

/**
 * The lines under "Not in the letter, left for you:" in statement:import's output, each item once.
 * @param {string} output
 */
function leftForEditor(output) {
  const [, block = ''] = /\nNot in the letter, left for you:\n([\s\S]*?)\n\n/.exec(output) ?? [];
  return block.split('\n').filter((line) => /^ {2}\S/.test(line));
}

/**
 * Step 2: writes what statement:import printed as left for the editor, as the editor would; a StepFailure for
 * anything the rehearsal's letter says, which the import should have read.
 * @param {string} folder
 * @param {'en' | 'az'} original
 * @param {string[]} items
 */
function writeWhatIsLeft(folder, original, items) {
  const unexpected = items.filter((item) => item !== '  nothing' && !item.startsWith('  the description'));
  if (unexpected.length > 0) {
    throw new StepFailure(`the import left for the editor what the letter says:\n${unexpected.join('\n')}`);
  }
  if (items.some((item) => item.startsWith('  the description'))) {
    // Written into the empty field, as the editor types it there.
    const file = path.join(folder, `${original}.json`);
    const text = readFileSync(file, 'utf8');
    const described = text.replace('"description": ""', `"description": ${JSON.stringify(descriptionOf(original))}`);
    if (described === text) throw new StepFailure(`${file} has no empty "description" to write`);
    writeFileSync(file, described);
  }
}

/**
 * Checks translations:status's output as the editor reads it: the new statement first (newest), its languages as
 * the state expects them, and the command's success.
 * @param {string} output
 * @param {string} id
 * @param {State} state
 */
function checkStatus(output, id, state) {
  const lines = output.split('\n');
  const header = lines.findIndex((line) => line.startsWith('statement '));
  const columns = lines[header]?.trim().split(/\s+/).slice(1) ?? [];
  const first = lines[header + 1]?.trim().split(/\s+/) ?? [];
  const found = JSON.stringify({statement: first[0], ...Object.fromEntries(columns.map((c, i) => [c, first[i + 1]]))});
  const expected = JSON.stringify({statement: id, ...state.status});
  if (found !== expected) {
    throw new StepFailure(`translations:status's first row is ${found}, not ${expected}`);
  }
}

/** @param {string[]} args */
const git = (...args) => execFileSync('git', args, {cwd: root, encoding: 'utf8'});

/**
 * A copy's own git repository, for the unit suite, which lists the repository's files with git as a clone would. Its
 * folder is beside the copy, not in it: a .git inside would make Next take the copy for the whole workspace, and
 * the project's node_modules, linked from outside it, would not be found.
 * @param {string} site
 */
const ownRepository = (site) => ({GIT_DIR: `${site}.git`, GIT_WORK_TREE: site});

/**
 * One state: a scratch copy with today's content, the letter imported (and translated), then every suite.
 * @param {State} state
 * @param {string} site
 */
async function rehearse(state, site) {
  const name = state.name;
  const ok = await step(name, 'copy', async () => {
    // Every file of the repository, as a clone has them: the suites read the docs, the configs and the deploy files
    // too (tests/unit/references.test.ts holds every path the docs name to the files, and lists them with git). Not
    // the lockfile: node_modules is the project's, and Turbopack takes the folder of the nearest lockfile as its root.
    const tracked = new Set(
      git('ls-files')
        .split('\n')
        .filter(Boolean)
        .map((file) => file.replace(/\/.*/s, '')),
    );
    copyProject(
      site,
      undefined,
      [...tracked].filter((entry) => !buildEntries.includes(entry) && entry !== 'package-lock.json'),
    );
    execFileSync('git', ['init', '--quiet'], {env: {...process.env, ...ownRepository(site)}});
    // The fixture site is the same code with the fixture content: built once for every state.
    symlinkSync(path.relative(site, path.join(root, '.fixture-site')), path.join(site, '.fixture-site'), 'dir');
  });
  if (!ok) return;

  let id = '';
  const letters = path.join(site, 'letters');
  const imported = await step(name, `import (${state.letter} letter, ${state.original}) and what is left`, async () => {
    mkdirSync(letters);
    const day = dayAfterNewest(path.join(site, 'messages', 'statements'));
    const letter = path.join(letters, state.letter === 'word' ? 'letter.docx' : 'letter.txt');
    if (state.letter === 'word') await writeWordLetter(letter, day);
    else writeTextLetter(letter, day);
    const output = await sh(site, ['npm', 'run', 'statement:import', '--', letter, '--original', state.original]);
    id = /^Imported statement (\S+),/m.exec(output)?.[1] ?? '';
    const issued = day.toISOString().slice(0, 10);
    if (!id || !output.includes(`(issued ${issued})`)) {
      throw new StepFailure(`statement:import did not say it imported a statement issued ${issued}`);
    }
    writeWhatIsLeft(path.join(site, 'messages', 'statements', id), state.original, leftForEditor(output));
    await sh(site, ['npx', 'prettier', '--check', path.join('messages', 'statements', id)]);
  });
  if (!imported) return;

  const into = state.translation;
  if (into !== undefined) {
    const translated = await step(name, `translate into ${into} (XLIFF)`, async () => {
      const file = path.join(letters, `${id}.${into}.xlf`);
      await sh(site, ['npm', 'run', 'translation:export', '--', id, into, '--out', file]);
      writeFileSync(file, translateWithTestText(readFileSync(file, 'utf8'), testTranslation.sv));
      await sh(site, ['npm', 'run', 'translation:import', '--', file]);
    });
    if (!translated) return;
  }

  const checked = await step(name, 'translations:status, renderings', async () => {
    checkStatus(await sh(site, ['npm', 'run', '--silent', 'translations:status']), id, state);
    // The editor's first test:unit writes the new statement's renderings, to be read and committed (CI writes none).
    await sh(site, ['npx', 'vitest', 'run', '--project', 'unit', '--update', 'new', 'tests/unit/renderings.test.ts']);
  });
  if (!checked) return;

  if (!(await step(name, 'build', () => sh(site, ['npm', 'run', 'build'])))) return;
  await step(name, 'unit', () => sh(site, ['npm', 'run', 'test:unit'], ownRepository(site)));
  await step(name, 'built', () => sh(site, ['npm', 'run', 'test:built']));
  await step(name, 'e2e (site)', () => sh(site, ['npx', 'playwright', 'test', '--project', 'site']));
  const ports = options['edge-ports'] ? ['--ports', options['edge-ports']] : [];
  await step(name, 'edge', () => sh(site, ['node', 'scripts/edge/check.mjs', '--skip-build', ...ports]));
}

// No code changes with content: the builds skip Next's type check, as npm test's do (next.config.ts).
process.env.TYPECHECKED = '1';
const chosen = options.states.split(',').map((number) => {
  const state = states[Number(number) - 1];
  if (!state) throw new Error(`--states: no state ${number}; there are ${states.length}`);
  return state;
});
const scratch = path.join(root, '.rehearsal');
const started = performance.now();
await step('-', 'test tools', () => sh(root, ['node', 'scripts/ensure-test-tools.mjs']));
if (!options['skip-fixture-build']) {
  await step('-', 'fixture site (once)', () => sh(root, ['node', 'scripts/fixture-site.mjs']));
}
for (const state of chosen) {
  const site = path.join(scratch, `state-${state.name.split(' ')[0]}`);
  const before = failures.length;
  const start = performance.now();
  await rehearse(state, site);
  rows.push({state: state.name, step: 'the state', seconds: secondsSince(start), result: '', tests: ''});
  // A failed state's copy is kept for a look (its out/, test-results/, the letter and the XLIFF).
  if (failures.length === before && !options.keep) {
    rmSync(site, {recursive: true, force: true});
    rmSync(ownRepository(site).GIT_DIR, {recursive: true, force: true});
  }
}
rows.push({state: 'all', step: '', seconds: secondsSince(started), result: '', tests: ''});
console.table(rows);
if (failures.length > 0) {
  console.error(`\nThe rehearsal of publishing failed (copies kept in ${path.relative(root, scratch)}/):`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log('The rehearsal of publishing passed: every state built, every suite green.');
