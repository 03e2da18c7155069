import './LanguageSwitcher.css';
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
  return (
    <nav className="language-switcher" aria-label={t('label')}>
      <ul className="language-switcher__list inline-list">
        {versions.map((version) => (
          <li key={version.locale} className="language-switcher__item">
            {version.locale === locale ? <CurrentLanguage locale={locale} /> : <LanguageLink version={version} />}
          </li>
        ))}
      </ul>
    </nav>
  );
}

async function CurrentLanguage({locale}: {locale: Locale}) {
  return (
    <span className="language-switcher__current" aria-current="true" lang={locale}>
      {await ownName(locale)}
    </span>
  );
}

async function LanguageLink({version: {locale, href, exists, keepsPosition}}: {version: LanguageVersion}) {
  const name = await ownName(locale);
  const attributes = {href, hrefLang: locale, lang: locale, className: 'language-switcher__link'};
  if (!exists) {
    const t = await getTranslations({locale, namespace: 'LocaleSwitcher'});
    return (
      <a {...attributes} data-missing="true" aria-label={t('missing', {language: name})}>
        {name}
      </a>
    );
  }
  return keepsPosition ? (
    <PositionKeepingLink {...attributes}>{name}</PositionKeepingLink>
  ) : (
    <a {...attributes}>{name}</a>
  );
}
