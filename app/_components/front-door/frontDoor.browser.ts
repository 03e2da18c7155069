// FrontDoor.tsx's behaviour: on `/` where no rule chose (out/index.html), go
// on to the language the rules would choose (lib/routing/negotiation.ts):
// the remembered one (the locale cookie), else the first of the browser's
// languages the site has, else the default. The browser's languages are in
// its order of preference, as Accept-Language ranks them.
import {negotiateLocale} from '@/lib/routing/negotiation';

export function enterInReadersLanguage(): void {
  const door = document.querySelector<HTMLElement>('[data-front-door]');
  if (!door) return;
  const links = [...door.querySelectorAll<HTMLAnchorElement>('a[hreflang]')];
  const locale = negotiateLocale(
    {cookie: document.cookie, acceptLanguage: navigator.languages.join(',')},
    links.map((link) => link.hreflang),
    door.dataset.frontDoor ?? '',
  );
  const link = links.find((candidate) => candidate.hreflang === locale);
  if (link) location.replace(link.href);
}
