import {getLocale, getTranslations} from 'next-intl/server';
import {localeUrl} from '../_lib/site';
import {paragraphId, paragraphKeys, statementArguments} from '../_lib/statement';
import LinkSharing from './LinkSharing';
import ParagraphLink from './ParagraphLink';
import PrintSource from './PrintSource';
import ShareButton from './ShareButton';
import Signature from './Signature';
import TranslationNote from './TranslationNote';

export default async function Statement() {
  const locale = await getLocale();
  const t = await getTranslations('Statement');
  const tLinks = await getTranslations('Links');
  const url = localeUrl(locale);

  return (
    <LinkSharing copiedMessage={tLinks('copied')}>
      <article className="statement" aria-labelledby="statement-title">
        <h1 id="statement-title" className="statement__title">
          {t('title')}
        </h1>
        <TranslationNote />
        <div className="statement__tools">
          <ShareButton title={t('title')} url={url} label={tLinks('share')} />
        </div>
        {paragraphKeys.map((key, index) => {
          const id = paragraphId(key);
          return (
            <p key={key} id={id} className="statement__paragraph">
              {t(`paragraphs.${key}`, statementArguments)}{' '}
              <ParagraphLink id={id} url={`${url}#${id}`} label={tLinks('paragraph', {number: index + 1})} />
            </p>
          );
        })}
        <Signature />
        <PrintSource />
      </article>
    </LinkSharing>
  );
}
