import {getLocale, getTranslations} from 'next-intl/server';
import {localePath} from '../_lib/site';

export default async function NotFoundMessage() {
  const locale = await getLocale();
  const t = await getTranslations('NotFound');
  return (
    <div className="not-found">
      <h1 className="not-found__title">{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <a href={localePath(locale)}>{t('back')}</a>
      </p>
    </div>
  );
}
