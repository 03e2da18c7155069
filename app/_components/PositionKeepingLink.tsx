'use client';

import type {ReactNode} from 'react';
import {useSyncExternalStore} from 'react';

type Props = {
  href: string;
  hrefLang?: string;
  /** The language of the link text, where it differs from the page's. */
  lang?: string;
  className?: string;
  'aria-label'?: string;
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
 * A link to the same page in another language (the switcher, a translation's
 * note). With JavaScript it also carries the query string and #fragment, so a
 * reader at a paragraph stays at that paragraph, and "open in new tab" and
 * "copy link" agree. Paragraph ids are the same in every language.
 *
 * A plain <a>: the other language is another prerendered document (its own
 * <html lang>, its own CSP), and the proxy remembers the choice when it is
 * requested. No client router or i18n runtime needs to ship for it.
 */
export default function PositionKeepingLink({href, children, ...attributes}: Props) {
  const suffix = useSyncExternalStore(subscribe, readLocationSuffix, noSuffixOnServer);
  return (
    <a href={href + suffix} {...attributes}>
      {children}
    </a>
  );
}
