import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import type {FormattedStatement} from '@/lib/content/format';

type Props = {locale: Locale; corrections: FormattedStatement['corrections']};

/**
 * The association's corrections of its original, oldest first, under the
 * title: "Corrected on 2 April 2024: …", in the page's language, with the
 * day as `<time>` (the feeds and JSON-LD give the last one as `updated`).
 */
export default async function Corrections({locale, corrections}: Props) {
  if (corrections.length === 0) return null;
  const t = await getTranslations({locale, namespace: 'Statement'});
  return (
    <div className="statement__corrections" data-pagefind-ignore>
      {corrections.map(({day, text}) => (
        <p key={day.iso} className="statement__correction">
          <strong>
            {t.rich('corrected', {date: day.date, time: (chunks) => <time dateTime={day.iso}>{chunks}</time>})}
          </strong>{' '}
          {text}
        </p>
      ))}
    </div>
  );
}
