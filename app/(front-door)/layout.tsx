import type {Metadata} from 'next';
import type {ReactNode} from 'react';
import {routing} from '@/i18n/routing';
import Document from '../_components/Document';

// out/index.html, `/` on a host that runs no rules (docs/deployment.md): a
// root layout of its own, as the languages' (app/[locale]/layout.tsx) is theirs.
export const metadata: Metadata = {robots: {index: false}};

export default function FrontDoorLayout({children}: {children: ReactNode}) {
  return <Document lang={routing.defaultLocale}>{children}</Document>;
}
