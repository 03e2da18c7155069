import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import theme from '@/lib/site/theme.json';

// lib/site/theme.json repeats some of the stylesheet's colours for what CSS
// cannot reach (the browser's bars, the manifest, the preview image).
const css = readFileSync(path.join(__dirname, '..', '..', 'app', '_styles', 'base.css'), 'utf8');
const tokensOf = (block: string) =>
  Object.fromEntries(
    [...block.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{3,8});/gi)].map(([, name, value]) => [name, value]),
  );
const light = tokensOf(css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {'))));
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const dark = tokensOf(css.slice(darkStart, css.indexOf('}', darkStart)));

test('the light theme colours are the stylesheet’s', () => {
  expect(theme.light).toEqual({
    background: light.background,
    surface: light.surface,
    text: light.text,
    muted: light.muted,
    accent: light.accent,
  });
});

test('the dark surface is the stylesheet’s', () => {
  expect(theme.dark.surface).toBe(dark.surface);
});

test('the icon is drawn in the theme’s accent and background', () => {
  const svg = readFileSync(path.join(__dirname, '..', '..', 'lib', 'site', 'icon.svg'), 'utf8');
  expect(svg).toContain(`fill="${theme.light.accent}"`);
  expect(svg).toContain(`stroke="${theme.light.background}"`);
});
