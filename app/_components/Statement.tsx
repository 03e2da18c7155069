import {getTranslations} from 'next-intl/server';
import {paragraphId, paragraphKeys, statementArguments} from '../_lib/statement';
import Signature from './Signature';
import TranslationNote from './TranslationNote';

export default async function Statement() {
  const t = await getTranslations('Statement');
  return (
    <article className="statement" aria-labelledby="statement-title">
      <h1 id="statement-title" className="statement__title">
        {t('title')}
      </h1>
      <TranslationNote />
      {paragraphKeys.map((key) => (
        <p key={key} id={paragraphId(key)} className="statement__paragraph">
          {t(`paragraphs.${key}`, statementArguments)}
        </p>
      ))}
      <Signature />
    </article>
  );
}
