import './archive.css';
import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';

export type Crumb = {name: string; href: string};

/**
 * Where a page sits: a trail of links from the front page, ending with the
 * page itself, not a link (after GOV.UK's breadcrumbs).
 */
export default async function Breadcrumbs({locale, trail, current}: {locale: Locale; trail: Crumb[]; current: string}) {
  const t = await getTranslations({locale, namespace: 'Archive'});
  return (
    <nav className="breadcrumbs" aria-label={t('breadcrumbs')}>
      <ol className="breadcrumbs__list">
        {trail.map(({name, href}) => (
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
