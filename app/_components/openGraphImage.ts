import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {cachedPreviewImage, previewImageCacheDirectory, previewImageKey} from '@/lib/site/previewImageCache';
import {openGraphImageType} from '@/lib/site/previewImage';
import {drawPreviewImage, type PreviewText} from './preview-image/drawPreviewImage';
import {previewDrawing} from './preview-image/previewDrawing';

// The link preview of a page in its language, as the PNG a route handler
// answers: drawn, or read from an earlier build when nothing that draws it has changed.
export async function openGraphImage(locale: Locale, title: string): Promise<Response> {
  const t = await getTranslations({locale});
  const text: PreviewText = {
    title,
    name: t('Letterhead.name'),
    description: t('Header.siteDescription'),
    properName: t('Letterhead.properName'),
    language: t('Language.name'),
  };
  const key = previewImageKey({...text}, await previewDrawing());
  const image = await cachedPreviewImage(previewImageCacheDirectory, key, () => drawPreviewImage(text));
  return new Response(new Uint8Array(image), {headers: {'content-type': openGraphImageType}});
}
