import {routeLocale} from '@/i18n/routeLocale';
import {routing} from '@/i18n/routing';
import {atomResponse, languageFeed, languageFeedPlan} from '@/lib/feeds/languageFeed';

// A year's archive document of a language's feed (RFC 5005), for each year
// with a statement in the language (lib/feeds/archive.ts). Written at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    languageFeedPlan(locale).archiveYears.map((year) => ({locale, year: String(year)})),
  );
}

export async function GET(_request: Request, {params}: {params: Promise<{locale: string; year: string}>}) {
  const {locale: segment, year} = await params;
  const locale = routeLocale(segment);
  if (!languageFeedPlan(locale).archiveYears.includes(Number(year))) {
    return new Response(null, {status: 404});
  }
  return atomResponse(await languageFeed({locale, kind: 'archive', year: Number(year)}));
}
