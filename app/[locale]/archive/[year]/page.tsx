import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {getTranslations} from 'next-intl/server';
import {routeLocale} from '@/i18n/routeLocale';
import {archiveYears, statementsOfYear} from '@/lib/content/archive';
import {statements} from '@/lib/content/statements';
import {statementsIn, statementsNotIn} from '@/lib/content/versions';
import {archiveYearAlternates} from '@/lib/site/alternates';
import {pageMetadata} from '@/lib/site/metadata';
import {archivePath, archiveYearPath} from '@/lib/site/urls';
import Breadcrumbs from '../../../_components/archive/Breadcrumbs';
import OtherLanguageStatements from '../../../_components/front-page/OtherLanguageStatements';
import StatementSummary from '../../../_components/front-page/StatementSummary';
import PageFrame from '../../../_components/PageFrame';

type Props = {params: Promise<{locale: string; year: string}>};

// Only the years that have a statement are pages; any other year, or a year
// written another way (`02023`, `23`), is not one and answers 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return archiveYears(statements.statements).map((year) => ({year: String(year)}));
}

/** The year of a page's params, if it is one of the archive's years written as the site writes it. */
function archiveYear(value: string): number | undefined {
  const year = Number(value);
  return String(year) === value && archiveYears(statements.statements).includes(year) ? year : undefined;
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {locale: segment, year: value} = await params;
  const locale = routeLocale(segment);
  const year = archiveYear(value);
  if (year === undefined) return {};
  const t = await getTranslations({locale, namespace: 'Archive'});
  return pageMetadata({
    locale,
    path: archiveYearPath(locale, year),
    title: t('yearTitle', {year: value}),
    description: t('yearDescription', {year: value}),
    languages: archiveYearAlternates(year),
  });
}

/** One year of the archive in one language: its statements in this language, newest first, then those only in others. */
export default async function ArchiveYearPage({params}: Props) {
  const {locale: segment, year: value} = await params;
  const locale = routeLocale(segment);
  const year = archiveYear(value);
  if (year === undefined) notFound();
  const t = await getTranslations({locale, namespace: 'Archive'});
  const ofYear = statementsOfYear(statements.statements, year);
  const here = statementsIn(ofYear, locale);
  const elsewhere = statementsNotIn(ofYear, locale);

  return (
    <PageFrame locale={locale} alternates={archiveYearAlternates(year)}>
      <Breadcrumbs locale={locale} trail={[{name: t('title'), href: archivePath(locale)}]} current={value} />
      <div className="archive">
        <h1 className="front-page__title">{t('yearTitle', {year: value})}</h1>
        <p className="front-page__intro">{t('yearIntro', {year: value})}</p>
        {here.length > 0 ? (
          <ol className="statement-list">
            {here.map((statement) => (
              <li key={statement.id}>
                <StatementSummary locale={locale} statement={statement} heading="h2" />
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('noneInLanguage', {year: value})}</p>
        )}
        {elsewhere.length > 0 ? <OtherLanguageStatements locale={locale} list={elsewhere} /> : null}
      </div>
    </PageFrame>
  );
}
