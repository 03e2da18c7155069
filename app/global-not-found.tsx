import {getTranslations} from 'next-intl/server';
import Document from './_components/Document';
import {notFoundVersions, statementVersions} from './_components/languageVersions';
import FontPreloads from './_components/not-found/FontPreloads';
import {getNotFoundRequest} from './_components/not-found/locale';
import MultilingualNotFound from './_components/not-found/MultilingualNotFound';
import NotFoundMessage from './_components/not-found/NotFoundMessage';
import UntranslatedStatement from './_components/not-found/UntranslatedStatement';
import PageFrame from './_components/PageFrame';

// Every request that matches no page, rendered in full on the server
// (Next's experimental.globalNotFound): the pieces live in _components/not-found/.
export default async function GlobalNotFound() {
  const {locale, missingTranslationOf} = await getNotFoundRequest();
  if (!locale) return <MultilingualNotFound />;

  const t = await getTranslations({locale, namespace: 'NotFound'});
  return (
    <Document lang={locale}>
      <title>{missingTranslationOf ? t('untranslatedMetaTitle') : t('metaTitle')}</title>
      <FontPreloads />
      <PageFrame
        locale={locale}
        versions={missingTranslationOf ? statementVersions(missingTranslationOf) : notFoundVersions()}
      >
        {missingTranslationOf ? (
          <UntranslatedStatement locale={locale} statement={missingTranslationOf} />
        ) : (
          <NotFoundMessage locale={locale} />
        )}
      </PageFrame>
    </Document>
  );
}
