// npm run check:hosts: a copy of out/ served by each static host's own
// emulator (scripts/hosts/emulators.mjs) and by a plain static server (a host
// with no rules: scripts/hosts/plain-server.mjs), and the rows of the request
// table each host promises run against it, those the e2e suite runs against
// the embedded server and nginx: negotiation (tests/support/negotiationTable.ts),
// the security headers, each kind of 404 with its status and language, the
// host's own files, malformed targets (tests/support/requestTable.ts); and a
// page, the policies and the caching; and on the plain server, the front door, and Chromium following
// its script on to each language's front page. A row the emulator itself
// breaks, where the live host does not, is listed as the emulator's and not
// counted. Prints a table per host; exits 1 on any failure of the site's.
// Needs a build (npm run build). HOSTS_PORT (3700) is the first of the six
// ports it uses.
import {spawn} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {chromium} from '@playwright/test';
import {chromiumArgs, chromiumPath} from '../support/chromium.mjs';
import {waitFor} from '../support/servers.mjs';
import {missingTranslations, sitePaths} from '../support/site-paths.mjs';
import {load} from '../support/typescript.mjs';
import {ensureEmulators} from './emulators.mjs';
import {netlifyFunctionsDir} from './host-functions.mjs';

const root = path.join(import.meta.dirname, '..', '..');
const {
  acceptLanguageCases,
  cookieCases,
} = // Typed here: the copies of the project that build (scripts/support/project-copy.mjs) have no tests/.
  /** @type {{acceptLanguageCases: [string, string][], cookieCases: [string, string, string][]}} */ (
    await load('tests/support/negotiationTable.ts')
  );
const {cacheControl, documentPolicy, searchPagePolicy} = /** @type {typeof import('../../lib/routing/headers.ts')} */ (
  await load('lib/routing/headers.ts')
);
// The other rows of the request table the e2e suite runs, typed here as those above.
const {notFoundRows, hostFileTargets, malformedTargets, requiredHeaders} =
  /** @type {{notFoundRows: [string, string, string, string, string][], hostFileTargets: string[], malformedTargets: string[], requiredHeaders: Record<string, RegExp>}} */ (
    await load('tests/support/requestTable.ts')
  );

const started = Date.now();
const base = Number(process.env.HOSTS_PORT ?? 3700);
const bins = ensureEmulators();
const scratch = mkdtempSync(path.join(tmpdir(), 'karabakh-hosts-'));
cpSync(path.join(root, 'out'), path.join(scratch, 'out'), {recursive: true});
cpSync(path.join(root, netlifyFunctionsDir), path.join(scratch, netlifyFunctionsDir), {recursive: true});
// Offline, `netlify dev` cannot fetch the types its edge runtime imports from
// Netlify: an import map points them at a stand-in (the emulator's need, not the site's).
cpSync(path.join(root, 'netlify.toml'), path.join(scratch, 'netlify.toml'));
const importMapSetting = '\n[functions]\n  deno_import_map = "offline-import-map.json"\n';
writeFileSync(path.join(scratch, 'netlify.toml'), importMapSetting, {flag: 'a'});
const offline = path.join(scratch, 'offline');
mkdirSync(path.join(offline, 'bootstrap', 'globals'), {recursive: true});
writeFileSync(path.join(offline, 'bootstrap', 'globals', 'types.ts'), 'export type NetlifyGlobal = object;\n');
const importMap = {imports: {'https://edge.netlify.com/': `file://${offline}/`}};
writeFileSync(path.join(scratch, 'offline-import-map.json'), JSON.stringify(importMap));

const env = {
  ...process.env,
  PATH: `${bins.nodeDir}:${bins.denoDir}:${process.env.PATH}`,
  WRANGLER_SEND_METRICS: 'false',
  NETLIFY_TELEMETRY_DISABLED: '1',
  NETLIFY_EDGE_BOOTSTRAP: `file://${bins.netlifyBootstrap}`,
};

