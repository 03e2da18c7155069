import path from 'node:path';
import {preload} from 'react-dom';
import {notFoundFontFiles} from './fontFiles';

/**
 * The font preloads Next gives every other page (see ./fontFiles.ts), for the
 * multilingual 404, which Next renders outside every layout. Asked of React
 * as the same hints Next gives, so React sends each file's once.
 * The URLs assume no basePath or assetPrefix (next.config.ts sets neither).
 */
export default function FontPreloads() {
  for (const file of notFoundFontFiles) {
    preload(`/_next/${file}`, {as: 'font', type: `font/${path.extname(file).slice(1)}`, crossOrigin: ''});
  }
  return null;
}
