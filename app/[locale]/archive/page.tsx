import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {routeLocale} from '@/i18n/routeLocale';
import {yearSummaries} from '@/lib/content/archive';
import {statements} from '@/lib/content/statements';
import {everyLanguage} from '@/lib/site/alternates';
import {pageMetadata} from '@/lib/site/metadata';
import {archivePath, archiveYearPath, searchPath} from '@/lib/site/urls';
import Breadcrumbs from '../../_components/archive/Breadcrumbs';
import PageFrame from '../../_components/PageFrame';

type Props = {params: Promise<{locale: string}>};

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const locale = routeLocale((await params).locale);
  const t = await getTranslations({locale, namespace: 'Archive'});
  return pageMetadata({
    locale,
    path: archivePath(locale),
    title: t('title'),
    description: t('description'),
    languages: everyLanguage(archivePath),
  });
}

/** A language's archive: every year with a statement, newest first, and how many of its statements are in this language. */
export default async function ArchivePage({params}: Props) {
  const locale = routeLocale((await params).locale);
  const t = await getTranslations({locale, namespace: 'Archive'});
  const tSearch = await getTranslations({locale, namespace: 'Search'});
  const years = yearSummaries(statements.statements, locale);

  return (
    <PageFrame locale={locale} alternates={everyLanguage(archivePath)}>
      <Breadcrumbs locale={locale} current={t('title')} />
      <div className="archive">
        <h1 className="front-page__title">{t('title')}</h1>
        <p className="front-page__intro">{t('intro')}</p>
        <ol className="archive-years">
          {years.map(({year, count, elsewhere}) => (
            <li key={year}>
              <a className="archive-years__year" href={archiveYearPath(locale, year)}>
                {year}
              </a>{' '}
              <span className="archive-years__count">
                {t('statements', {count})}
                {elsewhere > 0 ? ` ${t(count > 0 ? 'elsewhere' : 'elsewhereAfterNone', {count: elsewhere})}` : null}
              </span>
            </li>
          ))}
        </ol>
        <p className="front-page__section">
          <a href={searchPath(locale)}>{tSearch('title')}</a>
        </p>
      </div>
    </PageFrame>
  );
}
