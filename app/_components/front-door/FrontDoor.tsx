import './front-door.css';
import {getTranslations} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {ownName} from '@/i18n/languageNames';
import {frontPagePath} from '@/lib/site/urls';

/**
 * `/` where no rule chooses the reader's language (out/index.html): the site's
 * name and each language in its own name, each in its own `lang`. The site's
 * script (frontDoor.browser.ts) goes on to the remembered or browser language
 * by the rules' own choice; without it, the reader picks.
 */
export default async function FrontDoor() {
  const languages = await Promise.all(
    routing.locales.map(async (locale) => ({
      locale,
      siteName: (await getTranslations({locale, namespace: 'Metadata'}))('siteName'),
      name: await ownName(locale),
    })),
  );
  const [first] = languages;
  return (
    <>
      <title>{first?.siteName}</title>
      <main id="main" className="front-door" data-front-door={routing.defaultLocale}>
        {languages.map(({locale, siteName, name}, index) => (
          <section key={locale} lang={locale} className="front-door__language">
            {index === 0 ? <h1>{siteName}</h1> : <p className="front-door__name">{siteName}</p>}
            <p>
              <a href={frontPagePath(locale)} hrefLang={locale} className="front-door__link">
                {name}
              </a>
            </p>
          </section>
        ))}
      </main>
    </>
  );
}
