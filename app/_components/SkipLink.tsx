import {getTranslations} from 'next-intl/server';

export default async function SkipLink() {
  const t = await getTranslations('Header');
  return (
    <a className="skip-link" href="#main">
      {t('skipLink')}
    </a>
  );
}
