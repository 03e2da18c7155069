// The files of a build outside its languages that a page-like path may name
// (`/index.html`): what answer() asks about before it negotiates. A stand-in
// for type-checking; host-functions.mjs bundles each function with the
// build's own list in its place.
export const siteFiles: readonly string[] = [];
