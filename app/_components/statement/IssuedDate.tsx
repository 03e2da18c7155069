import type {Locale} from 'next-intl';
import {getFormatter} from 'next-intl/server';
import type {IssuedDate as Issued} from '@/lib/content/types';

/** `<time datetime="2023-09">September 2023</time>`: the date at the precision the association gave it. */
export default async function IssuedDate({locale, issued}: {locale: Locale; issued: Issued}) {
  const format = await getFormatter({locale});
  return <time dateTime={issued.iso}>{format.dateTime(issued.date, issued.precision)}</time>;
}
