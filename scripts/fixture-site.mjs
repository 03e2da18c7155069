// node scripts/fixture-site.mjs: builds the site with the fixture content of
// tests/fixtures/content/ in place of messages/statements/, into .fixture-site/
// (git-ignored), for the end-to-end tests of what needs several statements
// (playwright.config.ts serves its out/ beside the real build's).
//
// A copy of the project, not a switch inside it: the code built is the very
// code of `npm run build`, and nothing in the real build can ever read,
// list or ship a fixture.
import {execFileSync} from 'node:child_process';
import {cpSync, mkdirSync, rmSync, symlinkSync} from 'node:fs';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..');
const site = path.join(root, '.fixture-site');
const copied = [
  'app',
  'i18n',
  'lib',
  'messages',
  'public',
  'scripts',
  'global.d.ts',
  'next.config.ts',
  'package.json',
  'tsconfig.json',
];

rmSync(site, {recursive: true, force: true});
mkdirSync(site);
for (const entry of copied) {
  cpSync(path.join(root, entry), path.join(site, entry), {
    recursive: true,
    // Build output of the project itself (fonts subset for it) is made anew.
    filter: (source) => !source.includes(`${path.sep}_fonts`),
  });
}
rmSync(path.join(site, 'messages', 'statements'), {recursive: true});
cpSync(path.join(root, 'tests', 'fixtures', 'content', 'statements'), path.join(site, 'messages', 'statements'), {
  recursive: true,
});
// The project's own dependencies, inside the project (Turbopack follows no link out of it).
symlinkSync(path.join('..', 'node_modules'), path.join(site, 'node_modules'), 'dir');

console.log(`Building the fixture site in ${path.relative(root, site)}/`);
execFileSync(process.execPath, [path.join(site, 'scripts', 'build', 'run.mjs'), '--no-precompress'], {
  cwd: site,
  stdio: 'inherit',
});
