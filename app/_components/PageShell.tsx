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
        {/* The only client component (LocaleLink) needs the locale, not the
            messages: every text is rendered on the server, so none is shipped
            again to the browser. */}
        <NextIntlClientProvider locale={locale} messages={null} formats={null}>
          <SkipLink />
          <SiteHeader />
          {children}
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
