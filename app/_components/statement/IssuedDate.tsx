import type {Locale} from 'next-intl';
import {getFormatter} from 'next-intl/server';
import type {IssuedDate as Issued} from '@/lib/content/types';

type Props = {
  locale: Locale;
  issued: Issued;
  /** The date a search result shows: Pagefind keeps this element's text as the page's `date` (scripts/build/search-index.mjs). */
  searchResultDate?: boolean;
};

/** `<time datetime="2023-09">September 2023</time>`: the date at the precision the association gave it. */
export default async function IssuedDate({locale, issued, searchResultDate = false}: Props) {
  const format = await getFormatter({locale});
  return (
    <time dateTime={issued.iso} data-pagefind-meta={searchResultDate ? 'date' : undefined}>
      {format.dateTime(issued.date, issued.precision)}
    </time>
  );
}
