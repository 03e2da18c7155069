import type {Locale} from 'next-intl';
import {getLocale, getTranslations} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {association} from '../_lib/association';
import {absoluteUrl, localeUrl} from '../_lib/site';
import {originalLocale} from '../_lib/statement';

const organizationId = absoluteUrl('/#organization');
const statementId = (locale: Locale) => `${localeUrl(locale)}#statement`;

/** JSON-LD: the association, and this language's statement linked to the original and its translations. */
export default async function StructuredData() {
  const locale = await getLocale();
  const t = await getTranslations();
  const {address} = association;

  const data = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Organization',
        '@id': organizationId,
        name: t('Statement.association'),
        alternateName: [association.legalName, association.name],
        legalName: association.legalName,
        foundingDate: String(association.foundingYear),
        url: association.url,
        email: association.email,
        telephone: association.telephone,
        address: {
          '@type': 'PostalAddress',
          streetAddress: `c/o ${address.careOf}, ${address.streetAddress}`,
          postalCode: address.postalCode,
          addressLocality: address.addressLocality,
          addressRegion: address.addressRegion,
          addressCountry: address.addressCountry,
        },
      },
      {
        '@type': 'Article',
        '@id': statementId(locale),
        headline: t('Statement.title'),
        description: t('Metadata.description'),
        inLanguage: locale,
        url: localeUrl(locale),
        author: {'@id': organizationId},
        publisher: {'@id': organizationId},
        ...(locale === originalLocale
          ? {
              workTranslation: routing.locales
                .filter((other) => other !== originalLocale)
                .map((other) => ({'@id': statementId(other)})),
            }
          : {translationOfWork: {'@id': statementId(originalLocale)}}),
      },
    ],
  };

  return (
    <script
      type="application/ld+json"
      // JSON.stringify does not escape "<"; doing so keeps "</script>" in any text from ending the element.
      dangerouslySetInnerHTML={{__html: JSON.stringify(data).replace(/</g, '\\u003c')}}
    />
  );
}
