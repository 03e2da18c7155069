import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {routeLocale} from '@/i18n/routeLocale';
import {statements} from '@/lib/content/statements';
import {statementsNotIn} from '@/lib/content/versions';
import {missingTranslationSegments, NOT_FOUND} from '@/lib/routing/paths';
import {statementAlternates} from '@/lib/site/alternates';
import NotFoundMessage from '../../_components/not-found/NotFoundMessage';
import PageFrame from '../../_components/PageFrame';

// The 404 documents of a language, prerendered like every page
// (lib/routing/paths.ts says which answers which path): its plain 404,
// /<locale>/404, and one for each statement that has no version in it,
// /<locale>/statements/<id>/404, which says so and links to the versions that exist.
type Props = {params: Promise<{locale: string; notFound: string[]}>};

export function generateStaticParams({params}: {params: {locale: string}}) {
  const missing = statementsNotIn(statements.statements, routeLocale(params.locale));
  return [{notFound: [NOT_FOUND]}, ...missing.map(({id}) => ({notFound: missingTranslationSegments(id)}))];
}

export const dynamicParams = false;

/** The statement a missing translation's 404 is about, or undefined for the plain 404. */
async function resolve(params: Props['params']) {
  const {locale, notFound} = await params;
  const [, id = ''] = notFound;
  return {locale: routeLocale(locale), statement: notFound.length > 1 ? statements.get(id) : undefined};
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {locale, statement} = await resolve(params);
  const t = await getTranslations({locale, namespace: 'NotFound'});
  // A 404 document is never a result, even on a host that sends it with 200 by name.
  return {title: statement ? t('untranslatedMetaTitle') : t('metaTitle'), robots: {index: false}};
}

export default async function NotFoundPage({params}: Props) {
  const {locale, statement} = await resolve(params);
  return (
    <PageFrame locale={locale} alternates={statement && statementAlternates(statement)}>
      <NotFoundMessage locale={locale} statement={statement} />
    </PageFrame>
  );
}
