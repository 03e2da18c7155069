// npm run hosts:nginx: writes deploy/nginx/ from lib/routing, the rules of the
// embedded server (scripts/serve/), so that nginx alone, serving out/ from
// disk, gives the same answers (docs/architecture.md, "The rules"):
//
//   karabakh.conf          every rule of answer() (lib/routing/requests.ts) as maps and locations:
//                          nginx/site.mjs, of the regexes of nginx/rules.mjs and the types of nginx/mime-types.mjs
//   security-headers.conf  securityHeaders, as add_header lines for every response: nginx/header-lines.mjs
//   negotiation.js         lib/routing/negotiation.ts and encodePath() compiled for njs 0.7, for what
//                          depends on the request (the reader's language, the redirects' Location): nginx/njs.mjs
//
// nginxFiles() gives the three files without writing them, for
// tests/unit/nginx-config.test.ts: the committed ones must be what this writes.
// Before giving them it holds the nginx regexes to lib/routing's own
// functions on a few thousand paths (agreement(), nginx/rules.mjs), and throws
// where they differ.
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {outputDir} from './nginx/deployment.mjs';
import {securityHeadersFile} from './nginx/header-lines.mjs';
import {njsModule} from './nginx/njs.mjs';
import {agreement} from './nginx/rules.mjs';
import {siteConfig} from './nginx/site.mjs';

/**
 * The files of deploy/nginx/, by name, as this writes them.
 * @returns {Promise<Record<string, string>>}
 */
export async function nginxFiles() {
  agreement();
  return {
    'karabakh.conf': siteConfig(),
    'security-headers.conf': securityHeadersFile(),
    'negotiation.js': await njsModule(),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(outputDir, {recursive: true});
  for (const [name, contents] of Object.entries(await nginxFiles())) {
    writeFileSync(path.join(outputDir, name), contents);
    console.log(`deploy/nginx/${name} written`);
  }
}
