// npm run check:edge [-- --skip-build] [--ports <http>,<https>]
//
// Runs the reference deployment for real (scripts/edge/edge.mjs): Debian's
// nginx alone, with deploy/nginx/, serving a copy of out/ on 127.0.0.1 with a
// throwaway self-signed certificate. Then checks:
// - the edge itself: HTTP→HTTPS, HTTP/2, Brotli and gzip, the build's own
//   Brotli files sent as they are, the caching of build assets and the
//   script, TRACE refused, Mozilla's HTTP Observatory;
// - that the copy is the whole site: every page of the sitemap, every feed and
//   preview image, and each kind of 404, with its status, type and the very
//   bytes of its file;
// - that nginx answers as the embedded server does (compare.mjs): status,
//   Location, Cache-Control, Content-Type, policy, security headers and body,
//   for a few hundred requests;
// then runs the site's request table (tests/e2e/hardening.spec.ts, negotiation.spec.ts and
// request-host.spec.ts) through it. KEEP_EDGE=1 keeps the scratch directory
// (generated config, nginx error.log, the copy) for a look.
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import path from 'node:path';
import {parseArgs} from 'node:util';
import enhancementScript from '../../lib/site/enhancementScript.json' with {type: 'json'};
import {decoded} from '../support/decoded.mjs';
import {missingTranslations, sitePaths} from '../support/site-paths.mjs';
import {differences, requestsToCompare, send, startReference} from './compare.mjs';
import {ensureEdgePackages, startEdge} from './edge.mjs';

const root = path.join(import.meta.dirname, '..', '..');
const {values: options} = parseArgs({
  options: {'skip-build': {type: 'boolean', default: false}, ports: {type: 'string'}},
});
// Mozilla's HTTP Observatory scans a hostname on the standard ports only, so
// the edge takes 80 and 443 on loopback where it can (root, ports free), and
// 8080/8443 otherwise, without the Observatory.
/** @param {number} port */
async function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
// --ports chooses others, for a machine where another edge may hold those (the Observatory then does not run).
const given = options.ports?.split(',').map(Number);
if (given && (given.length !== 2 || !given.every((port) => Number.isInteger(port) && port > 0)))
  throw new Error(`--ports takes two port numbers, <http>,<https>: got ${options.ports}`);
const standardPorts =
  (given === undefined || (given[0] === 80 && given[1] === 443)) &&
  process.getuid?.() === 0 &&
  (await portIsFree(80)) &&
  (await portIsFree(443));
const [http = 8080, https = 8443] = given ?? (standardPorts ? [80, 443] : []);
const ports = {http, https};

/**
 * Mozilla's HTTP Observatory scanner (@mdn/mdn-http-observatory) against
 * https://localhost. Its install step downloads a CA bundle and Chromium's HSTS
 * preload list, which these machines cannot (and .npmrc skips install scripts):
 * the throwaway certificate is trusted instead, and an empty preload list
 * stands in (preloading is not scored).
 * @param {string} certificate
 */
function observatory(certificate) {
  const packageDir = path.join(root, 'node_modules', '@mdn', 'mdn-http-observatory');
  const preloadList = path.join(packageDir, 'conf', 'hsts-preload.json');
  if (!existsSync(preloadList)) writeFileSync(preloadList, '{}\n');
  const output = execFileSync(process.execPath, [path.join(packageDir, 'src', 'scan.js'), 'localhost'], {
    encoding: 'utf8',
    env: {...process.env, NODE_EXTRA_CA_CERTS: certificate},
  });
  /** @type {{scan: {grade: string, score: number}, tests: Record<string, {pass: boolean, result: string}>, error?: string}} */
  const {scan, tests, error} = JSON.parse(output);
  if (error) return {grade: 'error', score: 0, failures: `: ${error}`};
  const failed = Object.entries(tests)
    .filter(([, test]) => !test.pass)
    .map(([name, test]) => `${name}: ${test.result}`);
  return {grade: scan.grade, score: scan.score, failures: failed.length ? `; failed: ${failed.join(', ')}` : ''};
}

