import {hasLocale} from 'next-intl';
import {setRequestLocale} from 'next-intl/server';
import {notFound} from 'next/navigation';
import {routing} from '@/i18n/routing';
import Letterhead from '../_components/Letterhead';
import Statement from '../_components/Statement';
import StructuredData from '../_components/StructuredData';

type Props = {params: Promise<{locale: string}>};

export default async function StatementPage({params}: Props) {
  const {locale} = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);

  return (
    <main id="main" tabIndex={-1}>
      <Letterhead />
      <Statement />
      <StructuredData />
    </main>
  );
}
