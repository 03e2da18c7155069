// The languages of the site, for the editor's commands. i18n/routing.ts is the
// one list of them, but these commands run in plain Node 20, which cannot
// import TypeScript (no tsx or vite-node among the dependencies), so the list
// is read out of that file's text. The reading is strict on purpose: if the
// file is ever written differently, the commands stop with a message rather
// than guess, and tests/unit/editor-locales.test.ts keeps the result equal to
// `routing.locales`.
import {readFileSync} from 'node:fs';
import path from 'node:path';

export const ROUTING_FILE = path.join(import.meta.dirname, '..', '..', 'i18n', 'routing.ts');

const localesLine = /^\s*locales:\s*\[([^\]]*)\],?\s*$/gm;
const localeItem = /^(['"])([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\1$/;

/** The locale codes of `locales: [...]` in i18n/routing.ts, in their order. */
export function readLocales(file = ROUTING_FILE) {
  const source = readFileSync(file, 'utf8');
  const lines = [...source.matchAll(localesLine)];
  const unreadable = (why) =>
    new Error(
      `Cannot read the languages from ${file}: ${why}. scripts/editor/locales.mjs expects one line ` +
        `\`locales: ['sv', 'en', 'az'],\` (a plain list of quoted codes); adapt it to the new shape of the file.`,
    );
  if (lines.length !== 1) throw unreadable(`found ${lines.length} \`locales: [...]\` lines, not one`);
  const items = (lines[0]?.[1] ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const locales = items.map((item) => {
    const match = item.match(localeItem);
    if (!match) throw unreadable(`${item} is not a quoted locale code`);
    return match[2];
  });
  if (locales.length === 0) throw unreadable('the list is empty');
  if (new Set(locales).size !== locales.length) throw unreadable('a locale is listed twice');
  return locales;
}
