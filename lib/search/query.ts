// What the search page and its script share, apart from lib/site/urls.ts, which the script cannot import (it reads
// SITE_URL at build time).

/** The query parameter of a search page (`/sv/search?q=…`) that holds the words searched for. */
export const SEARCH_QUERY_PARAMETER = 'q';

/**
 * Where the search page's messages, rendered on the server (app/_components/search/Search.tsx), leave room for
 * what only its script knows: the words searched for and how many statements were found.
 */
export const MESSAGE_SLOTS = {query: '{query}', count: '{count}'} as const;
