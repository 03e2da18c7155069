import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {outputDir} from '../../scripts/hosts/nginx/deployment.mjs';
import {nginxFiles} from '../../scripts/hosts/write-nginx.mjs';

// deploy/nginx/ is written by `npm run hosts:nginx` from lib/routing: the
// committed files must be exactly what it writes now, so that nobody edits
// them by hand and nginx never drifts from the embedded server's rules.
test('deploy/nginx/ is what npm run hosts:nginx writes from lib/routing', async () => {
  const deployDir = path.join(process.cwd(), 'deploy', 'nginx');
  expect(outputDir, 'npm run hosts:nginx writes elsewhere than deploy/nginx/').toBe(deployDir);
  const files = await nginxFiles();
  expect(Object.keys(files).sort()).toEqual(['karabakh.conf', 'negotiation.js', 'security-headers.conf']);
  for (const [name, contents] of Object.entries(files)) {
    const committed = readFileSync(path.join(deployDir, name), 'utf8');
    expect(committed, `deploy/nginx/${name} differs from what npm run hosts:nginx writes: run it`).toBe(contents);
  }
}, 30_000);
