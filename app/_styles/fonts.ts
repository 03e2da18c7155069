import localFont from 'next/font/local';

// Source Serif 4 (SIL OFL) from Fontsource, self-hosted through next/font:
// Google Fonts cannot be fetched at build time here, and self-hosting keeps
// readers' IP addresses away from third parties. scripts/build/subset-fonts.mjs cuts
// both files down to the characters the site shows and to weights 400–700
// before every build (about 26 KB in all instead of 94 KB).
//
// The family is split the way Fontsource ships it. The Latin Extended file
// (ə ğ ş İ …) comes first in the font stack but claims only its own
// unicode-range; everything else falls through to the Latin file, whose
// fallback is metric-adjusted to it.
//
// Both faces are preloaded and `font-display: optional`: Chromium holds the
// first frame for a preloaded optional font a short while and uses it if it
// arrives; if not, the page is drawn in the fallback and stays so until the
// next page view (the files are cached by then). Nothing ever swaps under the
// reader's eyes. With `swap`, fonts arriving after the first frame re-wrapped
// the header and every paragraph and moved the page (a layout shift of 0.2 on
// a 360 px phone when they came 400 ms late). tests/e2e/stability.spec.ts
// holds them back until after the first paint to keep it so.

export const serifLatinExt = localFont({
  src: '../_fonts/source-serif-4-latin-ext.woff2',
  weight: '400 700',
  style: 'normal',
  display: 'optional',
  variable: '--font-serif-latin-ext',
  // Subset to a few letters it is under 3 KB, and every page uses it (the
  // switcher says "Azərbaycanca"), so it is preloaded to make the first frame.
  preload: true,
  adjustFontFallback: false,
  fallback: [],
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF',
    },
  ],
});

export const serifLatin = localFont({
  src: '../_fonts/source-serif-4-latin.woff2',
  weight: '400 700',
  style: 'normal',
  display: 'optional',
  variable: '--font-serif-latin',
  adjustFontFallback: 'Times New Roman',
  // When the fonts miss the first frame, the page is read in these. The
  // metric-adjusted Times New Roman is found on Windows and Apple systems.
  // Where it is not (Linux, Android), Georgia is usually missing too, and
  // Chromium's generic serif on Linux, Liberation Serif, lacks ə, which would
  // then come from a sans-serif. Noto Serif (Android, many Linux desktops) and
  // DejaVu Serif have every letter the site uses.
  fallback: ['Georgia', 'Noto Serif', 'DejaVu Serif', 'serif'],
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
});

/** Class names that define the CSS variables the stylesheet's font stack uses. */
export const fontVariables = `${serifLatinExt.variable} ${serifLatin.variable}`;
