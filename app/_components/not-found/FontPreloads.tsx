import path from 'node:path';
import {notFoundFontFiles} from './fontFiles';

/**
 * The font preloads Next gives every other page (see ./fontFiles.ts).
 * Rendered as elements, which React hoists into <head>: a preload() hint from
 * this server component reaches the RSC payload of a 404 but not its HTML.
 * The URLs assume no basePath or assetPrefix (next.config.ts sets neither).
 */
export default function FontPreloads() {
  return notFoundFontFiles.map((file) => (
    <link
      key={file}
      rel="preload"
      href={`/_next/${file}`}
      as="font"
      type={`font/${path.extname(file).slice(1)}`}
      crossOrigin=""
    />
  ));
}
