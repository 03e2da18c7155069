import {getFormatter, getLocale, getTranslations} from 'next-intl/server';
import {getLanguageNames} from '../_lib/languageNames';
import {originalLocale} from '../_lib/statement';
import LocaleLink from './LocaleLink';

// W3C's translation disclaimer is the model: a translation says so near the
// title and links to the original; the original lists its translations. The
// links keep the reader's #fragment, like the language switcher.
export default async function TranslationNote() {
  const locale = await getLocale();
  const t = await getTranslations('Translation');

  if (locale !== originalLocale) {
    return (
      <p className="translation-note">
        {t.rich('translation', {
          original: (chunks) => <LocaleLink locale={originalLocale}>{chunks}</LocaleLink>,
        })}
      </p>
    );
  }

  const format = await getFormatter();
  const translations = (await getLanguageNames())
    .filter((language) => language.locale !== originalLocale)
    .map(({locale: translation, name}) => (
      <LocaleLink key={translation} locale={translation} lang={translation}>
        {name}
      </LocaleLink>
    ));

  return (
    <p className="translation-note">
      {t('original')} {format.list(translations, {type: 'conjunction'})}
    </p>
  );
}
