import {hasLocale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {localeParams, routing} from '@/i18n/routing';
import {atomFeed} from '@/lib/feeds/atom';
import {formatStatement} from '@/lib/content/format';
import {statements} from '@/lib/content/statements';
import {statementsIn} from '@/lib/content/versions';
import {association} from '@/lib/site/association';
import {absoluteUrl, feedPath, frontPagePath, statementPath} from '@/lib/site/urls';

// One Atom feed per language: the statements that exist in it, newest first,
// each linking its other language versions. Written at build time.
export const dynamic = 'force-static';

export const generateStaticParams = localeParams;

export async function GET(_request: Request, {params}: {params: Promise<{locale: string}>}) {
  const {locale} = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, {status: 404});
  const t = await getTranslations({locale});

  const xml = atomFeed({
    locale,
    title: t('Feed.title'),
    selfUrl: absoluteUrl(feedPath(locale)),
    homeUrl: absoluteUrl(frontPagePath(locale)),
    author: {name: t('Metadata.siteName'), uri: association.url},
    entries: statementsIn(statements.statements, locale).map((statement) => {
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
  });
  return new Response(xml, {headers: {'content-type': 'application/atom+xml; charset=utf-8'}});
}
