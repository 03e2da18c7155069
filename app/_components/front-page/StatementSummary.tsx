import './front-page.css';
import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {formatStatement} from '@/lib/content/format';
import {statements} from '@/lib/content/statements';
import type {Statement} from '@/lib/content/types';
import {statementPath} from '@/lib/site/urls';
import IssuedDate from '../statement/IssuedDate';

type Props = {
  locale: Locale;
  statement: Statement;
  /** The newest statement leads the front page with its opening paragraph. */
  lead?: boolean;
  /** Its title's heading level: h2 where it leads or stands directly under the page's title, else h3. */
  heading?: 'h2' | 'h3';
};

/** A statement on its language's front page: title (the link), date, and for the lead its opening paragraph. */
export default async function StatementSummary({locale, statement, lead = false, heading}: Props) {
  const t = await getTranslations({locale, namespace: 'FrontPage'});
  const text = formatStatement(statements, statement, locale);
  const href = statementPath(locale, statement.id);
  const Heading = heading ?? (lead ? 'h2' : 'h3');
  return (
    <article className={lead ? 'statement-summary statement-summary--lead' : 'statement-summary'}>
      <Heading className="statement-summary__title">
        <a href={href}>{text.title}</a>
      </Heading>
      <p className="statement-summary__date">
        <IssuedDate locale={locale} issued={statement.issued} />
      </p>
      {lead ? (
        <>
          <p className="statement-summary__opening">{text.paragraphs[0]?.text}</p>
          <p className="statement-summary__more">
            <a href={href}>{t('read')}</a>
          </p>
        </>
      ) : null}
    </article>
  );
}
