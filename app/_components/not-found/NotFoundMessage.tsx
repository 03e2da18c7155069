import './not-found.css';
import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {frontPagePath} from '@/lib/site/urls';

/** An address that is nothing on this site, in the path's language. */
export default async function NotFoundMessage({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'NotFound'});
  return (
    <div className="not-found">
      <h1 className="not-found__title">{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <a href={frontPagePath(locale)}>{t('back')}</a>
      </p>
    </div>
  );
}
