import type {ReactNode} from 'react';
import {fontVariables} from '../_styles/fonts';
import '../_styles/base.css';

/**
 * The `<html>` of every page, in its language. Rendered by app/[locale]/layout.tsx
 * and by the 404 pages, which Next renders outside every layout.
 */
export default function Document({lang, children}: {lang: string; children: ReactNode}) {
  return (
    <html lang={lang} className={fontVariables}>
      <body>{children}</body>
    </html>
  );
}
