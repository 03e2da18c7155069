import {routeLocale} from '@/i18n/routeLocale';
import {localeParams} from '@/i18n/routing';
import {atomResponse, languageFeed} from '@/lib/feeds/languageFeed';

// One Atom feed per language: its newest statements, each linking its other
// language versions, and the way to the archive documents of the older ones
// (lib/feeds/archive.ts). Written at build time.
export const dynamic = 'force-static';

export const generateStaticParams = localeParams;

export async function GET(_request: Request, {params}: {params: Promise<{locale: string}>}) {
  const locale = routeLocale((await params).locale);
  return atomResponse(await languageFeed({locale, kind: 'current'}));
}
