import type {Locale} from 'next-intl';
import {NextIntlClientProvider} from 'next-intl';
import type {ReactNode} from 'react';
import {fontVariables} from '../_lib/fonts';
import SiteFooter from './SiteFooter';
import SiteHeader from './SiteHeader';
import SkipLink from './SkipLink';
import '../globals.css';

/** The document around every page of a language: header with switcher, content, contact footer. */
export default function PageShell({locale, children}: {locale: Locale; children: ReactNode}) {
  return (
    <html lang={locale} className={fontVariables}>
      <body>
        <NextIntlClientProvider>
          <SkipLink />
          <SiteHeader />
          {children}
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
