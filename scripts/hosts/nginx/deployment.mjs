// The files of deploy/nginx/: where this repository keeps them, the lines that
// say where each comes from, and where the deployment installs them.
import path from 'node:path';

export const outputDir = path.join(import.meta.dirname, '..', '..', '..', 'deploy', 'nginx');

export const generatedBy = 'Written by `npm run hosts:nginx` (scripts/hosts/write-nginx.mjs) from lib/routing';
export const doNotEdit =
  'do not edit by hand: tests/unit/nginx-config.test.ts fails when it differs from what that writes';

/** Where the deployment puts what nginx reads; scripts/edge/edge.mjs moves them into a scratch directory. */
export const deployedPaths = {
  root: '/srv/karabakh/out',
  snippet: '/etc/nginx/snippets/karabakh-security-headers.conf',
  njsDir: '/etc/nginx/njs/karabakh/',
  certificate: '/etc/letsencrypt/live/statements.example.org/fullchain.pem',
  certificateKey: '/etc/letsencrypt/live/statements.example.org/privkey.pem',
  host: 'statements.example.org',
};
