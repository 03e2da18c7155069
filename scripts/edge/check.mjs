// npm run check:edge [-- --skip-build]
//
// Puts deploy/nginx/karabakh.conf (Debian's nginx, a throwaway self-signed
// certificate, everything on 127.0.0.1) in front of the standalone server and
// runs the site's request table (tests/e2e/hardening.spec.ts and
// request-host.spec.ts) through it, plus checks of the edge itself: HTTP→HTTPS,
// HTTP/2, Brotli and gzip, caching headers of build assets and the script. KEEP_EDGE=1 keeps the
// scratch directory (generated config, nginx error.log) for a look.
import {execFileSync} from 'node:child_process';
import {existsSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import path from 'node:path';
import {parseArgs} from 'node:util';
import enhancementScript from '../../lib/site/enhancementScript.json' with {type: 'json'};
import {ensureEdgePackages, startEdge} from './edge.mjs';

const root = path.join(import.meta.dirname, '..', '..');
const {values: options} = parseArgs({options: {'skip-build': {type: 'boolean', default: false}}});
// Mozilla's HTTP Observatory scans a hostname on the standard ports only, so
// the edge takes 80 and 443 on loopback where it can (root, ports free), and
// 8080/8443 otherwise, without the Observatory.
async function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
const standardPorts = process.getuid?.() === 0 && (await portIsFree(80)) && (await portIsFree(443));
const ports = {http: standardPorts ? 80 : 8080, https: standardPorts ? 443 : 8443, app: 3160};

/**
 * Mozilla's HTTP Observatory scanner (@mdn/mdn-http-observatory) against
 * https://localhost. Its install step downloads a CA bundle and Chromium's HSTS
 * preload list, which these machines cannot (and .npmrc skips install scripts):
 * the throwaway certificate is trusted instead, and an empty preload list
 * stands in (preloading is not scored).
 */
function observatory(certificate) {
  const packageDir = path.join(root, 'node_modules', '@mdn', 'mdn-http-observatory');
  const preloadList = path.join(packageDir, 'conf', 'hsts-preload.json');
  if (!existsSync(preloadList)) writeFileSync(preloadList, '{}\n');
  const output = execFileSync(process.execPath, [path.join(packageDir, 'src', 'scan.js'), 'localhost'], {
    encoding: 'utf8',
    env: {...process.env, NODE_EXTRA_CA_CERTS: certificate},
  });
  const {scan, tests, error} = JSON.parse(output);
  if (error) return {grade: 'error', score: 0, failures: `: ${error}`};
  const failed = Object.entries(tests)
    .filter(([, test]) => !test.pass)
    .map(([name, test]) => `${name}: ${test.result}`);
  return {grade: scan.grade, score: scan.score, failures: failed.length ? `; failed: ${failed.join(', ')}` : ''};
}

function curl(args) {
  return execFileSync('curl', ['-sk', ...args], {encoding: 'utf8'});
}

// Before a build of a minute or more, so that a missing package shows at once.
ensureEdgePackages();
if (!options['skip-build']) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});

const {url: edge, httpUrl, certificate, stop} = await startEdge(ports);
let failed = false;
try {
  const checks = [];
  const check = (name, ok, detail) => {
    checks.push({check: name, result: ok ? 'ok' : 'FAILED', detail});
    if (!ok) failed = true;
  };
  const redirect = curl(['-o', '/dev/null', '-w', '%{http_code} %{redirect_url}', `${httpUrl}/sv?x=1`]);
  check('HTTP is redirected to HTTPS', redirect === `301 ${edge}/sv?x=1`, redirect);
  const version = curl(['--http2', '-o', '/dev/null', '-w', '%{http_version}', `${edge}/sv`]);
  check('HTTPS speaks HTTP/2', version === '2', `HTTP/${version}`);
  const encodingOf = (url, accepted) =>
    curl(['-H', `Accept-Encoding: ${accepted}`, '-o', '/dev/null', '-D', '-', url])
      .match(/^content-encoding: *(\S+)/im)?.[1]
      ?.toLowerCase();
  const page = curl([`${edge}/sv`]);
  const stylesheet = page.match(/\/_next\/static\/[^"]+\.css/)?.[0] ?? '';
  const script = page.match(new RegExp(`${enhancementScript.urlPath}[0-9a-f]+\\.js`))?.[0] ?? '';
  for (const [what, url] of [
    ['pages', `${edge}/sv`],
    ['feeds', `${edge}/sv/feed.xml`],
    ['build assets', edge + stylesheet],
    ["the site's script", edge + script],
  ]) {
    const encodings = ['br', 'gzip'].map((accepted) => encodingOf(url, accepted === 'br' ? 'gzip, br' : accepted));
    check(`${what}: sent with Brotli, or gzip`, encodings.join() === 'br,gzip', encodings.join(' / '));
  }
  for (const [what, url, builtFile] of [
    ['build assets', stylesheet, `${stylesheet.replace('/_next/', '.next/')}.br`],
    ["the site's script", script, `public${script}.br`],
  ]) {
    const sent = curl(['-H', 'Accept-Encoding: br', '-o', '/dev/null', '-w', '%{size_download}', edge + url]);
    const built = statSync(path.join(root, '.next', 'standalone', builtFile)).size;
    check(`${what}: the Brotli files of the build`, Number(sent) === built, `${sent} bytes sent, ${built} built`);
    const headers = curl(['-o', '/dev/null', '-D', '-', edge + url]);
    check(
      `${what}: cached for a year, immutable`,
      /cache-control: public, max-age=31536000, immutable/i.test(headers),
      url,
    );
  }
  const trace = curl(['-X', 'TRACE', '-o', '/dev/null', '-w', '%{http_code}', `${edge}/sv`]);
  check('TRACE is refused at the edge', trace === '405', trace);

  if (standardPorts) {
    const {grade, score, failures} = observatory(certificate);
    check('Mozilla HTTP Observatory grade A+', grade === 'A+', `${grade} (${score})${failures}`);
  } else {
    check('Mozilla HTTP Observatory grade A+', true, 'skipped: ports 80/443 not available to this user');
  }
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
  stop();
}
process.exit(failed ? 1 : 0);
