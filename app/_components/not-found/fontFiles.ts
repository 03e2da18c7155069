import {readFileSync} from 'node:fs';
import path from 'node:path';

// Next 16 with Turbopack preloads next/font files per page entry, looked up in
// .next/server/next-font-manifest.json by the path of the segment it renders.
// The global not-found page renders as a layout over a built-in empty page, so
// neither path matches the manifest's key for it ("_not-found/page") and its
// HTML comes without font preloads. The fonts are `font-display: optional`
// (app/_styles/fonts.ts), and a font that is not preloaded is only requested when
// the first frame is laid out: it misses that frame and is then not used, so a
// 404 page would stay in the fallback serif. The 404 pages therefore preload
// the files Next lists for that entry, read from the same manifest. Should a
// Next upgrade move or reshape it, nothing is preloaded and
// tests/e2e/fonts.spec.ts fails on the 404 pages.
const NOT_FOUND_ENTRY = '[project]/app/_not-found/page';

function isListOfPaths(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function load(): string[] {
  // `next dev` builds into .next/dev, with other file names; the manifest of
  // an earlier production build would name files it does not serve.
  if (process.env.NODE_ENV !== 'production') return [];
  try {
    const file = path.join(process.cwd(), '.next', 'server', 'next-font-manifest.json');
    // Only the shape of the one entry read matters; anything else means none.
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as {app?: Record<string, unknown>} | null;
    const files = manifest?.app?.[NOT_FOUND_ENTRY];
    return isListOfPaths(files) ? files : [];
  } catch {
    return [];
  }
}

/** The 404 pages' font files, as paths under /_next/ (e.g. `static/media/….woff2`). */
export const notFoundFontFiles = load();
