import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Locale, Messages} from 'next-intl';

// Each language's interface text, messages/<locale>.json, read from its file
// as lib/content reads a statement's. An import with the language in a
// template (`../messages/${locale}.json`) makes the bundler compile every JSON
// file under messages/ into the server, each statement's too: 4,000 modules at
// a thousand statements, compiled and cached for nothing (docs/benchmarks.md);
// an import by name is a line to add for each language. The unit tests hold
// every file to en.json's keys and arguments (tests/unit/message-parity.test.ts).
export function interfaceMessages(locale: Locale): Messages {
  return JSON.parse(readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8')) as Messages;
}
