import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {ImageResponse} from 'next/og';
import {hasLocale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {routing} from '@/i18n/routing';

// The link preview of each language: the statement's title and the
// association's name in that language, set in the site's serif. Satori reads
// WOFF but not WOFF2, hence Fontsource's static-weight package here.
const size = {width: 1200, height: 630};
const contentType = 'image/png';

type Props = {params: Promise<{locale: string}>};

const fontFile = (file: string) =>
  readFile(path.join(process.cwd(), 'node_modules', '@fontsource', 'source-serif-4', 'files', file));

async function localeOf(params: Props['params']) {
  const {locale} = await params;
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

export async function generateImageMetadata({params}: Props) {
  const locale = await localeOf(params);
  const t = await getTranslations({locale});
  return [
    {
      id: 'statement',
      size,
      contentType,
      alt: t('OpenGraph.alt', {title: t('Statement.title'), association: t('Statement.association')}),
    },
  ];
}

export default async function OpenGraphImage({params}: Props) {
  const locale = await localeOf(params);
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
        background: '#fdfcf9',
        color: '#1b1b1b',
        borderLeft: '24px solid #0e6b4f',
        fontFamily: 'Serif, SerifExt',
      }}
    >
      <div style={{display: 'flex', flexDirection: 'column'}}>
        <div style={{fontSize: 44, fontWeight: 700, letterSpacing: 10}}>{t('Letterhead.name')}</div>
        <div style={{fontSize: 30, color: '#4f4f4f', marginTop: 8}}>{t('Header.siteDescription')}</div>
      </div>
      <div style={{fontSize: 76, fontWeight: 700, lineHeight: 1.1}}>{t('Statement.title')}</div>
      <div style={{display: 'flex', justifyContent: 'space-between', fontSize: 28, color: '#4f4f4f'}}>
        <span>{t('Letterhead.properName')}</span>
        <span>{t('Language.name')}</span>
      </div>
    </div>,
    {
      ...size,
      fonts: [
        {name: 'Serif', data: latin, weight: 400, style: 'normal'},
        {name: 'Serif', data: latinBold, weight: 700, style: 'normal'},
        {name: 'SerifExt', data: latinExt, weight: 400, style: 'normal'},
        {name: 'SerifExt', data: latinExtBold, weight: 700, style: 'normal'},
      ],
    },
  );
}
