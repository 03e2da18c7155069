import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {routeLocale} from '@/i18n/routeLocale';
import {everyLanguage} from '@/lib/site/alternates';
import {pageMetadata} from '@/lib/site/metadata';
import {searchPath} from '@/lib/site/urls';
import Breadcrumbs from '../../_components/archive/Breadcrumbs';
import PageFrame from '../../_components/PageFrame';
import Search from '../../_components/search/Search';

type Props = {params: Promise<{locale: string}>};

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const locale = routeLocale((await params).locale);
  const t = await getTranslations({locale, namespace: 'Search'});
  return {
    ...(await pageMetadata({
      locale,
      path: searchPath(locale),
      title: t('title'),
      description: t('description'),
      languages: everyLanguage(searchPath),
    })),
    // What a search finds is the statements' pages, which search engines have;
    // the page itself, the same document for every query, is not a result to list.
    robots: {index: false, follow: true},
  };
}

/** A language's search: its statements, found by any words of their title and text (app/_components/search/). */
export default async function SearchPage({params}: Props) {
  const locale = routeLocale((await params).locale);
  const t = await getTranslations({locale, namespace: 'Search'});

  return (
    <PageFrame locale={locale} alternates={everyLanguage(searchPath)}>
      <Breadcrumbs locale={locale} current={t('breadcrumb')} />
      <div className="archive">
        <h1 className="front-page__title">{t('title')}</h1>
        <Search locale={locale} />
      </div>
    </PageFrame>
  );
}
