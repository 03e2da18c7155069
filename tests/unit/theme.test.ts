import {readFileSync} from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import {expect, test} from 'vitest';
import theme from '@/lib/site/theme.json';

// lib/site/theme.json repeats some of the stylesheet's colours for what CSS
// cannot reach (the browser's bars, the manifest, the preview image). The
// stylesheet is read as a CSS parser reads it: the `--color-*` tokens of
// `:root`, and of `:root` inside the dark scheme's media query.
const stylesheet = postcss.parse(readFileSync(path.join(__dirname, '..', '..', 'app', '_styles', 'base.css'), 'utf8'));
const light: Record<string, string> = {};
const dark: Record<string, string> = {};
stylesheet.walkRules(':root', (rule) => {
  const media = rule.parent?.type === 'atrule' ? (rule.parent as postcss.AtRule) : undefined;
  if (media && !(media.name === 'media' && media.params === '(prefers-color-scheme: dark)')) return;
  rule.walkDecls(/^--color-/, (declaration) => {
    (media ? dark : light)[declaration.prop.replace(/^--color-/, '')] = declaration.value;
  });
});

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
