import './SiteFooter.css';
import {getTranslations} from 'next-intl/server';
import type {Locale} from 'next-intl';
import {mailtoHref, telHref, websiteHref} from '@/lib/site/contact';

export default async function SiteFooter({locale}: {locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Contact'});
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <h2 className="site-footer__heading">{t('heading')}</h2>
        <address className="contact">
          <p className="contact__postal">
            {t('careOf')}
            <br />
            {t('street')}
            <br />
            {t('region')}
          </p>
          <p className="contact__channels">
            <a href={websiteHref(t('website'))}>{t('website')}</a>
            <br />
            {t('phoneLabel')} <a href={telHref(t('phone'))}>{t('phone')}</a>
            <br />
            <a href={mailtoHref(t('email'))}>{t('email')}</a>
          </p>
        </address>
      </div>
    </footer>
  );
}
