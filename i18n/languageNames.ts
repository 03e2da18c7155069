import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';

/** A language in its own name ("Svenska", "Azərbaycanca"), as the switcher and the lists of versions show it. */
export async function ownName(locale: Locale): Promise<string> {
  const t = await getTranslations({locale, namespace: 'Language'});
  return t('name');
}
