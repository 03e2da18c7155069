// The content types nginx sends and what it compresses, as the embedded server
// does: sirv's MIME types, from mrmime (the copy sirv itself uses), and
// compressibleExtensions (lib/routing/paths.ts).
import {createRequire} from 'node:module';
import {paths} from './routing-modules.mjs';

/** @type {(extension: string) => string | undefined} */
export const mimeOf = createRequire(createRequire(import.meta.url).resolve('sirv'))('mrmime').lookup;

const utf8 = '; charset=utf-8';
/** The types contentTypeOf() gives with a charset; agreement() (rules.mjs) holds them to it. */
export const contentTypes = {
  feed: 'application/atom+xml; charset=utf-8',
  manifest: `${mimeOf('webmanifest')}${utf8}`,
  page: `${mimeOf('html')}${utf8}`,
};
/** The types that nginx's charset filter marks as UTF-8 (contentTypeOf adds the charset to them), text/html always. */
export const charsetTypes = [mimeOf('webmanifest')];

const images = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif'];
/**
 * The extensions of the files a build may hold: the compressible ones, JavaScript modules and source maps, images,
 * fonts and PDF.
 */
const extensions = [...paths.compressibleExtensions, 'mjs', 'map', ...images, 'woff', 'woff2', 'pdf'];

/** Their types, as the lines of nginx's `types` block: extensions grouped by type. */
export const typesLines = (() => {
  /** @type {Map<string, string[]>} */
  const byType = new Map();
  for (const extension of extensions) {
    const type = mimeOf(extension);
    if (type) byType.set(type, [...(byType.get(type) ?? []), extension]);
  }
  return [...byType].map(([type, names]) => `${type} ${names.join(' ')};`);
})();

/** The types nginx compresses on the fly: the compressible files' and the feed's. */
export const compressibleTypes = (() => {
  const types = new Set([...paths.compressibleExtensions.map(mimeOf), 'application/atom+xml']);
  // text/html is always compressed; naming it again is an nginx warning.
  types.delete('text/html');
  return [...types].join(' ');
})();