/** @type {import('node:child_process').ChildProcess[]} */
const servers = [];
/** @type {(command: string, args: string[], logName: string) => void} */
function start(command, args, logName) {
  const log = openSync(path.join(scratch, `${logName}.log`), 'w');
  servers.push(spawn(command, args, {cwd: scratch, env, detached: true, stdio: ['ignore', log, log]}));
}

/** @typedef {{row: string, expected: string, got: string, result: 'ok' | 'FAILED' | 'emulator'}} Row */

/**
 * The rows of the table that don't hold in the emulator but do on the live
 * host, with the reason: never counted as the site's.
 * @type {Record<string, Record<string, string>>}
 */
const emulatorRows = {
  netlify: {
    // utils/static-server.js of netlify-cli sends its own Cache-Control over the rule's.
    'a page: cached five minutes': "netlify dev's static server sends its own Cache-Control",
    'the search page: cached five minutes': "netlify dev's static server sends its own Cache-Control",
    'a build asset: cached for good': "netlify dev's static server sends its own Cache-Control",
    'a 404 in a language: cached one minute': "netlify dev's static server sends its own Cache-Control",
    'a feed: its type': "netlify dev's static server sends its own Content-Type",
    '/%zz: a 4xx': 'netlify dev exits on it ("URI malformed"); not sent',
    '/%E0%A4%A: a 4xx': 'netlify dev exits on it ("URI malformed"); not sent',
  },
  cloudflare: {
    '/sv/%00: a 4xx': "wrangler pages dev's file reader answers 502",
    '/_headers: 404': "wrangler pages dev's file reader answers 502",
    '/_redirects: 404': "wrangler pages dev's file reader answers 502",
    // `wrangler pages deploy` leaves the four out of the upload (its IGNORE_LIST); `pages dev` serves from the folder.
    '/_worker.js: 404': "wrangler pages dev's file reader answers 502; never uploaded",
    '/_routes.json: 404': 'wrangler pages dev serves the folder; never uploaded',
    // Cloudflare's asset server sends 404s `no-store`, live as in wrangler.
    'a 404 in a language: cached one minute': 'Cloudflare Pages sends every 404 with no-store',
  },
};

/**
 * The name of the site's policy a response has (headers.ts), or the policy it has instead.
 * @param {Response} response
 */
function policyOf(response) {
  const policy = response.headers.get('content-security-policy');
  if (policy === documentPolicy) return 'documentPolicy';
  if (policy === searchPagePolicy) return 'searchPagePolicy';
  return String(policy);
}

/** The files of the build the rows ask for: a statement, any missing translation's 404, a stylesheet. */
function sample() {
  const files = sitePaths(path.join(root, 'out'));
  const statement = files
    .find((file) => /^\/en\/statements\/[^/]+\.html$/.test(file))
    ?.split('/')[3]
    ?.replace(/\.html$/, '');
  const [missing] = missingTranslations(files);
  const page = readFileSync(path.join(root, 'out', 'sv.html'), 'utf8');
  const stylesheet = page.match(/<link rel="stylesheet" href="([^"]+)"/)?.[1] ?? '';
  return {statement: statement ?? 'none', missing, stylesheet};
}

/**
 * The rows a host promises, run against `url`; `plain` for a host with no rules.
 * @param {string} url
 * @param {'cloudflare' | 'netlify' | 'plain'} host
 * @param {ReturnType<typeof sample>} built
 * @returns {Promise<Row[]>}
 */
