import './statement.css';
import {Fragment} from 'react';
import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import type {FormattedStatement} from '@/lib/content/format';
import type {Statement} from '@/lib/content/types';
import {absoluteUrl, statementPath} from '@/lib/site/urls';
import Corrections from './Corrections';
import IssuedDate from './IssuedDate';
import LinkStatus from './LinkStatus';
import {OutdatedParagraphNote, OutdatedTranslationNote} from './OutdatedNotes';
import ParagraphLink from './ParagraphLink';
import PrintSource from './PrintSource';
import ShareButton from './ShareButton';
import Signature from './Signature';
import TranslationNote from './TranslationNote';

type Props = {locale: Locale; statement: Statement; text: FormattedStatement};

/**
 * One statement in one language: title, date, corrections, translation note
 * (and whether the original has changed since), paragraphs with their
 * permalinks and any note that one has changed in the original, signature.
 */
export default async function StatementArticle({locale, statement, text}: Props) {
  const t = await getTranslations({locale, namespace: 'Statement'});
  const tLinks = await getTranslations({locale, namespace: 'Links'});
  const url = absoluteUrl(statementPath(locale, statement.id));

  return (
    <>
      <article className="statement" aria-labelledby="statement-title" data-pagefind-body>
        <h1 id="statement-title" className="statement__title">
          {text.title}
        </h1>
        <p className="statement__issued" data-pagefind-ignore>
          {t('issued')} <IssuedDate locale={locale} issued={statement.issued} searchResultDate />
        </p>
        <Corrections locale={locale} corrections={text.corrections} />
        <TranslationNote locale={locale} statement={statement} />
        <OutdatedTranslationNote locale={locale} statement={statement} />
        <div className="statement__tools" data-pagefind-ignore>
          <ShareButton title={text.title} url={url} label={tLinks('share')} />
        </div>
        {text.paragraphs.map(({id, text: paragraph}, index) => (
          <Fragment key={id}>
            <p id={id} className="statement__paragraph">
              {paragraph}{' '}
              <ParagraphLink id={id} url={`${url}#${id}`} label={tLinks('paragraph', {number: index + 1})} />
            </p>
            <OutdatedParagraphNote locale={locale} statement={statement} paragraph={id} />
          </Fragment>
        ))}
        <Signature text={text} />
        <PrintSource locale={locale} url={url} />
      </article>
      <LinkStatus copiedMessage={tLinks('copied')} />
    </>
  );
}
