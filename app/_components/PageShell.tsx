import type {Locale} from 'next-intl';
import type {ReactNode} from 'react';
import {fontVariables} from '../_lib/fonts';
import SiteFooter from './SiteFooter';
import SiteHeader from './SiteHeader';
import SkipLink from './SkipLink';
import '../globals.css';

/**
 * The document around every page of a language: header with switcher,
 * content, contact footer. Every text is rendered on the server; no client
 * component needs next-intl, so no i18n provider or messages ship to the browser.
 */
export default function PageShell({locale, children}: {locale: Locale; children: ReactNode}) {
  return (
    <html lang={locale} className={fontVariables}>
      <body>
        <SkipLink />
        <SiteHeader />
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
