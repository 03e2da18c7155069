import './SkipLink.css';
import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';

export default async function SkipLink({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Header'});
  return (
    <a className="skip-link" href="#main">
      {t('skipLink')}
    </a>
  );
}
