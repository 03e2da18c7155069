import './LanguageSwitcher.css';
import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {ownName} from '@/i18n/languageNames';
import {routing} from '@/i18n/routing';
import type {Alternates} from '@/lib/site/alternates';
import {frontPagePath} from '@/lib/site/urls';
import PositionKeepingLink from './PositionKeepingLink';

// After HMRC's language toggle: every language in its own name and marked with
// its own `lang`, the current one shown but not a link. No flags: a flag is a
// country, not a language. A language this page does not exist in still gets
// its link, to that language's front page, and its accessible name says so in
// that language. The links to the same page carry the reader's ?query and
// #paragraph along; from a page that is nowhere (a 404, no `alternates`), each
// language's front page.
export default async function LanguageSwitcher({locale, alternates}: {locale: Locale; alternates?: Alternates}) {
  const t = await getTranslations({locale, namespace: 'LocaleSwitcher'});
  return (
    <nav className="language-switcher" aria-label={t('label')}>
      <ul className="language-switcher__list inline-list">
        {routing.locales.map((other) => (
          <li key={other} className="language-switcher__item">
            {other === locale ? (
              <CurrentLanguage locale={locale} />
            ) : (
              <LanguageLink locale={other} alternates={alternates} />
            )}
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

async function LanguageLink({locale, alternates}: {locale: Locale; alternates?: Alternates}) {
  const t = await getTranslations({locale, namespace: 'LocaleSwitcher'});
  const name = await ownName(locale);
  const samePage = alternates?.[locale];
  const attributes = {hrefLang: locale, lang: locale, className: 'language-switcher__link'};
  const missing = alternates && !samePage ? {'data-missing': 'true', 'aria-label': t('missing', {language: name})} : {};
  return samePage ? (
    <PositionKeepingLink href={samePage} {...attributes}>
      {name}
    </PositionKeepingLink>
  ) : (
    <a href={frontPagePath(locale)} {...attributes} {...missing}>
      {name}
    </a>
  );
}
