import {getTranslations} from 'next-intl/server';
import {routeLocale} from '@/i18n/routeLocale';
import {localeParams} from '@/i18n/routing';
import {openGraphImage} from '../../_components/openGraphImage';

// The front page's link preview in each language (a statement has its own),
// a PNG written at build time.
export const dynamic = 'force-static';

export const generateStaticParams = localeParams;

export async function GET(_request: Request, {params}: {params: Promise<{locale: string}>}) {
  const locale = routeLocale((await params).locale);
  const t = await getTranslations({locale, namespace: 'FrontPage'});
  return openGraphImage(locale, t('title'));
}
