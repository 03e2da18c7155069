import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import type {FormattedStatement} from '@/lib/content/format';
import type {Statement} from '@/lib/content/types';
import {translationsOf} from '@/lib/content/versions';
import {association} from '@/lib/site/association';
import {absoluteUrl, statementPath} from '@/lib/site/urls';

const organizationId = absoluteUrl('/#organization');
const articleId = (locale: Locale, id: string) => `${absoluteUrl(statementPath(locale, id))}#statement`;

type Props = {locale: Locale; statement: Statement; text: FormattedStatement};

/**
 * JSON-LD: the association, and this version of the statement, linked to the
 * versions that exist (the original's `workTranslation`, a translation's
 * `translationOfWork`).
 */
export default async function StructuredData({locale, statement, text}: Props) {
  const t = await getTranslations({locale, namespace: 'Metadata'});
  const {careOf, streetAddress, ...place} = association.address;
  const isOriginal = locale === statement.originalLocale;
  const corrected = statement.corrections.at(-1);

  const data = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Organization',
        '@id': organizationId,
        name: t('siteName'),
        alternateName: [association.legalName, association.name],
        legalName: association.legalName,
        foundingDate: String(association.foundingYear),
        url: association.url,
        email: association.email,
        telephone: association.telephone,
        address: {
          '@type': 'PostalAddress',
          streetAddress: `c/o ${careOf}, ${streetAddress}`,
          ...place,
        },
      },
      {
        '@type': 'Article',
        '@id': articleId(locale, statement.id),
        headline: text.title,
        description: text.description,
        inLanguage: locale,
        url: absoluteUrl(statementPath(locale, statement.id)),
        // ISO 8601 at the precision the association gave: "2023-09" for a month.
        datePublished: statement.issued.iso,
        // The day of the association's last correction of its original, if any.
        ...(corrected ? {dateModified: corrected.iso} : {}),
        author: {'@id': organizationId},
        publisher: {'@id': organizationId},
        ...(isOriginal
          ? {workTranslation: translationsOf(statement).map((other) => ({'@id': articleId(other, statement.id)}))}
          : {translationOfWork: {'@id': articleId(statement.originalLocale, statement.id)}}),
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
