import type {Metadata, Viewport} from 'next';
import {notFound} from 'next/navigation';
import {hasLocale} from 'next-intl';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import type {ReactNode} from 'react';
import {routing} from '@/i18n/routing';
import PageShell from '../_components/PageShell';
import {languageAlternates, localePath, openGraphLocale, siteUrl} from '../_lib/site';

type Props = {
  children: ReactNode;
  params: Promise<{locale: string}>;
};

export function generateStaticParams() {
  return routing.locales.map((locale) => ({locale}));
}

// Every language is known at build time. Any other first segment matches no
// route, so Next answers it with app/global-not-found.tsx.
export const dynamicParams = false;

// The header's background in each scheme (--color-surface in globals.css), so
// the browser's own bars continue it.
export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    {media: '(prefers-color-scheme: light)', color: '#f3f0e8'},
    {media: '(prefers-color-scheme: dark)', color: '#202226'},
  ],
};

export async function generateMetadata({params}: Omit<Props, 'children'>): Promise<Metadata> {
  const {locale} = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({locale, namespace: 'Metadata'});
  const title = t('title');
  const description = t('description');

  return {
    metadataBase: siteUrl,
    title,
    description,
    alternates: {canonical: localePath(locale), languages: languageAlternates()},
    manifest: `${localePath(locale)}/manifest.webmanifest`,
    openGraph: {
      type: 'article',
      url: localePath(locale),
      siteName: t('siteName'),
      title,
      description,
      locale: openGraphLocale(locale),
      alternateLocale: routing.locales.filter((other) => other !== locale).map(openGraphLocale),
    },
    twitter: {card: 'summary_large_image', title, description},
  };
}

export default async function LocaleLayout({children, params}: Props) {
  const {locale} = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return <PageShell locale={locale}>{children}</PageShell>;
}
