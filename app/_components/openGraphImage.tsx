import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {ImageResponse} from 'next/og';
import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {openGraphImageSize} from '@/lib/site/previewImage';
import theme from '@/lib/site/theme.json';

// The link preview of a page in its language: its title and the association's
// name in that language, set in the site's serif. Satori reads WOFF but not
// WOFF2, hence Fontsource's static-weight package here.

const fontFile = (file: string) =>
  readFile(path.join(process.cwd(), 'node_modules', '@fontsource', 'source-serif-4', 'files', file));

export async function openGraphImage(locale: Locale, title: string): Promise<ImageResponse> {
  const t = await getTranslations({locale});
  const [latin, latinExt, latinBold, latinExtBold] = await Promise.all([
    fontFile('source-serif-4-latin-400-normal.woff'),
    fontFile('source-serif-4-latin-ext-400-normal.woff'),
    fontFile('source-serif-4-latin-700-normal.woff'),
    fontFile('source-serif-4-latin-ext-700-normal.woff'),
  ]);

  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 80px',
        background: theme.light.background,
        color: theme.light.text,
        borderLeft: `24px solid ${theme.light.accent}`,
        fontFamily: 'Serif, SerifExt',
      }}
    >
      <div style={{display: 'flex', flexDirection: 'column'}}>
        <div style={{fontSize: 44, fontWeight: 700, letterSpacing: 10}}>{t('Letterhead.name')}</div>
        <div style={{fontSize: 30, color: theme.light.muted, marginTop: 8}}>{t('Header.siteDescription')}</div>
      </div>
      <div style={{fontSize: title.length > 60 ? 60 : 76, fontWeight: 700, lineHeight: 1.1}}>{title}</div>
      <div style={{display: 'flex', justifyContent: 'space-between', fontSize: 28, color: theme.light.muted}}>
        <span>{t('Letterhead.properName')}</span>
        <span>{t('Language.name')}</span>
      </div>
    </div>,
    {
      ...openGraphImageSize,
      fonts: [
        {name: 'Serif', data: latin, weight: 400, style: 'normal'},
        {name: 'Serif', data: latinBold, weight: 700, style: 'normal'},
        {name: 'SerifExt', data: latinExt, weight: 400, style: 'normal'},
        {name: 'SerifExt', data: latinExtBold, weight: 700, style: 'normal'},
      ],
    },
  );
}
