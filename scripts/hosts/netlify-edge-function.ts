// Netlify's edge function (.netlify/edge-functions/negotiation.js, bundled
// from this file by host-functions.mjs, declared in the manifest beside it):
// `/` and the addresses without a language go to the reader's language, as
// nginx and the embedded server send them (lib/routing/hostFunctions.ts).
// Returning nothing hands the request on to the static files, with the rules
// of _headers and _redirects.
import {negotiatedRedirect} from '../../lib/routing/hostFunctions';
import {siteFiles} from './site-files';

const files = new Set(siteFiles);

export default function negotiation(request: Request): Response | undefined {
  return negotiatedRedirect(request, (file) => files.has(file));
}
