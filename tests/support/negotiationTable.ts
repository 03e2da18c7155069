// The negotiation rows of the request table: what `/` answers each reader.
// tests/e2e/negotiation.spec.ts runs them against the embedded server and
// nginx (npm run check:edge), scripts/hosts/check.mjs against the static
// hosts' emulators. The default language is English (i18n/routing.ts).

/** Accept-Language → the language `/` sends to. */
export const acceptLanguageCases: [acceptLanguage: string, locale: string][] = [
  ['az-AZ', 'az'],
  ['az', 'az'],
  ['az-Latn-AZ,az;q=0.9,ru;q=0.8', 'az'],
  ['az-Latn-AZ', 'az'],
  ['sv-SE,sv;q=0.9,en;q=0.8', 'sv'],
  ['sv-FI', 'sv'],
  ['fi-FI,fi;q=0.9,sv;q=0.8', 'sv'],
  ['en-US,en;q=0.9', 'en'],
  ['en-GB', 'en'],
  ['de-DE,de;q=0.9', 'en'],
  ['fr;q=0.9, az;q=0.5, sv;q=0.7', 'sv'],
  ['en;q=0.5, az;q=0.9', 'az'],
  ['', 'en'],
  ['!!!,;q=abc,,;;', 'en'],
];

/** Cookie and Accept-Language → the language `/` sends to: a remembered choice wins, junk is ignored. */
export const cookieCases: [cookie: string, acceptLanguage: string, locale: string][] = [
  ['NEXT_LOCALE=az', 'sv-SE', 'az'],
  ['NEXT_LOCALE=%zz<script>', 'sv-SE', 'sv'],
  ['NEXT_LOCALE=evil', 'az', 'az'],
  [`NEXT_LOCALE=${'z'.repeat(3000)}`, 'sv-SE', 'sv'],
];
