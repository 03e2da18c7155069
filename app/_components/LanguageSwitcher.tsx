import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {ownName} from '@/i18n/languageNames';
import type {LanguageVersion} from './languageVersions';
import PositionKeepingLink from './PositionKeepingLink';

// After HMRC's language toggle: every language in its own name and marked with
// its own `lang`, the current one shown but not a link. No flags: a flag is a
// country, not a language. A language this page does not exist in still gets
// its link, to that language's front page, and its accessible name says so in
// that language.
export default async function LanguageSwitcher({locale, versions}: {locale: Locale; versions: LanguageVersion[]}) {
  const t = await getTranslations({locale, namespace: 'LocaleSwitcher'});

  const items = await Promise.all(
    versions.map(async ({locale: candidate, href, exists, keepsPosition}) => {
      const name = await ownName(candidate);
      if (candidate === locale) {
        return (
          <span className="language-switcher__current" aria-current="true" lang={candidate}>
            {name}
          </span>
        );
      }
      const attributes = {href, hrefLang: candidate, lang: candidate, className: 'language-switcher__link'};
      if (!exists) {
        const tOther = await getTranslations({locale: candidate, namespace: 'LocaleSwitcher'});
        return (
          <a {...attributes} data-missing="true" aria-label={tOther('missing', {language: name})}>
            {name}
          </a>
        );
      }
      return keepsPosition ? (
        <PositionKeepingLink {...attributes}>{name}</PositionKeepingLink>
      ) : (
        <a {...attributes}>{name}</a>
      );
    }),
  );

  return (
    <nav className="language-switcher" aria-label={t('label')}>
      <ul className="language-switcher__list">
        {items.map((item, index) => (
          <li key={versions[index]?.locale} className="language-switcher__item">
            {item}
          </li>
        ))}
      </ul>
    </nav>
  );
}
