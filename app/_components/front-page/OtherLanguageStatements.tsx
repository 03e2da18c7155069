import './front-page.css';
import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {ownName} from '@/i18n/languageNames';
import {formatStatement} from '@/lib/content/format';
import {statements} from '@/lib/content/statements';
import type {Statement} from '@/lib/content/types';
import {statementPath} from '@/lib/site/urls';
import IssuedDate from '../statement/IssuedDate';

/**
 * The statements that do not exist in this language (yet): each under its
 * title in its original language, with a link to every version that exists,
 * named in that version's own language.
 */
export default async function OtherLanguageStatements({locale, list}: {locale: Locale; list: Statement[]}) {
  const t = await getTranslations({locale, namespace: 'FrontPage'});
  const items = await Promise.all(
    list.map(async (statement) => ({
      statement,
      title: formatStatement(statements, statement, statement.originalLocale).title,
      versions: await Promise.all(
        statement.locales.map(async (version) => ({locale: version, name: await ownName(version)})),
      ),
    })),
  );

  return (
    <section className="front-page__section" aria-labelledby="other-languages">
      <h2 id="other-languages" className="front-page__heading">
        {t('otherLanguages')}
      </h2>
      <p>{t('otherLanguagesIntro')}</p>
      <ul className="statement-list">
        {items.map(({statement, title, versions}) => (
          <li key={statement.id} className="statement-summary">
            <h3 className="statement-summary__title" lang={statement.originalLocale}>
              {title}
            </h3>
            <p className="statement-summary__date">
              <IssuedDate locale={locale} issued={statement.issued} />
            </p>
            <ul className="statement-summary__versions inline-list">
              {versions.map((version) => (
                <li key={version.locale}>
                  <a href={statementPath(version.locale, statement.id)} hrefLang={version.locale} lang={version.locale}>
                    {version.name}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
