import {readFileSync} from 'node:fs';
import path from 'node:path';

// Next 16 with Turbopack preloads next/font files per page entry, looked up in
// .next/server/next-font-manifest.json by the path of the segment it renders.
// The global not-found page (out/404.html, the multilingual 404) renders as a
// layout over a built-in empty page, and its HTML comes without them. The
// fonts are `font-display: optional` (app/_styles/fonts.ts): a font that is
// not preloaded is only requested when the first frame is laid out, misses
// it, and is then not used, so the page would stay in the fallback serif. It
// therefore asks for the files Next lists for that entry, read from the same
// manifest, which `next build` has written before it prerenders. Should a Next
// upgrade move or reshape it, nothing is preloaded and tests/e2e/fonts.spec.ts
// fails on /wp-login.php. (The 404s of each language are pages of
// app/[locale]/ and get Next's own preloads.)
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

/** The multilingual 404's font files, as paths under /_next/ (e.g. `static/media/….woff2`). */
export const notFoundFontFiles = load();
