// Apart from lib/site/urls.ts, which the search page's script cannot import (it reads SITE_URL at build time).

/** The query parameter of a search page (`/sv/search?q=…`) that holds the words searched for. */
export const SEARCH_QUERY_PARAMETER = 'q';
