// After host-rules: the static hosts' functions (scripts/hosts/host-functions.mjs),
// Cloudflare's in out/, Netlify's in .netlify-edge/ beside it.
import path from 'node:path';
import {netlifyFunctionsDir, writeHostFunctions} from '../hosts/host-functions.mjs';

await writeHostFunctions(path.join(process.cwd(), 'out'), process.cwd());
console.log(`out/_worker.js, out/_routes.json and ${netlifyFunctionsDir}/ written`);
