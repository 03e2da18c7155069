// npm run dev: `next dev` with what it needs before it starts (the subset
// font, the site's script) and the site's script rebuilt on every change
// while it runs (esbuild's watch mode). Next hot-reloads the pages; a change
// to a *.browser.ts file shows on the next reload of the page.
import {execFileSync, spawn} from 'node:child_process';
import {createRequire} from 'node:module';
import path from 'node:path';
import {watchEnhancementScript} from './build/enhancement-script.mjs';

execFileSync(process.execPath, [path.join(import.meta.dirname, 'build', 'subset-fonts.mjs')], {stdio: 'inherit'});
const watcher = await watchEnhancementScript();
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const next = spawn(process.execPath, [nextBin, 'dev', ...process.argv.slice(2)], {stdio: 'inherit'});
next.once('exit', async (code, signal) => {
  await watcher.dispose();
  process.exit(code ?? (signal ? 1 : 0));
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => next.kill(signal));
