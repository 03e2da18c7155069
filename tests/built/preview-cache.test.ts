import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {fixtureSite, site} from '../support/builds';

// What a build leaves for the next one (issue #23, lib/site/previewImageCache.ts):
// each preview image of its out/, byte for byte, in .next/cache/preview-images/
// beside it, and nothing else there (the entries it did not use are pruned).
const digestsOf = (files: string[]) => [
  ...new Set(files.map((file) => createHash('sha256').update(readFileSync(file)).digest('hex'))),
];

describe.each([
  ['the site', site],
  ['the fixture site', fixtureSite],
])('%s keeps its preview images for the next build', (_name, build) => {
  const previews = readdirSync(build.outDir, {recursive: true, encoding: 'utf8'})
    .filter((file) => path.basename(file) === 'preview.png')
    .map((file) => path.join(build.outDir, file));
  const cacheDirectory = path.join(build.outDir, '..', '.next', 'cache', 'preview-images');
  const cached = readdirSync(cacheDirectory).map((file) => path.join(cacheDirectory, file));

  test('a cached PNG with the bytes of each preview image, and no other', () => {
    expect(previews.length).toBeGreaterThan(0);
    expect(digestsOf(cached).sort()).toEqual(digestsOf(previews).sort());
  });

  test('each named by the SHA-256 it was drawn under, a 64-digit hex key', () => {
    for (const file of cached) expect(path.basename(file)).toMatch(/^[0-9a-f]{64}\.png$/);
  });
});
