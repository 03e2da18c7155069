import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {routeLocale} from '@/i18n/routeLocale';
import {lastCorrection} from '@/lib/content/corrections';
import {formatStatement} from '@/lib/content/format';
import {statements} from '@/lib/content/statements';
import {existsIn} from '@/lib/content/versions';
import {statementAlternates} from '@/lib/site/alternates';
import {pageMetadata} from '@/lib/site/metadata';
import {statementPath} from '@/lib/site/urls';
import Letterhead from '../../../_components/Letterhead';
import PageFrame from '../../../_components/PageFrame';
import StatementArticle from '../../../_components/statement/StatementArticle';
import StructuredData from '../../../_components/statement/StructuredData';

type Props = {params: Promise<{locale: string; id: string}>};

/** The statement of the route, if it exists in the route's language. */
async function resolve(params: Props['params']) {
  const {locale: segment, id} = await params;
  const locale = routeLocale(segment);
  const statement = statements.get(id);
  if (!statement || !existsIn(statement, locale)) return undefined;
  return {locale: locale satisfies Locale, statement, text: formatStatement(statements, statement, locale)};
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const found = await resolve(params);
  if (!found) return {};
  const {locale, statement, text} = found;
  const t = await getTranslations({locale});
  return pageMetadata({
    locale,
    path: statementPath(locale, statement.id),
    title: text.title,
    description: text.description,
    languages: statementAlternates(statement),
    published: statement.issued.iso,
    modified: lastCorrection(statement)?.iso,
    imageAlt: t('OpenGraph.alt', {title: text.title, association: text.association}),
  });
}

export default async function StatementPage({params}: Props) {
  const found = await resolve(params);
  if (!found) notFound();
  const {locale, statement, text} = found;

  return (
    <PageFrame locale={locale} alternates={statementAlternates(statement)}>
      <Letterhead locale={locale} />
      <StatementArticle locale={locale} statement={statement} text={text} />
      <StructuredData locale={locale} statement={statement} text={text} />
    </PageFrame>
  );
}
