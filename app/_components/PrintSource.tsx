import {getLocale, getTranslations} from 'next-intl/server';
import {localeUrl} from '../_lib/site';

/** On paper only: the address of this translation, so a printed copy leads back to it. */
export default async function PrintSource() {
  const locale = await getLocale();
  const t = await getTranslations('Print');
  return <p className="print-source">{t('source', {url: localeUrl(locale)})}</p>;
}
