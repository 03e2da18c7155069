import type {Metadata, Viewport} from 'next';
import type {ReactNode} from 'react';
import {routeLocale} from '@/i18n/routeLocale';
import {localeParams} from '@/i18n/routing';
import theme from '@/lib/site/theme.json';
import {frontPagePath, siteUrl} from '@/lib/site/urls';
import Document from '../_components/Document';

type Props = {
  children: ReactNode;
  params: Promise<{locale: string}>;
};

export const generateStaticParams = localeParams;

// Every language is known at build time; a path outside them is answered by
// out/404.html (app/global-not-found.tsx, lib/routing/paths.ts).
export const dynamicParams = false;

// The header's background in each scheme, so the browser's own bars continue it.
export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    {media: '(prefers-color-scheme: light)', color: theme.light.surface},
    {media: '(prefers-color-scheme: dark)', color: theme.dark.surface},
  ],
};

export async function generateMetadata({params}: Omit<Props, 'children'>): Promise<Metadata> {
  const locale = routeLocale((await params).locale);
  return {metadataBase: siteUrl, manifest: `${frontPagePath(locale)}/manifest.webmanifest`};
}

export default async function LocaleLayout({children, params}: Props) {
  const locale = routeLocale((await params).locale);
  return <Document lang={locale}>{children}</Document>;
}
