import {readFile} from 'node:fs/promises';
import path from 'node:path';

// The site's serif for the link previews. Satori reads WOFF but not WOFF2,
// hence Fontsource's static-weight package here. Read once per process, into
// one array: satori keeps the fonts it has parsed keyed by that array, so every
// preview after the first skips reading and parsing four fonts (≈ 20 ms each).

export const previewFontFiles = [
  {name: 'Serif', file: 'source-serif-4-latin-400-normal.woff', weight: 400},
  {name: 'Serif', file: 'source-serif-4-latin-700-normal.woff', weight: 700},
  {name: 'SerifExt', file: 'source-serif-4-latin-ext-400-normal.woff', weight: 400},
  {name: 'SerifExt', file: 'source-serif-4-latin-ext-700-normal.woff', weight: 700},
] as const;

const readFonts = () =>
  Promise.all(
    previewFontFiles.map(async ({name, file, weight}) => ({
      name,
      data: await readFile(path.join(process.cwd(), 'node_modules', '@fontsource', 'source-serif-4', 'files', file)),
      weight,
      style: 'normal' as const,
    })),
  );

let fonts: ReturnType<typeof readFonts> | undefined;

export function previewFonts(): ReturnType<typeof readFonts> {
  fonts ??= readFonts();
  return fonts;
}
