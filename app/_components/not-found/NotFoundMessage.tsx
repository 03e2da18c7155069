import './not-found.css';
import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {ownName} from '@/i18n/languageNames';
import {formatStatement} from '@/lib/content/format';
import {statements} from '@/lib/content/statements';
import type {Statement} from '@/lib/content/types';
import {frontPagePath, statementPath} from '@/lib/site/urls';

/**
 * An address that is nothing on this site, in the path's language. For a
 * `statement` asked for in a language it has no translation in: says so in
 * that language and links to every version that exists, each under its title
 * and named in its own language. Never the text of another language under
 * this language's address.
 */
export default async function NotFoundMessage({locale, statement}: {locale: Locale; statement?: Statement}) {
  const t = await getTranslations({locale, namespace: 'NotFound'});
  const versions = statement
    ? await Promise.all(
        statement.locales.map(async (version) => ({
          locale: version,
          name: await ownName(version),
          title: formatStatement(statements, statement, version).title,
        })),
      )
    : [];
  return (
    <div className="not-found">
      <h1 className="not-found__title">{t(statement ? 'untranslatedTitle' : 'title')}</h1>
      <p>{t(statement ? 'untranslatedBody' : 'body')}</p>
      {statement ? (
        <ul className="not-found__versions">
          {versions.map((version) => (
            <li key={version.locale} lang={version.locale}>
              <a href={statementPath(version.locale, statement.id)} hrefLang={version.locale}>
                {version.name}: {version.title}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <a href={frontPagePath(locale)}>{t('back')}</a>
      </p>
    </div>
  );
}
