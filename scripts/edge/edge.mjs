// The reference deployment, run for real: Debian's nginx alone, with
// deploy/nginx/ (npm run hosts:nginx writes it from lib/routing), serving a
// copy of out/ as a deployment would upload it: nothing else of the project
// is there, and no Node process runs. The config is moved onto loopback
// ports, a scratch directory and a throwaway self-signed certificate; nothing
// else of it changes. Used by npm run check:edge and by npm run bench; npm
// run check:publish gives it the folder deploy/publish.sh publishes into.
import {execFileSync} from 'node:child_process';
import {chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {deployedPaths} from '../hosts/nginx/deployment.mjs';
import {ensureDebianPackages} from '../support/debian.mjs';
import {waitFor} from '../support/servers.mjs';

const root = path.join(import.meta.dirname, '..', '..');
const deployDir = path.join(root, 'deploy', 'nginx');
const nginx = '/usr/sbin/nginx';
const modules = {
  js: '/usr/lib/nginx/modules/ngx_http_js_module.so',
  brotliFilter: '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so',
  brotliStatic: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
};

/** Debian's nginx with its njs and Brotli modules, openssl and curl, installed when missing. */
export function ensureEdgePackages() {
  ensureDebianPackages(
    [
      ['nginx', nginx],
      ['libnginx-mod-http-js', modules.js],
      ['libnginx-mod-http-brotli-filter', modules.brotliFilter],
      ['libnginx-mod-http-brotli-static', modules.brotliStatic],
      ['openssl', '/usr/bin/openssl'],
      ['curl', '/usr/bin/curl'],
    ],
    'the nginx edge',
  );
}

/** @typedef {{http: number, https: number}} EdgePorts */

/**
 * `text` with every `from` replaced; throws when there is none, so that a change to the config cannot slip past.
 * @param {string} text
 * @param {string | RegExp} from
 * @param {string} to
 */
function replaced(text, from, to) {
  const found = typeof from === 'string' ? text.includes(from) : text.search(from) !== -1;
  if (!found) throw new Error(`deploy/nginx/karabakh.conf no longer has ${from}: scripts/edge/edge.mjs must follow it`);
  return typeof from === 'string' ? text.replaceAll(from, to) : text.replace(from, to);
}

/**
 * deploy/nginx/, copied into the scratch directory `dir` and moved onto it and loopback ports, serving `siteDir`.
 * @param {string} dir
 * @param {{ports: EdgePorts, origin: string, siteDir: string}} edge
 */
function writeConfig(dir, {ports, origin, siteDir}) {
  /** @type {[from: string | RegExp, to: string][]} */
  const replacements = [
    [deployedPaths.snippet, path.join(dir, 'security-headers.conf')],
    [deployedPaths.njsDir, `${dir}/`],
    [deployedPaths.certificate, path.join(dir, 'cert.pem')],
    [deployedPaths.certificateKey, path.join(dir, 'key.pem')],
    [`root ${deployedPaths.root};`, `root ${siteDir};`],
    [`https://${deployedPaths.host}$request_uri`, `${origin}$request_uri`],
    [/^[ \t]*listen \[::\]:.*\n/gm, ''],
    [/listen 80 default_server;/g, `listen 127.0.0.1:${ports.http} default_server;`],
    [/listen 443 ssl http2 default_server;/g, `listen 127.0.0.1:${ports.https} ssl http2 default_server;`],
  ];
  cpSync(deployDir, dir, {recursive: true});
  const site = replacements.reduce(
    (text, [from, to]) => replaced(text, from, to),
    readFileSync(path.join(dir, 'karabakh.conf'), 'utf8'),
  );
  const directives = site.replace(/#.*$/gm, '');
  if (/\/(srv|etc)\//.test(directives))
    throw new Error('the edge config still names a path outside its scratch directory');
  writeFileSync(path.join(dir, 'karabakh.conf'), site);
  // Debian's /etc/nginx/nginx.conf loads the modules through modules-enabled/,
  // relative to its own prefix, which is the scratch directory here.
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `${Object.values(modules)
      .map((module) => `load_module ${module};`)
      .join('\n')}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  sendfile on;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/karabakh.conf;
}
`,
  );
}

/** @param {string} dir */
function makeCertificate(dir) {
  const subject = ['-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'];
  const files = ['-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')];
  const request = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2'];
  execFileSync('openssl', [...request, ...subject, ...files], {stdio: 'ignore'});
}

/**
 * Copies out/ into a scratch directory and starts nginx on 127.0.0.1, ports.http and ports.https, serving the copy;
 * or, given `site` (a folder, or the link deploy/publish.sh keeps), serving that as it is.
 * Resolves to {url, httpUrl, certificate, root (what nginx serves), stop}; stop() ends nginx and removes
 * the scratch directory unless KEEP_EDGE is set.
 * @param {EdgePorts} ports
 * @param {{site?: string}} [options]
 */
export async function startEdge(ports, {site} = {}) {
  ensureEdgePackages();
  const outDir = path.join(root, 'out');
  if (!site && !existsSync(path.join(outDir, '404.html')))
    throw new Error('There is no site in out/: build it first (npm run build).');
  const url = ports.https === 443 ? 'https://localhost' : `https://localhost:${ports.https}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'karabakh-edge-'));
  const conf = path.join(dir, 'nginx.conf');
  const siteDir = site ?? path.join(dir, 'out');
  // nginx's workers run as an unprivileged user: they must reach the copy.
  chmodSync(dir, 0o755);
  let started = false;
  const stop = () => {
    if (started) {
      try {
        execFileSync(nginx, ['-s', 'stop', '-p', dir, '-c', conf], {stdio: 'ignore'});
      } catch {
        // already stopped
      }
    }
    if (process.env.KEEP_EDGE) console.log(`kept ${dir}`);
    else rmSync(dir, {recursive: true, force: true});
  };
  try {
    // As a deployment uploads it: the files and directories of out/, nothing that points back into the project.
    if (!site) cpSync(outDir, siteDir, {recursive: true, verbatimSymlinks: true});
    makeCertificate(dir);
    writeConfig(dir, {ports, origin: url, siteDir});
    execFileSync(nginx, ['-t', '-q', '-p', dir, '-c', conf], {stdio: 'inherit'});
    execFileSync(nginx, ['-p', dir, '-c', conf], {stdio: 'inherit'});
    started = true;
    // nginx forks its workers in the background.
    await waitFor(`http://127.0.0.1:${ports.http}/`, 10_000);
  } catch (error) {
    stop();
    throw error;
  }
  return {url, httpUrl: `http://127.0.0.1:${ports.http}`, certificate: path.join(dir, 'cert.pem'), root: siteDir, stop};
}
