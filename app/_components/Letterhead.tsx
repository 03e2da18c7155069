import './Letterhead.css';
import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {association} from '@/lib/site/association';

/** The association's letterhead, as it heads each of its letters. */
export default async function Letterhead({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Letterhead'});
  return (
    <div className="letterhead">
      {/* The registered Swedish name stays Swedish on every page, marked so
          screen readers pronounce it as Swedish. */}
      <p className="letterhead__proper-name" lang="sv">
        {t('properName')}
      </p>
      <p className="letterhead__description">{t('description')}</p>
      <p className="letterhead__name">{t('name')}</p>
      <p className="letterhead__details">
        <span>{t('location')}</span>
        <span aria-hidden="true"> · </span>
        <span>{t('founded', {founded: new Date(Date.UTC(association.foundingYear, 0, 1))})}</span>
      </p>
    </div>
  );
}
