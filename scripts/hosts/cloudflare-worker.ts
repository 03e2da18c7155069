// Cloudflare Pages' function in advanced mode (out/_worker.js, bundled from
// this file by host-functions.mjs): `/` and the addresses without a language
// go to the reader's language, as nginx and the embedded server send them
// (lib/routing/hostFunctions.ts); out/_routes.json keeps every other request
// away from it, and what reaches it otherwise is the static file, with the
// rules of _headers and _redirects.
import {negotiatedRedirect} from '../../lib/routing/hostFunctions';
import {siteFiles} from './site-files';

/** The binding Pages gives an advanced-mode worker: the static files of the deployment. */
type Env = {ASSETS: {fetch(request: Request): Promise<Response>}};

const files = new Set(siteFiles);

const worker = {
  async fetch(request: Request, env: Env): Promise<Response> {
    return negotiatedRedirect(request, (file) => files.has(file)) ?? env.ASSETS.fetch(request);
  },
};
export default worker;
