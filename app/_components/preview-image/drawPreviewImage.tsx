import {ImageResponse} from 'next/og';
import {openGraphImageSize} from '@/lib/site/previewImage';
import theme from '@/lib/site/theme.json';
import {previewFonts} from './previewFonts';

/** Everything a preview says, in the page's language. */
export interface PreviewText {
  title: string;
  name: string;
  description: string;
  properName: string;
  language: string;
}

// The link preview of a page: its title and the association's name in the
// page's language, set in the site's serif. This file and previewFonts.ts are
// what draw it: the preview cache's key holds their source (previewDrawing.ts).
export async function drawPreviewImage(text: PreviewText): Promise<Uint8Array> {
  const image = new ImageResponse(
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
        <div style={{fontSize: 44, fontWeight: 700, letterSpacing: 10}}>{text.name}</div>
        <div style={{fontSize: 30, color: theme.light.muted, marginTop: 8}}>{text.description}</div>
      </div>
      <div style={{fontSize: text.title.length > 60 ? 60 : 76, fontWeight: 700, lineHeight: 1.1}}>{text.title}</div>
      <div style={{display: 'flex', justifyContent: 'space-between', fontSize: 28, color: theme.light.muted}}>
        <span>{text.properName}</span>
        <span>{text.language}</span>
      </div>
    </div>,
    {...openGraphImageSize, fonts: await previewFonts()},
  );
  return new Uint8Array(await image.arrayBuffer());
}
