'use client';

import type {Locale} from 'next-intl';
import {usePathname} from 'next/navigation';
import type {ReactNode} from 'react';
import {useSyncExternalStore} from 'react';
import {localizedPath} from '../_lib/localizedPath';

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
 *
 * A plain <a>: the other language is another prerendered document (its own
 * <html lang>, its own CSP), and the proxy remembers the choice when it is
 * requested. No client router or i18n runtime needs to ship for it.
 */
export default function LocaleLink({locale, lang, className, children}: Props) {
  const pathname = usePathname();
  const suffix = useSyncExternalStore(subscribe, readLocationSuffix, noSuffixOnServer);

  return (
    <a href={localizedPath(pathname, locale) + suffix} hrefLang={locale} lang={lang} className={className}>
      {children}
    </a>
  );
}
