import {routeLocale} from '@/i18n/routeLocale';
import {routing} from '@/i18n/routing';
import {formatStatement} from '@/lib/content/format';
import {statements} from '@/lib/content/statements';
import {existsIn, statementsIn} from '@/lib/content/versions';
import {openGraphImage} from '../../../../_components/openGraphImage';

// A statement's link preview in each language it exists in: its title, a PNG
// written at build time.
export const dynamic = 'force-static';

export const dynamicParams = false;

// Route handlers get no params from the layouts above them: every pair is listed here.
export function generateStaticParams() {
  return routing.locales.flatMap((locale) => statementsIn(statements.statements, locale).map(({id}) => ({locale, id})));
}

export async function GET(_request: Request, {params}: {params: Promise<{locale: string; id: string}>}) {
  const {locale: segment, id} = await params;
  const locale = routeLocale(segment);
  const statement = statements.get(id);
  if (!statement || !existsIn(statement, locale)) {
    return new Response(null, {status: 404});
  }
  return openGraphImage(locale, formatStatement(statements, statement, locale).title);
}
