import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {formatStatement} from '../content/format';
import {statements} from '../content/statements';
import {statementsIn} from '../content/versions';
import {association} from '../site/association';
import {absoluteUrl, archiveYearFeedPath, feedPath, frontPagePath, statementPath} from '../site/urls';
import {statementsOfYear} from '../content/archive';
import {feedPlan, neighbours} from './archive';
import {atomFeed} from './atom';

/** One of a language's feed documents (lib/feeds/archive.ts): the subscription document, or a year's archive. */
export type FeedDocument = {locale: Locale} & ({kind: 'current'} | {kind: 'archive'; year: number});

/** The statements of a language, newest first, spread over its feed documents. */
export const languageFeedPlan = (locale: Locale) => feedPlan(statementsIn(statements.statements, locale));

/** A feed document of the site, as the Atom XML a build writes. */
export async function languageFeed(document: FeedDocument): Promise<string> {
  const {locale} = document;
  const t = await getTranslations({locale});
  const plan = languageFeedPlan(locale);
  const subscription = absoluteUrl(feedPath(locale));
  const archiveUrl = (year: number) => absoluteUrl(archiveYearFeedPath(locale, year));

  const {list, selfUrl, history} =
    document.kind === 'current'
      ? {
          list: plan.current,
          selfUrl: subscription,
          history: plan.previous === undefined ? [] : [{rel: 'prev-archive' as const, href: archiveUrl(plan.previous)}],
        }
      : {
          list: statementsIn(statementsOfYear(statements.statements, document.year), locale),
          selfUrl: archiveUrl(document.year),
          history: archiveHistory(plan.archiveYears, document.year, subscription, archiveUrl),
        };

  return atomFeed({
    locale,
    title: t('Feed.title'),
    selfUrl,
    homeUrl: absoluteUrl(frontPagePath(locale)),
    author: {name: t('Metadata.siteName'), uri: association.url},
    entries: list.map((statement) => {
      const text = formatStatement(statements, statement, locale);
      return {
        statement,
        text,
        url: absoluteUrl(statementPath(locale, statement.id)),
        versions: statement.locales.map((version) => ({
          locale: version,
          url: absoluteUrl(statementPath(version, statement.id)),
        })),
        corrections: text.corrections.map(
          ({day, text: notice}) =>
            `${t.markup('Statement.corrected', {date: day.date, time: (chunks) => chunks})} ${notice}`,
        ),
      };
    }),
    history,
    archived: document.kind === 'archive',
  });
}

function archiveHistory(years: readonly number[], year: number, current: string, urlOf: (year: number) => string) {
  const {older, newer} = neighbours(years, year);
  return [
    {rel: 'current' as const, href: current},
    ...(older === undefined ? [] : [{rel: 'prev-archive' as const, href: urlOf(older)}]),
    ...(newer === undefined ? [] : [{rel: 'next-archive' as const, href: urlOf(newer)}]),
  ];
}

export const atomResponse = (xml: string) =>
  new Response(xml, {headers: {'content-type': 'application/atom+xml; charset=utf-8'}});
