import type {Metadata} from 'next';
import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import type {Alternates} from './alternates';
import {openGraphImageSize, openGraphImageType} from './previewImage';
import {feedPath, frontPagePath, openGraphLocale, previewImagePath} from './urls';

type PageMetadata = {
  locale: Locale;
  /** This page's own path: its canonical URL. */
  path: string;
  /** Its own title, which the head follows with the site's name; none for a front page, whose title is the site's. */
  title?: string;
  description: string;
  /** The language versions that exist, hreflang → path, `x-default` included. */
  languages: Alternates;
  /** Open Graph `article` details of a statement: when it was issued, ISO 8601 at its precision. */
  published?: string;
  /** …and the day its original was last corrected, if it has been. */
  modified?: string;
  /**
   * Given for a page with a link preview of its own (`<path>/preview.png`, a PNG written at build time: a
   * statement's): what it shows, for those who cannot see it. Without it, the page shows its front page's preview.
   */
  ownPreviewAlt?: string;
};

/**
 * The <head> of a page: title, description, canonical and hreflang
 * alternates, the language's Atom feed, and Open Graph / Twitter cards with
 * the page's preview image (app/[locale]/preview.png, …/statements/[id]/preview.png).
 * Relative URLs resolve against SITE_URL (metadataBase in app/[locale]/layout.tsx).
 */
export async function pageMetadata({
  locale,
  path,
  title,
  description,
  languages,
  published,
  modified,
  ownPreviewAlt,
}: PageMetadata) {
  const t = await getTranslations({locale, namespace: 'Metadata'});
  const tFeed = await getTranslations({locale, namespace: 'Feed'});
  const alternateLocales = Object.keys(languages)
    .filter((hreflang): hreflang is Locale => hreflang !== 'x-default' && hreflang !== locale)
    .map(openGraphLocale);
  const [previewOf, alt] = ownPreviewAlt === undefined ? [frontPagePath(locale), t('title')] : [path, ownPreviewAlt];
  const image = {url: previewImagePath(previewOf), ...openGraphImageSize, type: openGraphImageType, alt};
  const fullTitle = title === undefined ? t('title') : t('statementTitle', {title});

  return {
    title: fullTitle,
    description,
    alternates: {
      canonical: path,
      languages,
      types: {'application/atom+xml': [{url: feedPath(locale), title: tFeed('title')}]},
    },
    openGraph: {
      type: published ? 'article' : 'website',
      ...(published ? {publishedTime: published} : {}),
      ...(modified ? {modifiedTime: modified} : {}),
      url: path,
      siteName: t('siteName'),
      title: fullTitle,
      description,
      locale: openGraphLocale(locale),
      alternateLocale: alternateLocales,
      images: [image],
    },
    twitter: {card: 'summary_large_image', title: fullTitle, description, images: [image]},
  } satisfies Metadata;
}
