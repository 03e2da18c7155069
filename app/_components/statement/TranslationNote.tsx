import type {Locale} from 'next-intl';
import {getFormatter, getTranslations} from 'next-intl/server';
import {ownName} from '@/i18n/languageNames';
import type {Statement} from '@/lib/content/types';
import {translationsOf} from '@/lib/content/versions';
import {statementPath} from '@/lib/site/urls';
import PositionKeepingLink from '../PositionKeepingLink';

// W3C's translation disclaimer is the model: a translation says so near the
// title, names the language of its original and links to it; the original
// lists its translations. The links keep the reader's #paragraph, like the
// language switcher.
export default async function TranslationNote({locale, statement}: {locale: Locale; statement: Statement}) {
  const t = await getTranslations({locale, namespace: 'Translation'});
  const format = await getFormatter({locale});
  const original = statement.originalLocale;
  const translations = locale === original ? translationsOf(statement) : [];
  const links = await Promise.all(
    translations.map(async (translation) => (
      <PositionKeepingLink
        key={translation}
        href={statementPath(translation, statement.id)}
        hrefLang={translation}
        lang={translation}
      >
        {await ownName(translation)}
      </PositionKeepingLink>
    )),
  );
  return (
    <p className="translation-note" data-pagefind-ignore>
      {locale !== original ? (
        t.rich('translation', {
          original,
          link: (chunks) => (
            <PositionKeepingLink href={statementPath(original, statement.id)} hrefLang={original}>
              {chunks}
            </PositionKeepingLink>
          ),
        })
      ) : links.length === 0 ? (
        t('originalOnly')
      ) : (
        <>
          {t('original')} {format.list(links, {type: 'conjunction'})}
        </>
      )}
    </p>
  );
}
