import {notFound} from 'next/navigation';
import {hasLocale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {formatStatement} from '@/lib/content/format';
import {statements} from '@/lib/content/statements';
import {existsIn} from '@/lib/content/versions';
import {openGraphImage, openGraphImageSize, openGraphImageType} from '../../../_components/openGraphImage';

// A statement's link preview in each language it exists in: its title.
type Props = {params: Promise<{locale: string; id: string}>};

async function resolve(params: Props['params']) {
  const {locale, id} = await params;
  const statement = statements.get(id);
  if (!hasLocale(routing.locales, locale) || !statement || !existsIn(statement, locale)) return undefined;
  return {locale, text: formatStatement(statements, statement, locale)};
}

export async function generateImageMetadata({params}: Props) {
  const found = await resolve(params);
  if (!found) return [];
  const t = await getTranslations({locale: found.locale, namespace: 'OpenGraph'});
  return [
    {
      id: 'statement',
      size: openGraphImageSize,
      contentType: openGraphImageType,
      alt: t('alt', {title: found.text.title, association: found.text.association}),
    },
  ];
}

export default async function Image({params}: Props) {
  const found = await resolve(params);
  if (!found) notFound();
  return openGraphImage(found.locale, found.text.title);
}
