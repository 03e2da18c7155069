// After `next build`: deletes the link previews of the preview cache that this
// build neither drew nor read (lib/site/previewImageCache.ts touches each one
// it uses). `--since <ms>`: when run.mjs started `next build`.
import path from 'node:path';
import {parseArgs} from 'node:util';
import {load} from '../support/typescript.mjs';

const {values} = parseArgs({options: {since: {type: 'string'}}});
const since = Number(values.since);
if (!Number.isFinite(since)) throw new Error(`--since must be a time in milliseconds, got ${values.since}`);

const {previewImageCacheDirectory, prunePreviewImages} =
  /** @type {typeof import('../../lib/site/previewImageCache.ts')} */ (await load('lib/site/previewImageCache.ts'));
const {kept, pruned} = prunePreviewImages(previewImageCacheDirectory, since);
console.log(`${path.relative(process.cwd(), previewImageCacheDirectory)}: ${kept} kept, ${pruned} unused pruned`);
