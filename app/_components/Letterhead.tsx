import {getTranslations} from 'next-intl/server';
import {foundingDate} from '../_lib/statement';

export default async function Letterhead() {
  const t = await getTranslations('Letterhead');
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
        <span>{t('founded', {founded: foundingDate})}</span>
      </p>
    </div>
  );
}
