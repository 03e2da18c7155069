import {getLocale, getTranslations} from 'next-intl/server';
import {localePath} from '../_lib/site';
import LanguageSwitcher from './LanguageSwitcher';

export default async function SiteHeader() {
  const locale = await getLocale();
  const t = await getTranslations('Header');
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href={localePath(locale)} className="site-header__name">
          <span className="site-header__title">{t('siteName')}</span>
          <span className="site-header__description">{t('siteDescription')}</span>
        </a>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
