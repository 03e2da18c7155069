import '../front-page/front-page.css';
import './search.css';
import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {ownName} from '@/i18n/languageNames';
import {routing} from '@/i18n/routing';
import {searchIndexPrefix} from '@/lib/routing/paths';
import {MESSAGE_SLOTS, SEARCH_QUERY_PARAMETER} from '@/lib/search/query';
import {archivePath, searchPath} from '@/lib/site/urls';
import EnhancementScript from '../EnhancementScript';

const {count: COUNT, query: QUERY} = MESSAGE_SLOTS;

/** A number of each plural category of the language, for rendering each form of a message once. */
function pluralSamples(locale: Locale): Partial<Record<Intl.LDMLPluralRule, number>> {
  const rules = new Intl.PluralRules(locale);
  const samples: Partial<Record<Intl.LDMLPluralRule, number>> = {};
  for (let count = 0; count <= 1000; count += 1) samples[rules.select(count)] ??= count;
  return samples;
}

/**
 * The search form and where its results go, brought to life by the search
 * page's script (search.browser.ts), which reads what it says from this
 * markup, in the page's language. Without scripts the form is not shown
 * (search.css) and the page says that search needs them, and leads to the
 * archive.
 */
export default async function Search({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Search'});
  const found = Object.fromEntries(
    Object.entries(pluralSamples(locale)).map(([category, count]) => [
      category,
      t('found', {count, shown: COUNT, query: QUERY}),
    ]),
  );
  const others = await Promise.all(
    routing.locales.filter((other) => other !== locale).map(async (other) => ({other, name: await ownName(other)})),
  );

  return (
    <div
      className="search"
      data-search
      data-library={`${searchIndexPrefix}pagefind.js`}
      data-searching={t('searching', {query: QUERY})}
      data-found={JSON.stringify(found)}
      data-none={t('none', {query: QUERY})}
      data-failed={t('failed', {query: QUERY})}
    >
      <noscript>
        <p className="search__no-script">
          {t.rich('noScript', {archive: (chunks) => <a href={archivePath(locale)}>{chunks}</a>})}
        </p>
      </noscript>
      <form className="search__form" role="search" action={searchPath(locale)} method="get">
        <label className="search__label" htmlFor="search-query">
          {t('label')}
        </label>
        <div className="search__field">
          <input
            id="search-query"
            className="search__input"
            type="search"
            name={SEARCH_QUERY_PARAMETER}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
          />
          <button className="search__submit" type="submit">
            {t('submit')}
          </button>
        </div>
      </form>
      <p className="search__status" role="status" aria-live="polite" aria-atomic="true"></p>
      <ol className="search__results"></ol>
      <button className="search__more" type="button" hidden>
        {t('more')}
      </button>
      <nav className="search__languages" aria-labelledby="search-languages">
        <h2 id="search-languages" className="search__languages-heading">
          {t('otherLanguages')}
        </h2>
        <ul className="inline-list">
          {others.map(({other, name}) => (
            <li key={other}>
              <a href={searchPath(other)} hrefLang={other} lang={other}>
                {name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <EnhancementScript script="search" />
    </div>
  );
}
