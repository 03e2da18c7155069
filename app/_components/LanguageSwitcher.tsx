import {getLocale, getTranslations} from 'next-intl/server';
import {getLanguageNames} from '../_lib/languageNames';
import LocaleLink from './LocaleLink';

// After HMRC's language toggle: every language in its own name and marked with
// its own `lang`, the current one shown but not a link. No flags: a flag is a
// country, not a language.
export default async function LanguageSwitcher() {
  const locale = await getLocale();
  const t = await getTranslations('LocaleSwitcher');
  const names = await getLanguageNames();

  return (
    <nav className="language-switcher" aria-label={t('label')}>
      <ul className="language-switcher__list">
        {names.map(({locale: candidate, name}) => (
          <li key={candidate} className="language-switcher__item">
            {candidate === locale ? (
              <span className="language-switcher__current" aria-current="true" lang={candidate}>
                {name}
              </span>
            ) : (
              <LocaleLink locale={candidate} lang={candidate} className="language-switcher__link">
                {name}
              </LocaleLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
