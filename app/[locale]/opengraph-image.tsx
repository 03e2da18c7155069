import {hasLocale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {openGraphImage, openGraphImageSize, openGraphImageType} from '../_components/openGraphImage';

// The front page's link preview in each language (a statement has its own).
type Props = {params: Promise<{locale: string}>};

async function localeOf(params: Props['params']) {
  const {locale} = await params;
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

export async function generateImageMetadata({params}: Props) {
  const t = await getTranslations({locale: await localeOf(params), namespace: 'Metadata'});
  return [{id: 'front-page', size: openGraphImageSize, contentType: openGraphImageType, alt: t('title')}];
}

export default async function Image({params}: Props) {
  const locale = await localeOf(params);
  const t = await getTranslations({locale, namespace: 'FrontPage'});
  return openGraphImage(locale, t('title'));
}
