import './not-found.css';
import {getTranslations} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {frontPagePath} from '@/lib/site/urls';
import Document from '../Document';

/** For paths outside every language (such as /wp-login.php): "not found" in each language, each marked with its `lang`. */
export default async function MultilingualNotFound() {
  const sections = await Promise.all(
    routing.locales.map(async (locale) => ({
      locale,
      t: await getTranslations({locale, namespace: 'NotFound'}),
    })),
  );
  const [first] = sections;

  return (
    <Document lang={routing.defaultLocale}>
      <title>{first?.t('metaTitle')}</title>
      <main id="main" className="global-not-found">
        {sections.map(({locale, t}, index) => (
          <section key={locale} lang={locale} className="not-found">
            {index === 0 ? (
              <h1 className="not-found__title">{t('title')}</h1>
            ) : (
              <h2 className="not-found__title">{t('title')}</h2>
            )}
            <p>{t('body')}</p>
            <p>
              <a href={frontPagePath(locale)} hrefLang={locale} lang={locale}>
                {t('back')}
              </a>
            </p>
          </section>
        ))}
      </main>
    </Document>
  );
}
