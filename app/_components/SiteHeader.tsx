import './SiteHeader.css';
import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import type {Alternates} from '@/lib/site/alternates';
import {frontPagePath} from '@/lib/site/urls';
import LanguageSwitcher from './LanguageSwitcher';

export default async function SiteHeader({locale, alternates}: {locale: Locale; alternates?: Alternates}) {
  const t = await getTranslations({locale, namespace: 'Header'});
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href={frontPagePath(locale)} className="site-header__name">
          <span className="site-header__title">{t('siteName')}</span>
          <span className="site-header__description">{t('siteDescription')}</span>
        </a>
        <LanguageSwitcher locale={locale} alternates={alternates} />
      </div>
    </header>
  );
}
