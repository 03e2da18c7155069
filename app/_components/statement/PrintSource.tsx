import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';

/** On paper only: the address of this version, so a printed copy leads back to it. */
export default async function PrintSource({locale, url}: {locale: Locale; url: string}) {
  const t = await getTranslations({locale, namespace: 'Print'});
  return (
    <p className="print-source" data-pagefind-ignore>
      {t('source', {url})}
    </p>
  );
}
