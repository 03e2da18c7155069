// npm run dev: `next dev` with what it needs before it starts (the subset
// font, the site's script) and the site's script rebuilt on every change
// while it runs (esbuild's watch mode). Next hot-reloads the pages; a change
// to a *.browser.ts file shows on the next reload of the page.
import {spawn} from 'node:child_process';
import {createRequire} from 'node:module';
import path from 'node:path';
import {watchEnhancementScript} from './build/enhancement-script.mjs';

const node = (...args) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {stdio: 'inherit'});
    child.once('exit', (code) => (code === 0 ? resolve(child) : reject(new Error(`${args[0]} exited with ${code}`))));
  });

await node(path.join(import.meta.dirname, 'build', 'subset-fonts.mjs'));
const watcher = await watchEnhancementScript();
const next = spawn(
  process.execPath,
  [createRequire(import.meta.url).resolve('next/dist/bin/next'), 'dev', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
next.once('exit', async (code) => {
  await watcher.dispose();
  process.exit(code ?? 0);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => next.kill(signal));
