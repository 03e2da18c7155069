// After `next build`: deletes the link previews of .next/cache/preview-images/
// that this build neither drew nor read (lib/site/previewImageCache.ts touches
// each one it uses), so that the cache holds the site as it is, not every
// title it ever had. `--since <ms>`: when run.mjs started `next build`.
import {existsSync, readdirSync, rmSync, statSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';

const {values} = parseArgs({options: {since: {type: 'string'}}});
const since = Number(values.since);
if (!Number.isFinite(since)) throw new Error(`--since must be a time in milliseconds, got ${values.since}`);

const directory = path.join(process.cwd(), '.next', 'cache', 'preview-images');
const files = existsSync(directory)
  ? readdirSync(directory, {withFileTypes: true}).filter((entry) => entry.isFile())
  : [];
let pruned = 0;
for (const {name} of files) {
  const file = path.join(directory, name);
  if (statSync(file).mtimeMs < since) {
    rmSync(file);
    pruned += 1;
  }
}
console.log(`.next/cache/preview-images: ${files.length - pruned} kept, ${pruned} unused pruned`);
