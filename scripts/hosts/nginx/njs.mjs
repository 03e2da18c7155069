// negotiation.js, the njs module nginx runs for the answers that depend on
// the request (the reader's language, the redirects' Location): lib/routing's
// own code, bundled by esbuild from njs-entry.ts with the languages as data.
import path from 'node:path';
import * as prettier from 'prettier';
import {bundleWithData, routingAsData} from '../bundle.mjs';
import {doNotEdit, generatedBy, outputDir} from './deployment.mjs';
import {routing} from './routing-modules.mjs';

/** The text of negotiation.js, formatted as the repository formats its files. */
export async function njsModule() {
  // njs 0.7 runs ES5 with let/const, arrow functions and template literals.
  const text = await bundleWithData('scripts/hosts/njs-entry.ts', {'i18n/routing': routingAsData(routing)}, 'es2015');
  // njs takes only `export default`, which esbuild writes as `export {x as default}`.
  const defaultExport = /\nexport \{\n {2}(\w+) as default\n\};\n$/;
  if (!defaultExport.test(text)) throw new Error("esbuild's ESM output no longer ends with the default export");
  const njsSource = `// ${generatedBy}
// (lib/routing/negotiation.ts and encodePath() of lib/routing/requests.ts,
// bundled from scripts/hosts/njs-entry.ts); ${doNotEdit}.
/* eslint-disable */
${text.replace(defaultExport, '\nexport default $1;\n')}`;
  const filepath = path.join(outputDir, 'negotiation.js');
  return prettier.format(njsSource, {...(await prettier.resolveConfig(filepath)), filepath});
}
