'use client';

import type {Locale} from 'next-intl';
import type {ReactNode} from 'react';
import {useSyncExternalStore} from 'react';
import {Link, usePathname} from '@/i18n/navigation';

type Props = {
  locale: Locale;
  /** The language of the link text, where it differs from the page's. */
  lang?: string;
  className?: string;
  children: ReactNode;
};

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

// The query string and #fragment exist only in the browser; the prerendered
// HTML links to the bare page, which is what a reader without JavaScript gets.
const readLocationSuffix = () => window.location.search + window.location.hash;
const noSuffixOnServer = () => '';

/**
 * A link to the current page in another language. With JavaScript the link
 * also carries the query string and #fragment, so a reader at a paragraph
 * stays at that paragraph, and "open in new tab" and "copy link" agree.
 */
export default function LocaleLink({locale, lang, className, children}: Props) {
  const pathname = usePathname();
  const suffix = useSyncExternalStore(subscribe, readLocationSuffix, noSuffixOnServer);

  return (
    <Link href={pathname + suffix} locale={locale} lang={lang} className={className}>
      {children}
    </Link>
  );
}
