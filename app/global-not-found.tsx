import {getTranslations, setRequestLocale} from 'next-intl/server';
import MultilingualNotFound from './_components/MultilingualNotFound';
import NotFoundFontPreloads from './_components/NotFoundFontPreloads';
import NotFoundMessage from './_components/NotFoundMessage';
import PageShell from './_components/PageShell';
import {getNotFoundLocale} from './_lib/notFoundLocale';

export default async function GlobalNotFound() {
  const locale = await getNotFoundLocale();
  if (!locale) return <MultilingualNotFound />;

  setRequestLocale(locale);
  const t = await getTranslations({locale, namespace: 'NotFound'});
  return (
    <PageShell locale={locale}>
      <title>{t('metaTitle')}</title>
      <NotFoundFontPreloads />
      <main id="main" tabIndex={-1}>
        <NotFoundMessage />
      </main>
    </PageShell>
  );
}
