import {getTranslations} from 'next-intl/server';
import {Link} from '@/i18n/navigation';

export default async function NotFoundMessage() {
  const t = await getTranslations('NotFound');
  return (
    <div className="not-found">
      <h1 className="not-found__title">{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link href="/">{t('back')}</Link>
      </p>
    </div>
  );
}
