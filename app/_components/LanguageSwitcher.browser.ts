// LanguageSwitcher.tsx's behaviour: a language chosen in the header is
// remembered, so that `/` and addresses without a language lead to it next
// time (lib/routing/negotiation.ts reads the cookie on every host). Set here,
// in the reader's browser, so that every page stays one file, the same for
// every reader, which any CDN may keep. Without JavaScript nothing is
// remembered and the browser's languages decide.
import {localeCookie} from '@/lib/routing/negotiation';

export function rememberChosenLanguage(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.language-switcher__link[hreflang]')) {
    link.addEventListener('click', () => {
      document.cookie = `${localeCookie.name}=${link.hreflang}; Path=/; Max-Age=${localeCookie.maxAgeSeconds}; SameSite=Lax; Secure`;
    });
  }
}
