// node scripts/fixture-site.mjs: builds the site with the fixture content of
// tests/fixtures/content/ in place of messages/statements/, into .fixture-site/
// (git-ignored), for the end-to-end tests of what needs several statements
// (playwright.config.ts serves its out/ beside the real build's). Why a copy:
// scripts/support/project-copy.mjs.
import path from 'node:path';
import {buildCopy, copyProject, root} from './support/project-copy.mjs';

const site = path.join(root, '.fixture-site');
copyProject(site, path.join(root, 'tests', 'fixtures', 'content', 'statements'));
console.log(`Building the fixture site in ${path.relative(root, site)}/`);
// Its tests read no compressed copy.
buildCopy(site, ['--no-precompress']);
