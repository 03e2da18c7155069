import './archive.css';
import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {frontPagePath} from '@/lib/site/urls';

type Props = {locale: Locale; trail?: {name: string; href: string}[]; current: string};

/**
 * Where a page sits: a trail of links from the front page, through the pages
 * in `trail`, ending with the page itself, not a link (after GOV.UK's breadcrumbs).
 */
export default async function Breadcrumbs({locale, trail = [], current}: Props) {
  const t = await getTranslations({locale, namespace: 'Archive'});
  const tFrontPage = await getTranslations({locale, namespace: 'FrontPage'});
  return (
    <nav className="breadcrumbs" aria-label={t('breadcrumbs')}>
      <ol className="breadcrumbs__list">
        {[{name: tFrontPage('title'), href: frontPagePath(locale)}, ...trail].map(({name, href}) => (
          <li key={href} className="breadcrumbs__item">
            <a href={href}>{name}</a>
          </li>
        ))}
        <li className="breadcrumbs__item" aria-current="page">
          {current}
        </li>
      </ol>
    </nav>
  );
}