async function rowsOf(url, host, {statement, missing, stylesheet}) {
  /** @type {Row[]} */
  const rows = [];
  /** @type {Record<string, string>} */
  const skipped = (host === 'plain' ? undefined : emulatorRows[host]) ?? {};
  /** @type {(row: string, expected: string, got: string) => void} */
  const check = (row, expected, got) => {
    const result = expected === got ? 'ok' : row in skipped ? 'emulator' : 'FAILED';
    rows.push({row, expected, got: result === 'emulator' ? `${got} (${skipped[row]})` : got, result});
  };
  /** @type {(target: string, headers?: Record<string, string>) => Promise<Response>} */
  const get = (target, headers = {}) => fetch(`${url}${target}`, {headers, redirect: 'manual'});
  /** @type {(target: string, headers: Record<string, string>) => Promise<string>} */
  const redirect = async (target, headers) => {
    const response = await get(target, headers);
    return `${response.status} ${response.headers.get('location') ?? ''}`;
  };

  if (host === 'plain') {
    const door = await get('/');
    const html = await door.text();
    check(
      '/: the front door',
      '200, noindex, 3 languages',
      `${door.status}${html.includes('<meta name="robots" content="noindex"/>') ? ', noindex' : ''}, ${(html.match(/hrefLang="/gi) ?? []).length} languages`,
    );
    const browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs});
    try {
      for (const [locale, cookie, expected] of /** @type {const} */ ([
        ['sv-SE', '', '/sv'],
        ['az-Latn-AZ', '', '/az'],
        ['sv-SE', 'az', '/az'],
        ['de-DE', '', '/en'],
      ])) {
        const context = await browser.newContext({locale});
        if (cookie) await context.addCookies([{name: 'NEXT_LOCALE', value: cookie, url}]);
        const page = await context.newPage();
        /** @type {number | undefined} */
        let status;
        page.on('response', (response) => {
          if (response.request().isNavigationRequest() && response.frame() === page.mainFrame())
            status = response.status();
        });
        await page.goto(`${url}/`);
        // The front door's script follows its link: the language's front page, as the host serves `/sv`.
        const landed = await page
          .waitForURL((address) => address.pathname === expected, {timeout: 5000, waitUntil: 'domcontentloaded'})
          .then(
            async () => `${expected} ${status} ${await page.locator('html').getAttribute('lang')}`,
            () => `ended at ${new URL(page.url()).pathname}`,
          );
        check(
          `a browser in ${locale}${cookie ? `, NEXT_LOCALE=${cookie}` : ''}: / goes on to`,
          `${expected} 200 ${expected.slice(1)}`,
          landed,
        );
        await context.close();
      }
    } finally {
      await browser.close();
    }
    return rows;
  }

  for (const [acceptLanguage, locale] of acceptLanguageCases) {
    check(
      `/ with Accept-Language "${acceptLanguage.slice(0, 30)}"`,
      `307 /${locale}`,
      await redirect('/', {'accept-language': acceptLanguage}),
    );
  }
  for (const [cookie, acceptLanguage, locale] of cookieCases) {
    check(
      `/ with ${cookie.slice(0, 30)} and "${acceptLanguage}"`,
      `307 /${locale}`,
      await redirect('/', {cookie, 'accept-language': acceptLanguage}),
    );
  }
  const negotiated = await get('/', {'accept-language': 'sv'});
  check(
    '/: for this reader alone',
    `${cacheControl.personal}; Cookie, Accept-Language`,
    `${negotiated.headers.get('cache-control')}; ${negotiated.headers.get('vary')}`,
  );
  check(
    "/statements/<id>: in the reader's language",
    `307 /sv/statements/${statement}?x=1`,
    await redirect(`/statements/${statement}?x=1`, {'accept-language': 'sv-FI'}),
  );
  check("/xx: in the reader's language", '307 /az/xx', await redirect('/xx', {cookie: 'NEXT_LOCALE=az'}));

  const page = await get('/sv');
  const pageHtml = await page.text();
  check('a page: 200 in its language', '200 sv', `${page.status} ${pageHtml.match(/<html lang="([^"]+)"/)?.[1]}`);
  const missingHeaders = Object.entries(requiredHeaders)
    .filter(([name, pattern]) => !pattern.test(page.headers.get(name) ?? ''))
    .map(([name]) => name);
  check('a page: the security headers', 'all', missingHeaders.length ? `missing ${missingHeaders.join(', ')}` : 'all');
  check('a page: the document policy', 'documentPolicy', policyOf(page));
  check('a page: cached five minutes', cacheControl.page, String(page.headers.get('cache-control')));
  const search = await get('/sv/search');
  check('the search page: its own policy (WebAssembly)', 'searchPagePolicy', policyOf(search));
  check('the search page: cached five minutes', cacheControl.page, String(search.headers.get('cache-control')));
  const asset = await get(stylesheet);
  check(
    'a build asset: cached for good',
    `200 ${cacheControl.immutable}`,
    `${asset.status} ${asset.headers.get('cache-control')}`,
  );
  const feed = await get('/sv/feed.xml');
  check(
    'a feed: its type',
    '200 application/atom+xml; charset=utf-8',
    `${feed.status} ${feed.headers.get('content-type')}`,
  );

  const notFounds = [...notFoundRows];
  if (missing)
    notFounds.push(['a missing translation', missing, 'en', `${missing}/404.html`, missing.split('/')[1] ?? '']);
  for (const [row, target, acceptLanguage, , locale] of notFounds) {
    const response = await get(target, {'accept-language': acceptLanguage});
    const text = await response.text();
    check(
      `${row}: 404 in its language`,
      `404 ${locale}`,
      `${response.status} ${text.match(/<html lang="([^"]+)"/)?.[1]}`,
    );
    if (row === 'a 404 in a language')
      check(`${row}: cached one minute`, cacheControl.notFound, String(response.headers.get('cache-control')));
  }
  for (const target of hostFileTargets) {
    check(`${target}: 404`, '404', String((await get(target)).status));
  }
  for (const target of malformedTargets) {
    const row = `${target}: a 4xx`;
    if (skipped[row]?.includes('not sent')) {
      check(row, '4xx', 'not sent');
      continue;
    }
    const {status} = await get(target);
    check(row, '4xx', status >= 400 && status < 500 ? '4xx' : String(status));
  }
  return rows;
}

