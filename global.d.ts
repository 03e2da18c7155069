import type {formats} from './i18n/formats';
import type {routing} from './i18n/routing';
import type messages from './messages/en.json';

// English is the original: its keys and arguments are the contract every
// translation has to meet, and TypeScript checks each `t()` call against it.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
    Formats: typeof formats;
  }
}
