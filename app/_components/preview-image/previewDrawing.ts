import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {previewFontFiles} from './previewFonts';

// Every file whose bytes decide how a preview looks, for the preview cache's
// key (lib/site/previewImageCache.ts): the drawing, its size and colours, the
// fonts, and the renderer (next/og's satori and resvg come with next; it draws
// through sharp when sharp is installed).
const project = process.cwd();
const fromProject = [
  'app/_components/preview-image/drawPreviewImage.tsx',
  'app/_components/preview-image/previewFonts.ts',
  'lib/site/previewImage.ts',
  'lib/site/theme.json',
  ...previewFontFiles.map(({file}) => `node_modules/@fontsource/source-serif-4/files/${file}`),
  'node_modules/next/package.json',
];
const optional = ['node_modules/sharp/package.json'];

let drawing: Promise<Uint8Array[]> | undefined;

/** The bytes of those files, read once per process. */
export function previewDrawing(): Promise<Uint8Array[]> {
  drawing ??= Promise.all([
    ...fromProject.map((file) => readFile(path.join(project, file))),
    ...optional.map((file) => readFile(path.join(project, file)).catch(() => new Uint8Array())),
  ]);
  return drawing;
}
