import './front-door.css';
import {getTranslations} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {ownName} from '@/i18n/languageNames';
import {frontPagePath} from '@/lib/site/urls';

/**
 * `/` where no rule chooses the reader's language (out/index.html): a
 * language chooser, as multilingual sites and GOV.UK's Welsh/English pages
 * offer one. The site's name once, then one large choice a language, each
 * the language's own name over the association's name in that language, in
 * that language's `lang`. The site's script (frontDoor.browser.ts) goes on
 * to the remembered or browser language by the rules' own choice; without
 * it, the reader picks.
 */
export default async function FrontDoor() {
  const languages = await Promise.all(
    routing.locales.map(async (locale) => {
      const t = await getTranslations({locale, namespace: 'Header'});
      return {locale, association: t('siteDescription'), name: await ownName(locale)};
    }),
  );
  const t = await getTranslations({locale: routing.defaultLocale, namespace: 'Header'});
  const title = await getTranslations({locale: routing.defaultLocale, namespace: 'Metadata'});
  return (
    <>
      <title>{title('siteName')}</title>
      <main id="main" className="front-door" data-front-door={routing.defaultLocale}>
        <h1 className="front-door__title">{t('siteName')}</h1>
        <ul className="front-door__choices">
          {languages.map(({locale, association, name}) => (
            <li key={locale} lang={locale}>
              <a href={frontPagePath(locale)} hrefLang={locale} className="front-door__choice">
                <span className="front-door__language">{name}</span>{' '}
                <span className="front-door__association">{association}</span>
              </a>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
