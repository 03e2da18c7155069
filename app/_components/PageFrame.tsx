import type {Locale} from 'next-intl';
import type {ReactNode} from 'react';
import type {Alternates} from '@/lib/site/alternates';
import SiteFooter from './SiteFooter';
import SiteHeader from './SiteHeader';
import SkipLink from './SkipLink';

type Props = {locale: Locale; alternates?: Alternates; children: ReactNode};

/**
 * What surrounds the content of every page: skip link, header with the
 * language switcher (which knows where this page exists in each language),
 * the main landmark, and the contact footer. Every text is rendered on the
 * server, and no component is a client component (docs/architecture.md,
 * "Documents, not apps"): no i18n provider, messages or framework ship to
 * the browser.
 */
export default function PageFrame({locale, alternates, children}: Props) {
  return (
    <>
      <SkipLink locale={locale} />
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
