import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test, vi} from 'vitest';
import {drawPreviewImage} from '@/app/_components/preview-image/drawPreviewImage';
import {previewDrawing} from '@/app/_components/preview-image/previewDrawing';
import {cachedPreviewImage, previewImageKey} from '@/lib/site/previewImageCache';
import {pngSize} from '../support/png';

// The link previews a build keeps for the next (issue #23): an image is drawn
// again when anything that draws it changes, and what the next build reads is
// the very PNG it would have drawn.
const text = {
  title: 'Mätuttalande A',
  name: 'KARABAKH',
  description: 'Azerbajdzjanska kulturföreningen i Stockholm',
  properName: 'Azerbajdzjanska Kulturföreningen i Stockholm “KARABAKH”',
  language: 'Svenska',
};
const directory = mkdtempSync(path.join(tmpdir(), 'preview-cache-'));
afterAll(() => rmSync(directory, {recursive: true, force: true}));

describe('the key of a preview image', () => {
  const drawing = [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5])];

  test('is the same for the same text and drawing, whatever the order of the text’s fields', () => {
    const reordered = Object.fromEntries(Object.entries(text).reverse());
    expect(previewImageKey(reordered, drawing)).toBe(previewImageKey(text, drawing));
  });

  test.each(Object.keys(text))('changes when the %s changes', (field) => {
    expect(previewImageKey({...text, [field]: 'Ölçmə bəyanatı'}, drawing)).not.toBe(previewImageKey(text, drawing));
  });

  test('changes when a byte of the drawing code, the fonts or the renderer changes', () => {
    const changed = [new Uint8Array([1, 2, 3]), new Uint8Array([4, 6])];
    expect(previewImageKey(text, changed)).not.toBe(previewImageKey(text, drawing));
  });

  test('changes when one file’s bytes move to the next (each file is hashed on its own)', () => {
    const moved = [new Uint8Array([1, 2]), new Uint8Array([3, 4, 5])];
    expect(previewImageKey(text, moved)).not.toBe(previewImageKey(text, drawing));
  });
});

describe('a cached preview image', () => {
  test('is drawn once, then read: the same bytes as a fresh drawing, a 1200 × 630 PNG', async () => {
    const key = previewImageKey(text, await previewDrawing());
    const draw = vi.fn(() => drawPreviewImage(text));
    const first = await cachedPreviewImage(directory, key, draw);
    const second = await cachedPreviewImage(directory, key, draw);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(readdirSync(directory)).toEqual([`${key}.png`]);
    const fresh = await drawPreviewImage(text);
    expect(Buffer.from(second).equals(Buffer.from(fresh))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(fresh))).toBe(true);
    expect(pngSize(readFileSync(path.join(directory, `${key}.png`)))).toEqual({width: 1200, height: 630});
  });

  test('is drawn anew for another key', async () => {
    const draw = vi.fn(() => Promise.resolve(new Uint8Array([0x89, 0x50])));
    await cachedPreviewImage(directory, 'another', draw);
    expect(draw).toHaveBeenCalledTimes(1);
  });
});
