// npm run check:edge [-- --skip-build]
//
// Puts deploy/nginx/karabakh.conf (Debian's nginx, a throwaway self-signed
// certificate, everything on 127.0.0.1) in front of the standalone server and
// runs the site's request table (tests/e2e/hardening.spec.ts and
// request-host.spec.ts) through it, plus checks of the edge itself: HTTP→HTTPS,
// HTTP/2, compression, caching headers of build assets. KEEP_EDGE=1 keeps the
// scratch directory (generated config, nginx error.log) for a look.
import {execFileSync, spawn} from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {waitFor} from '../bench/servers.mjs';

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
const edge = standardPorts ? 'https://localhost' : `https://localhost:${ports.https}`;

function ensureDebianPackages() {
  const missing = [
    ['nginx', '/usr/sbin/nginx'],
    ['openssl', '/usr/bin/openssl'],
    ['curl', '/usr/bin/curl'],
  ].filter(([, binary]) => !existsSync(binary));
  if (missing.length === 0) return;
  const packages = missing.map(([name]) => name);
  const [command, ...args] = [...(process.getuid?.() === 0 ? [] : ['sudo']), 'apt-get', 'install', '-y', '-qq'];
  execFileSync(command, [...args, ...packages], {
    stdio: 'inherit',
    env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'},
  });
}

/** deploy/nginx/karabakh.conf, moved onto loopback ports and a scratch directory. */
function edgeConfig(dir) {
  const site = readFileSync(path.join(root, 'deploy', 'nginx', 'karabakh.conf'), 'utf8')
    .replaceAll('/etc/nginx/snippets/karabakh-security-headers.conf', path.join(dir, 'security-headers.conf'))
    .replaceAll('/etc/letsencrypt/live/statements.example.org/fullchain.pem', path.join(dir, 'cert.pem'))
    .replaceAll('/etc/letsencrypt/live/statements.example.org/privkey.pem', path.join(dir, 'key.pem'))
    .replaceAll('/var/cache/nginx/karabakh', path.join(dir, 'cache'))
    .replaceAll('https://statements.example.org$request_uri', `${edge}$request_uri`)
    .replaceAll('server 127.0.0.1:3000;', `server 127.0.0.1:${ports.app};`)
    .replace(/^\s*listen \[::\]:.*$/gm, '')
    .replace(/listen 80;/g, `listen 127.0.0.1:${ports.http};`)
    .replace(/listen 443 ssl http2;/g, `listen 127.0.0.1:${ports.https} ssl http2;`);
  copyFileSync(path.join(root, 'deploy', 'nginx', 'security-headers.conf'), path.join(dir, 'security-headers.conf'));
  writeFileSync(path.join(dir, 'site.conf'), site);
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
}

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

ensureDebianPackages();
if (!options['skip-build']) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});

const dir = mkdtempSync(path.join(tmpdir(), 'karabakh-edge-'));
// nginx's workers run as an unprivileged user: they must reach the scratch
// directory and write the cache.
chmodSync(dir, 0o755);
mkdirSync(path.join(dir, 'cache'), {mode: 0o777});
chmodSync(path.join(dir, 'cache'), 0o777);
const nginx = '/usr/sbin/nginx';
let app;
let failed = false;
try {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    {stdio: 'ignore'},
  );
  edgeConfig(dir);
  execFileSync(nginx, ['-t', '-q', '-p', dir, '-c', path.join(dir, 'nginx.conf')], {stdio: 'inherit'});

  app = spawn(process.execPath, [path.join(root, '.next', 'standalone', 'server.js')], {
    env: {...process.env, PORT: String(ports.app), HOSTNAME: '127.0.0.1', NODE_ENV: 'production'},
    stdio: 'ignore',
  });
  await waitFor(`http://127.0.0.1:${ports.app}/en`);
  execFileSync(nginx, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], {stdio: 'inherit'});

  const checks = [];
  const check = (name, ok, detail) => {
    checks.push({check: name, result: ok ? 'ok' : 'FAILED', detail});
    if (!ok) failed = true;
  };
  const redirect = curl([
    '-o',
    '/dev/null',
    '-w',
    '%{http_code} %{redirect_url}',
    `http://127.0.0.1:${ports.http}/sv?x=1`,
  ]);
  check('HTTP is redirected to HTTPS', redirect === `301 ${edge}/sv?x=1`, redirect);
  const version = curl(['--http2', '-o', '/dev/null', '-w', '%{http_version}', `${edge}/sv`]);
  check('HTTPS speaks HTTP/2', version === '2', `HTTP/${version}`);
  const encoding = curl(['-H', 'Accept-Encoding: gzip', '-o', '/dev/null', '-D', '-', `${edge}/sv`]);
  check(
    'pages are compressed',
    /^content-encoding: gzip/im.test(encoding),
    encoding.match(/^content-encoding.*$/im)?.[0],
  );
  const script = curl([`${edge}/sv`]).match(/\/_next\/static\/[^"]+\.js/)?.[0] ?? '';
  const assetHeaders = curl(['-o', '/dev/null', '-D', '-', edge + script]);
  check(
    'build assets are cached for a year, immutable',
    /cache-control: public, max-age=31536000, immutable/i.test(assetHeaders),
    script,
  );
  const trace = curl(['-X', 'TRACE', '-o', '/dev/null', '-w', '%{http_code}', `${edge}/sv`]);
  check('TRACE is refused at the edge', trace === '405', trace);

  if (standardPorts) {
    const {grade, score, failures} = observatory(path.join(dir, 'cert.pem'));
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
  try {
    execFileSync(nginx, ['-s', 'stop', '-p', dir, '-c', path.join(dir, 'nginx.conf')], {stdio: 'ignore'});
  } catch {
    // nginx did not start
  }
  app?.kill('SIGTERM');
  if (process.env.KEEP_EDGE) console.log(`kept ${dir}`);
  else rmSync(dir, {recursive: true, force: true});
}
process.exit(failed ? 1 : 0);
