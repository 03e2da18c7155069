import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {routeLocale} from '@/i18n/routeLocale';
import {RECENT_ON_FRONT_PAGE} from '@/lib/content/archive';
import {statements} from '@/lib/content/statements';
import {statementsIn, statementsNotIn} from '@/lib/content/versions';
import {frontPageAlternates} from '@/lib/site/alternates';
import {pageMetadata} from '@/lib/site/metadata';
import {archivePath, frontPagePath, searchPath} from '@/lib/site/urls';
import OtherLanguageStatements from '../_components/front-page/OtherLanguageStatements';
import StatementSummary from '../_components/front-page/StatementSummary';
import PageFrame from '../_components/PageFrame';

type Props = {params: Promise<{locale: string}>};

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const locale = routeLocale((await params).locale);
  const t = await getTranslations({locale, namespace: 'Metadata'});
  return pageMetadata({
    locale,
    path: frontPagePath(locale),
    description: t('description'),
    languages: frontPageAlternates(),
  });
}

/**
 * A language's front page: its newest statement, then the ones before it, then
 * those that exist only in other languages, each list bounded
 * (RECENT_ON_FRONT_PAGE), then the way to the archive, where every year is.
 */
export default async function FrontPage({params}: Props) {
  const locale = routeLocale((await params).locale);
  const t = await getTranslations({locale, namespace: 'FrontPage'});
  const tArchive = await getTranslations({locale, namespace: 'Archive'});
  const tSearch = await getTranslations({locale, namespace: 'Search'});
  const [latest, ...earlier] = statementsIn(statements.statements, locale).slice(0, RECENT_ON_FRONT_PAGE);
  const elsewhere = statementsNotIn(statements.statements, locale).slice(0, RECENT_ON_FRONT_PAGE);

  return (
    <PageFrame locale={locale} alternates={frontPageAlternates()}>
      <div className="front-page">
        <h1 className="front-page__title">{t('title')}</h1>
        <p className="front-page__intro">{t('intro')}</p>
        {latest ? (
          <section className="front-page__section" aria-label={t('latest')}>
            <StatementSummary locale={locale} statement={latest} lead />
          </section>
        ) : null}
        {earlier.length > 0 ? (
          <section className="front-page__section" aria-labelledby="earlier">
            <h2 id="earlier" className="front-page__heading">
              {t('archive')}
            </h2>
            <ol className="statement-list">
              {earlier.map((statement) => (
                <li key={statement.id}>
                  <StatementSummary locale={locale} statement={statement} />
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        {elsewhere.length > 0 ? <OtherLanguageStatements locale={locale} list={elsewhere} /> : null}
        <ul className="front-page__section front-page__archive">
          <li>
            <a href={archivePath(locale)}>{tArchive('all')}</a>
          </li>
          <li>
            <a href={searchPath(locale)}>{tSearch('title')}</a>
          </li>
        </ul>
      </div>
    </PageFrame>
  );
}
