import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {routing} from '@/i18n/routing';

export type LanguageName = {locale: Locale; name: string};

/** Every language in its own name ("Svenska", "Azərbaycanca"), in routing order. */
export async function getLanguageNames(): Promise<LanguageName[]> {
  return Promise.all(
    routing.locales.map(async (locale) => {
      const t = await getTranslations({locale, namespace: 'Language'});
      return {locale, name: t('name')};
    }),
  );
}
