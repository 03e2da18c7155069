// The modules of lib/routing (and the languages) that deploy/nginx/ is written
// from, each loaded once (scripts/support/typescript.mjs) for the files of
// scripts/hosts/nginx/ that write it.
import {load} from '../../support/typescript.mjs';

export const {routing} = /** @type {typeof import('../../../i18n/routing.ts')} */ (await load('i18n/routing.ts'));
export const headers = /** @type {typeof import('../../../lib/routing/headers.ts')} */ (
  await load('lib/routing/headers.ts')
);
export const methods = /** @type {typeof import('../../../lib/routing/methods.ts')} */ (
  await load('lib/routing/methods.ts')
);
export const paths = /** @type {typeof import('../../../lib/routing/paths.ts')} */ (await load('lib/routing/paths.ts'));
export const requests = /** @type {typeof import('../../../lib/routing/requests.ts')} */ (
  await load('lib/routing/requests.ts')
);
export const target = /** @type {typeof import('../../../lib/routing/target.ts')} */ (
  await load('lib/routing/target.ts')
);
