import {readFileSync} from 'node:fs';
import path from 'node:path';
import {createTranslator} from 'next-intl';
import type {Locale} from 'next-intl';
import {formats, timeZone} from '../../i18n/formats';
import {routing} from '../../i18n/routing';

export type MessageTree = {[key: string]: string | MessageTree};

const messagesDir = path.join(__dirname, '..', '..', 'messages');

/** An interface message file as it is on disk: what the build reads. */
export function loadMessages(locale: string): MessageTree {
  return JSON.parse(readFileSync(path.join(messagesDir, `${locale}.json`), 'utf8')) as MessageTree;
}

/** Every message as a flat `Namespace.key` → text map. */
export function flattenMessages(tree: MessageTree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const id = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(id, value);
    else for (const [nestedId, text] of flattenMessages(value, id)) flat.set(nestedId, text);
  }
  return flat;
}

/** A translator of the interface text, configured like the site (same formats, same time zone). */
export function translatorFor(locale: Locale) {
  return createTranslator({
    locale,
    messages: loadMessages(locale) as unknown as IntlMessages,
    formats,
    timeZone,
  });
}

type IntlMessages = Parameters<typeof createTranslator>[0]['messages'];

export const locales = routing.locales;
export const defaultLocale = routing.defaultLocale;
