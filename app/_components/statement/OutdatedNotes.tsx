import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {outdatedIn} from '@/lib/content/sources';
import type {Statement} from '@/lib/content/types';
import {statementPath} from '@/lib/site/urls';

// W3C's model for a translation that has fallen behind its original: say so
// on the page, in the reader's language, where it matters, and link to the
// original. Shown for every message whose original changed since it was
// translated (lib/content/sources.ts), whether or not the editor has
// acknowledged it: acknowledging lets it ship, it does not hide it.

type Props = {locale: Locale; statement: Statement};

/** Under the translation note: the original has been updated since this translation was made. */
export async function OutdatedTranslationNote({locale, statement}: Props) {
  if (outdatedIn(statement, locale).length === 0) return null;
  const t = await getTranslations({locale, namespace: 'Translation'});
  return (
    <p className="outdated-note" data-pagefind-ignore>
      {t('outdated', {original: statement.originalLocale})}
    </p>
  );
}

/** After an outdated paragraph: it has changed in the original since; a link to the same paragraph there. */
export async function OutdatedParagraphNote({locale, statement, paragraph}: Props & {paragraph: string}) {
  if (!outdatedIn(statement, locale).includes(`paragraphs.${paragraph}`)) return null;
  const t = await getTranslations({locale, namespace: 'Translation'});
  const original = statement.originalLocale;
  return (
    <p className="outdated-note outdated-note--paragraph" data-pagefind-ignore>
      {t.rich('outdatedParagraph', {
        original,
        link: (chunks) => (
          <a href={`${statementPath(original, statement.id)}#${paragraph}`} hrefLang={original}>
            {chunks}
          </a>
        ),
      })}
    </p>
  );
}