/** @param {string[]} args */
function curl(args) {
  return execFileSync('curl', ['-sk', ...args], {encoding: 'utf8'});
}

// Before a build of a minute or more, so that a missing package shows at once.
ensureEdgePackages();
if (!options['skip-build']) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});

const {url: edge, httpUrl, certificate, root: siteDir, stop} = await startEdge(ports);
/** @type {{url: string, stop: () => void} | undefined} */
let reference;
let failed = false;
try {
  /** @type {{check: string, result: string, detail: string}[]} */
  const checks = [];
  /** @type {(name: string, ok: boolean, detail: string) => void} */
  const check = (name, ok, detail) => {
    checks.push({check: name, result: ok ? 'ok' : 'FAILED', detail});
    if (!ok) failed = true;
  };
  /** @type {(target: string, headers?: import('node:http').OutgoingHttpHeaders) => ReturnType<typeof send>} */
  const get = (target, headers = {}) => send(edge, {target, headers});
  /** @param {string} file */
  const fileOf = (file) => readFileSync(path.join(siteDir, file));

  // The edge itself.
  const redirect = curl(['-o', '/dev/null', '-w', '%{http_code} %{redirect_url}', `${httpUrl}/sv?x=1`]);
  check('HTTP is redirected to HTTPS', redirect === `301 ${edge}/sv?x=1`, redirect);
  const version = curl(['--http2', '-o', '/dev/null', '-w', '%{http_version}', `${edge}/sv`]);
  check('HTTPS speaks HTTP/2', version === '2', `HTTP/${version}`);
  const page = (await get('/sv')).body.toString('utf8');
  const stylesheet = page.match(/\/_next\/static\/[^"]+\.css/)?.[0] ?? '';
  const script = page.match(new RegExp(`${enhancementScript.urlPath}[0-9a-f]+\\.js`))?.[0] ?? '';
  for (const [what, url] of /** @type {const} */ ([
    ['pages', '/sv'],
    ['feeds', '/sv/feed.xml'],
    ['build assets', stylesheet],
    ["the site's script", script],
  ])) {
    const encodings = [];
    for (const accepted of ['gzip, br', 'gzip'])
      encodings.push((await get(url, {'accept-encoding': accepted})).headers['content-encoding']);
    check(`${what}: sent with Brotli, or gzip`, encodings.join() === 'br,gzip', `${url}: ${encodings.join(' / ')}`);
  }
  for (const [what, url, file] of /** @type {const} */ ([
    ['build assets', stylesheet, `${stylesheet}.br`],
    ["the site's script", script, `${script}.br`],
    ['pages', '/sv', '/sv.html.br'],
  ])) {
    const sent = (await get(url, {'accept-encoding': 'br'})).body;
    const built = fileOf(file);
    check(
      `${what}: the Brotli files of the build`,
      sent.equals(built),
      `${url}: ${sent.length} bytes sent, ${file} ${built.length}`,
    );
  }
  for (const [what, url] of /** @type {const} */ ([
    ['build assets', stylesheet],
    ["the site's script", script],
  ])) {
    const cache = (await get(url)).headers['cache-control'];
    check(`${what}: cached for a year, immutable`, cache === 'public, max-age=31536000, immutable', `${url}: ${cache}`);
  }
  const trace = await send(edge, {method: 'TRACE', target: '/sv'});
  check(
    'TRACE is refused at the edge',
    trace.status === 405 && trace.headers.allow === 'GET, HEAD',
    String(trace.status),
  );
  if (standardPorts) {
    const {grade, score, failures} = observatory(certificate);
    check('Mozilla HTTP Observatory grade A+', grade === 'A+', `${grade} (${score})${failures}`);
  } else {
    check('Mozilla HTTP Observatory grade A+', true, `skipped: the edge is on ${ports.https}, not 443`);
  }

  // The copy of out/ is the whole site, under nginx alone.
  const files = sitePaths(siteDir);
  /** @param {RegExp} pattern */
  const filesOf = (pattern) => files.filter((file) => pattern.test(file));
  // The missing translations' pages, each answered by its 404.html.
  const missing = missingTranslations(files);
  const html = 'text/html; charset=utf-8';
  const pages = [
    ...fileOf('/sitemap.xml')
      .toString('utf8')
      .matchAll(/<loc>([^<]+)<\/loc>/g),
  ].map(([, loc = '']) => new URL(loc).pathname);
  /** @type {[what: string, rows: (readonly [url: string, file: string, status: number, type: string])[]][]} */
  const kinds = [
    ['the pages of the sitemap', pages.map((url) => [url, `${url}.html`, 200, html])],
    [
      'the feeds',
      filesOf(/^\/[^/]+\/feed\.xml$/).map((file) => [file, file, 200, 'application/atom+xml; charset=utf-8']),
    ],
    [
      'the preview images',
      filesOf(/^\/[^/]+\/(statements\/[^/]+\/)?preview\.png$/).map((file) => [file, file, 200, 'image/png']),
    ],
    [
      'the 404s',
      [
        ['/sv/nope', '/sv/404.html', 404, html],
        ['/wp-login.php', '/404.html', 404, html],
        ...missing.map((page) => /** @type {const} */ ([page, `${page}/404.html`, 404, html])),
      ],
    ],
  ];
  for (const [what, rows] of kinds) {
    /** @type {string[]} */
    const wrong = [];
    for (const [url, file, status, type] of rows) {
      for (const accepted of [undefined, 'br', 'gzip']) {
        const response = await get(url, accepted ? {'accept-encoding': accepted} : {});
        const problems = [
          response.status !== status && `status ${response.status}`,
          response.headers['content-type'] !== type && `type ${response.headers['content-type']}`,
          !decoded(response).equals(fileOf(file)) && `not ${file}`,
        ].filter(Boolean);
        if (problems.length) wrong.push(`${url} (${accepted ?? 'identity'}): ${problems.join(', ')}`);
      }
    }
    check(
      `${what}: ${rows.length}, each its file of the copy`,
      rows.length > 0 && wrong.length === 0,
      wrong.length ? wrong.slice(0, 5).join('; ') : `${rows.length * 3} responses (identity, br, gzip)`,
    );
  }

  // The same answers as the embedded server's, on the same copy.
  reference = await startReference(siteDir);
  // A statement page, in Swedish where the build has one, else in any language.
  const statementPages = pages.filter((url) => /^\/[^/]+\/statements\/[^/]+$/.test(url));
  const known = statementPages.find((url) => url.startsWith('/sv/')) ?? statementPages[0] ?? '/sv/statements/none';
  const requests = requestsToCompare({known, missing});
  /** @type {string[]} */
  const different = [];
  let ownPages = 0;
  for (const request of requests) {
    const {found, ownPage} = await differences(edge, reference.url, request);
    if (ownPage) ownPages += 1;
    if (found.length) {
      const headers = request.headers ? ` ${JSON.stringify(request.headers).slice(0, 60)}` : '';
      different.push(`${request.method ?? 'GET'} ${request.target.slice(0, 80)}${headers}: ${found.join('; ')}`);
    }
  }
  for (const line of different) console.error(`  differs: ${line}`);
  check(
    'the same answers as the embedded server',
    different.length === 0,
    `${requests.length - different.length} of ${requests.length} requests the same` +
      ` (${ownPages} of them nginx's own 400 page for a request line it cannot parse)`,
  );
  console.table(checks);

  try {
    execFileSync('npx', ['playwright', 'test', '--config', 'playwright.edge.config.ts'], {
      cwd: root,
      stdio: 'inherit',
      env: {...process.env, E2E_BASE_URL: edge},
    });
  } catch {
    failed = true;
  }
} finally {
  reference?.stop();
  stop();
}
process.exit(failed ? 1 : 0);
