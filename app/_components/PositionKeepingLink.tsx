import type {ReactNode} from 'react';

type Props = {
  href: string;
  hrefLang?: string;
  /** The language of the link text, where it differs from the page's. */
  lang?: string;
  className?: string;
  children: ReactNode;
};

/**
 * A link to the same page in another language (the switcher, a translation's
 * note). The prerendered HTML links to the bare page, which is what a reader
 * without JavaScript gets; the site's script carries the query string and
 * #fragment onto it (PositionKeepingLink.browser.ts), so a reader at a
 * paragraph stays at that paragraph, and "open in new tab" and "copy link"
 * agree.
 *
 * A plain <a>: the other language is another prerendered document (its own
 * <html lang>), and the proxy remembers the choice when it is requested.
 */
export default function PositionKeepingLink({href, children, ...attributes}: Props) {
  return (
    // The script changes href; a page that hydrates (`next dev`, a 404) must not call that a mismatch.
    <a href={href} data-keeps-position={href} suppressHydrationWarning {...attributes}>
      {children}
    </a>
  );
}
