import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {getTranslations} from 'next-intl/server';
import {routeLocale} from '@/i18n/routeLocale';
import {formatStatement} from '@/lib/content/format';
import {statements} from '@/lib/content/statements';
import {existsIn, statementsIn} from '@/lib/content/versions';
import {statementAlternates} from '@/lib/site/alternates';
import {pageMetadata} from '@/lib/site/metadata';
import {statementPath} from '@/lib/site/urls';
import Letterhead from '../../../_components/Letterhead';
import PageFrame from '../../../_components/PageFrame';
import StatementArticle from '../../../_components/statement/StatementArticle';
import StructuredData from '../../../_components/statement/StructuredData';

type Props = {params: Promise<{locale: string; id: string}>};

// Every statement in every language it exists in, prerendered. A pair not
// listed (an unknown id, or a language the statement has no translation in)
// has no page; its 404 document is app/[locale]/[...notFound]/.
export function generateStaticParams({params}: {params: {locale: string}}) {
  return statementsIn(statements.statements, routeLocale(params.locale)).map(({id}) => ({id}));
}

export const dynamicParams = false;

/** The statement of the route, if it exists in the route's language. */
async function resolve(params: Props['params']) {
  const {locale: segment, id} = await params;
  const locale = routeLocale(segment);
  const statement = statements.get(id);
  if (!statement || !existsIn(statement, locale)) return undefined;
  return {locale, statement, text: formatStatement(statements, statement, locale)};
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
    modified: statement.corrections.at(-1)?.iso,
    ownPreviewAlt: t('OpenGraph.alt', {title: text.title, association: text.association}),
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