/** @type {(offset: number) => string} */
const port = (offset) => String(base + offset);
/** @type {[name: string, host: 'cloudflare' | 'netlify' | 'plain', url: string][]} */
const hosts = [
  ['Cloudflare Pages (wrangler pages dev)', 'cloudflare', `http://127.0.0.1:${port(2)}`],
  ['Netlify (netlify dev)', 'netlify', `http://127.0.0.1:${port(3)}`],
  ['A host with no rules (plain-server.mjs: `/sv` is sv.html, nothing else)', 'plain', `http://127.0.0.1:${port(1)}`],
];

let failed = false;
try {
  start(process.execPath, [path.join(import.meta.dirname, 'plain-server.mjs'), 'out', port(1)], 'static');
  start(
    bins.wrangler,
    ['pages', 'dev', 'out', '--ip', '127.0.0.1', '--port', port(2), '--inspector-port', port(5)],
    'wrangler',
  );
  start(
    bins.netlify,
    ['dev', '--offline', '--dir', 'out', '--port', port(3), '--staticServerPort', port(4), '--no-open'],
    'netlify',
  );
  // The emulators take up to two minutes to start on a busy machine.
  const startup = 120_000;
  // Ready when each answers `/` with its redirect (the edge function loads after the server listens).
  const negotiates = (/** @type {Response} */ response) => response.status === 307;
  await Promise.all(
    hosts.map(([, host, url]) => waitFor(`${url}/`, startup, host === 'plain' ? undefined : negotiates)),
  );
  console.log(`Servers ready after ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const built = sample();
  for (const [name, host, url] of hosts) {
    const rows = await rowsOf(url, host, built);
    console.log(`\n${name}: ${url}`);
    console.table(rows);
    if (rows.some(({result}) => result === 'FAILED')) failed = true;
  }
} finally {
  for (const server of servers) if (server.pid) process.kill(-server.pid, 'SIGTERM');
  await sleep(1000);
  rmSync(scratch, {recursive: true, force: true});
}
console.log(`\ncheck:hosts ${failed ? 'FAILED' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
