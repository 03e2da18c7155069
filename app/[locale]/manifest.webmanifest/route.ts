import type {MetadataRoute} from 'next';
import {getTranslations} from 'next-intl/server';
import {routeLocale} from '@/i18n/routeLocale';
import {localeParams} from '@/i18n/routing';
import theme from '@/lib/site/theme.json';
import {frontPagePath} from '@/lib/site/urls';

// One web manifest per language (Next's manifest.ts exists only once, at the
// root), so an installed site carries its name in the reader's language.
export const dynamic = 'force-static';

export const generateStaticParams = localeParams;

export async function GET(_request: Request, {params}: {params: Promise<{locale: string}>}) {
  const locale = routeLocale((await params).locale);
  const t = await getTranslations({locale, namespace: 'Metadata'});

  const manifest: MetadataRoute.Manifest & {lang: string; dir: string} = {
    name: t('siteName'),
    short_name: 'KARABAKH',
    description: t('description'),
    lang: locale,
    dir: 'ltr',
    id: frontPagePath(locale),
    start_url: frontPagePath(locale),
    scope: '/',
    display: 'standalone',
    background_color: theme.light.background,
    theme_color: theme.light.surface,
    icons: [
      {src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png'},
      {src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png'},
      {src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable'},
    ],
  };
  return Response.json(manifest, {headers: {'content-type': 'application/manifest+json; charset=utf-8'}});
}
