import type {Locale, Messages} from 'next-intl';

// Each language's interface text (messages/<locale>.json), imported by name.
// An import with the language in a template (`../messages/${locale}.json`)
// makes the bundler compile every JSON file under messages/ into the server,
// each statement's too: 4,000 modules at a thousand statements, compiled and
// cached for nothing (docs/benchmarks.md). The type check asks for a new
// language's line here.
export const interfaceMessages = {
  sv: () => import('../messages/sv.json'),
  en: () => import('../messages/en.json'),
  az: () => import('../messages/az.json'),
} satisfies Record<Locale, () => Promise<{default: Messages}>>;
