// The reference edge, run for real: deploy/nginx/karabakh.conf on Debian's
// nginx, moved onto loopback ports and a scratch directory, with a throwaway
// self-signed certificate, in front of the standalone server of the last
// build. Used by npm run check:edge and by npm run bench (--edge).
import {execFileSync} from 'node:child_process';
import {chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {ensureDebianPackages} from '../support/debian.mjs';
import {startStandalone} from '../support/servers.mjs';

const root = path.join(import.meta.dirname, '..', '..');
const nginx = '/usr/sbin/nginx';
const brotliModules = ['filter', 'static'].map((kind) => `/usr/lib/nginx/modules/ngx_http_brotli_${kind}_module.so`);

/** Debian's nginx with its Brotli modules, openssl and curl, installed when missing. */
export function ensureEdgePackages() {
  ensureDebianPackages(
    [
      ['nginx', nginx],
      ['libnginx-mod-http-brotli-filter', brotliModules[0]],
      ['libnginx-mod-http-brotli-static', brotliModules[1]],
      ['openssl', '/usr/bin/openssl'],
      ['curl', '/usr/bin/curl'],
    ],
    'the nginx edge',
  );
}

/** deploy/nginx/karabakh.conf, moved onto loopback ports and a scratch directory. */
function writeConfig(dir, {ports, origin}) {
  const site = readFileSync(path.join(root, 'deploy', 'nginx', 'karabakh.conf'), 'utf8')
    .replaceAll('/etc/nginx/snippets/karabakh-security-headers.conf', path.join(dir, 'security-headers.conf'))
    .replaceAll('/etc/letsencrypt/live/statements.example.org/fullchain.pem', path.join(dir, 'cert.pem'))
    .replaceAll('/etc/letsencrypt/live/statements.example.org/privkey.pem', path.join(dir, 'key.pem'))
    .replaceAll('/var/cache/nginx/karabakh', path.join(dir, 'cache'))
    .replaceAll('/srv/karabakh/', `${path.join(root, '.next', 'standalone')}/`)
    .replaceAll('https://statements.example.org$request_uri', `${origin}$request_uri`)
    .replaceAll('server 127.0.0.1:3000;', `server 127.0.0.1:${ports.app};`)
    .replace(/^\s*listen \[::\]:.*$/gm, '')
    .replace(/listen 80;/g, `listen 127.0.0.1:${ports.http};`)
    .replace(/listen 443 ssl http2;/g, `listen 127.0.0.1:${ports.https} ssl http2;`);
  copyFileSync(path.join(root, 'deploy', 'nginx', 'security-headers.conf'), path.join(dir, 'security-headers.conf'));
  writeFileSync(path.join(dir, 'site.conf'), site);
  // Debian's /etc/nginx/nginx.conf loads these through modules-enabled/,
  // relative to its own prefix, which is the scratch directory here.
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `${brotliModules.map((module) => `load_module ${module};`).join('\n')}
worker_processes 1;
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

function makeCertificate(dir) {
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
}

/**
 * Starts the standalone server (its entry point, scripts/serve/) on ports.app and nginx on ports.http/https.
 * Resolves to {url, httpUrl, appUrl, certificate, stop}; stop() ends both and removes
 * the scratch directory unless KEEP_EDGE is set.
 */
export async function startEdge(ports) {
  ensureEdgePackages();
  const url = ports.https === 443 ? 'https://localhost' : `https://localhost:${ports.https}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'karabakh-edge-'));
  const conf = path.join(dir, 'nginx.conf');
  // nginx's workers run as an unprivileged user: they must reach the scratch
  // directory and write the cache.
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'cache'), {mode: 0o777});
  chmodSync(path.join(dir, 'cache'), 0o777);
  let app;
  const stop = () => {
    try {
      execFileSync(nginx, ['-s', 'stop', '-p', dir, '-c', conf], {stdio: 'ignore'});
    } catch {
      // nginx did not start
    }
    app?.stop();
    if (process.env.KEEP_EDGE) console.log(`kept ${dir}`);
    else rmSync(dir, {recursive: true, force: true});
  };
  try {
    makeCertificate(dir);
    writeConfig(dir, {ports, origin: url});
    execFileSync(nginx, ['-t', '-q', '-p', dir, '-c', conf], {stdio: 'inherit'});
    app = await startStandalone(ports.app);
    execFileSync(nginx, ['-p', dir, '-c', conf], {stdio: 'inherit'});
  } catch (error) {
    stop();
    throw error;
  }
  return {
    url,
    httpUrl: `http://127.0.0.1:${ports.http}`,
    appUrl: app.url,
    certificate: path.join(dir, 'cert.pem'),
    stop,
  };
}
