import type {ReactNode} from 'react';
import {routeLocale} from '@/i18n/routeLocale';
import {statements} from '@/lib/content/statements';
import {statementsIn} from '@/lib/content/versions';

// Every statement in every language it exists in, prerendered. A pair not
// listed (an unknown id, or a language the statement has no translation in)
// has no page; its 404 document is app/[locale]/[...notFound]/.
export function generateStaticParams({params}: {params: {locale: string}}) {
  return statementsIn(statements.statements, routeLocale(params.locale)).map(({id}) => ({id}));
}

export const dynamicParams = false;

export default function StatementLayout({children}: {children: ReactNode}) {
  return children;
}
