// npm run dev: `next dev` with what it needs before it starts (the subset
// font, the site's script), the site's script rebuilt on every change while it
// runs (esbuild's watch mode), and lib/routing's rules in front of it on
// http://localhost:3000 (PORT), as every host applies them
// (scripts/serve/devServer.ts). Next hot-reloads the pages; a change to a
// *.browser.ts file shows on the next reload of the page.
import {execFileSync, spawn} from 'node:child_process';
import {createRequire} from 'node:module';
import path from 'node:path';
import {watchEnhancementScript} from './build/enhancement-script.mjs';
import {load} from './support/typescript.mjs';

const port = Number.parseInt(process.env.PORT ?? '', 10) || 3000;
const nextPort = port + 1;

execFileSync(process.execPath, [path.join(import.meta.dirname, 'build', 'subset-fonts.mjs')], {stdio: 'inherit'});
const watcher = await watchEnhancementScript();
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const next = spawn(
  process.execPath,
  [nextBin, 'dev', '--hostname', '127.0.0.1', '--port', String(nextPort), ...process.argv.slice(2)],
  {stdio: 'inherit'},
);
const {createDevServer} = /** @type {typeof import('./serve/devServer.ts')} */ (
  await load('scripts/serve/devServer.ts')
);
const server = createDevServer(nextPort).listen(port, 'localhost', () =>
  console.log(`The site, as the hosts answer it: http://localhost:${port} (next dev renders on ${nextPort})`),
);
next.once('exit', async (code, signal) => {
  server.close();
  await watcher.dispose();
  process.exit(code ?? (signal ? 1 : 0));
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.once(signal, () => next.kill(signal));
