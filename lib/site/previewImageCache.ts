import {createHash} from 'node:crypto';
import {existsSync, readdirSync, rmSync, statSync} from 'node:fs';
import {mkdir, readFile, rename, utimes, writeFile} from 'node:fs/promises';
import path from 'node:path';

// The link previews drawn by earlier builds, kept across builds so that an
// unchanged page's PNG is read, not drawn again (issue #23). Under .next/cache/,
// which `next build` keeps and CI and static hosts cache between builds
// (docs/architecture.md, "Preview images"). An entry is named by the hash of
// everything that draws it; after the build, prunePreviewImages() deletes the
// entries it did not use (scripts/build/prune-preview-cache.mjs).

export const previewImageCacheDirectory = path.join(process.cwd(), '.next', 'cache', 'preview-images');

/**
 * The name of an image: the SHA-256 of what it says and of the bytes of every file that draws it (the drawing
 * code, the fonts, the renderer's version), so that a change to any of them draws it anew.
 */
export function previewImageKey(text: Readonly<Record<string, string>>, drawing: readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const file of drawing) hash.update(createHash('sha256').update(file).digest());
  // Sorted keys: the same text is the same key, whatever order its fields were written in.
  hash.update(JSON.stringify(Object.entries(text).sort(([a], [b]) => (a < b ? -1 : 1))));
  return hash.digest('hex');
}

/** The image named `key` in `directory`, or `draw()`'s, stored there under that name for the next build. */
export async function cachedPreviewImage(
  directory: string,
  key: string,
  draw: () => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const file = path.join(directory, `${key}.png`);
  try {
    const cached = await readFile(file);
    // Used by this build: the pruning step keeps what a build touched.
    const now = new Date();
    await utimes(file, now, now);
    return new Uint8Array(cached);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  const image = await draw();
  await mkdir(directory, {recursive: true});
  // The build's workers draw side by side: a reader sees a whole file or none.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, image);
  await rename(partial, file);
  return image;
}

/**
 * Deletes the images of `directory` that no build since `since` (ms) drew or read, so that the cache holds the site
 * as it is, not every title it ever had; says how many it kept and pruned.
 */
export function prunePreviewImages(directory: string, since: number): {kept: number; pruned: number} {
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
  return {kept: files.length - pruned, pruned};
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
