import type {ReactNode} from 'react';
import {fontVariables} from '../_styles/fonts';
import EnhancementScript from './EnhancementScript';
import '../_styles/base.css';

/**
 * The `<html>` of every page, in its language, with the site's one script.
 * Rendered by app/[locale]/layout.tsx and by the 404 pages, which Next
 * renders outside every layout.
 */
export default function Document({lang, children}: {lang: string; children: ReactNode}) {
  return (
    <html lang={lang} className={fontVariables}>
      <head>
        <EnhancementScript />
      </head>
      <body>{children}</body>
    </html>
  );
}
