import {getTranslations} from 'next-intl/server';
import {Link} from '@/i18n/navigation';
import LanguageSwitcher from './LanguageSwitcher';

export default async function SiteHeader() {
  const t = await getTranslations('Header');
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__name">
          <span className="site-header__title">{t('siteName')}</span>
          <span className="site-header__description">{t('siteDescription')}</span>
        </Link>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
