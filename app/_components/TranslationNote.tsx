import {getFormatter, getLocale, getTranslations} from 'next-intl/server';
import {Link} from '@/i18n/navigation';
import {getLanguageNames} from '../_lib/languageNames';
import {originalLocale} from '../_lib/statement';

// W3C's translation disclaimer is the model: a translation says so near the
// title and links to the original; the original lists its translations.
export default async function TranslationNote() {
  const locale = await getLocale();
  const t = await getTranslations('Translation');

  if (locale !== originalLocale) {
    return (
      <p className="translation-note">
        {t.rich('translation', {
          original: (chunks) => (
            <Link href="/" locale={originalLocale} lang={originalLocale}>
              {chunks}
            </Link>
          ),
        })}
      </p>
    );
  }

  const format = await getFormatter();
  const translations = (await getLanguageNames())
    .filter((language) => language.locale !== originalLocale)
    .map(({locale: translation, name}) => (
      <Link key={translation} href="/" locale={translation} lang={translation}>
        {name}
      </Link>
    ));

  return (
    <p className="translation-note">
      {t('original')} {format.list(translations, {type: 'conjunction'})}
    </p>
  );
}
