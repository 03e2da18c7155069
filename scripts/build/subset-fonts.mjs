// Cuts the self-hosted serif down to the letters the site can show, before
// `next build` / `next dev`: every character of messages/**/*.json, printable
// ASCII, and the punctuation and spaces that number and date formatting
// produce (Swedish "750 000" has a no-break space). The variable weight axis
// is limited to the weights the stylesheet uses, the layout features to those
// browsers apply by default. Writes app/_fonts/ (git-ignored).
// tests/e2e/fonts.spec.ts proves every rendered letter still comes from this font.
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';

const root = path.join(import.meta.dirname, '..', '..');
const sourceDir = path.join(root, 'node_modules', '@fontsource-variable', 'source-serif-4', 'files');
const outputDir = path.join(root, 'app', '_fonts');
const weights = {min: 400, max: 700};
// The OpenType features a browser's shaper (HarfBuzz) applies to text on its
// own; the stylesheet asks for no others. Keeping only these drops the glyphs
// that only small caps, old-style figures, fractions etc. reach (≈ 3.5 KB).
const features = 'abvm blwm calt ccmp clig curs dist kern liga locl mark mkmk rclt rlig rvrn'.split(' ');

const characters = new Set();
const messagesDir = path.join(root, 'messages');
// The interface text and every statement in every language (messages/statements/<id>/<locale>.json).
for (const file of readdirSync(messagesDir, {recursive: true, encoding: 'utf8'})) {
  if (!file.endsWith('.json')) continue;
  for (const character of readFileSync(path.join(messagesDir, file), 'utf8')) characters.add(character);
}
for (let code = 0x20; code < 0x7f; code += 1) characters.add(String.fromCodePoint(code));
// No-break and thin spaces, middle dot, hyphens and dashes, quotes, ellipsis.
for (const code of [0xa0, 0xb7, 0x2009, 0x202f, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2018, 0x2019]) {
  characters.add(String.fromCodePoint(code));
}
for (const code of [0x201a, 0x201c, 0x201d, 0x201e, 0x2026]) characters.add(String.fromCodePoint(code));
characters.delete('\n');
const text = [...characters].sort().join('');

mkdirSync(outputDir, {recursive: true});
for (const subset of ['latin', 'latin-ext']) {
  const source = readFileSync(path.join(sourceDir, `source-serif-4-${subset}-wght-normal.woff2`));
  const output = await subsetFont(source, text, {
    targetFormat: 'woff2',
    variationAxes: {wght: weights},
    keepFeatures: features,
  });
  const file = path.join(outputDir, `source-serif-4-${subset}.woff2`);
  writeFileSync(file, output);
  console.log(`${path.relative(root, file)}: ${source.length} → ${output.length} bytes`);
}
console.log(`${characters.size} characters, weights ${weights.min}–${weights.max}`);
