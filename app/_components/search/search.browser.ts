// The search page's script (Search.tsx), loaded by that page alone: it
// asks Pagefind's index of the statements in this page's language
// (scripts/build/search-index.mjs), lists what it finds and says so to screen
// readers. Without it, the page says that search needs JavaScript and leads to
// the archive. docs/architecture.md, "Search".
import type {Locale} from '@/i18n/routing';
import {spellingsOf} from '@/lib/search/spellings';
import {MESSAGE_SLOTS, SEARCH_QUERY_PARAMETER} from '@/lib/search/query';

/** The part of Pagefind's API (pagefind.js) this script uses. */
type PagefindResult = {id: string; score: number; data: () => Promise<PagefindData>};
type PagefindData = {url: string; excerpt: string; meta: {title?: string; date?: string}};
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string) => Promise<{results: PagefindResult[]} | null>;
};

const RESULTS_PER_PAGE = 10;
const TYPING_PAUSE_MS = 300;

function element<T extends HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: ${selector} is missing`);
  return found;
}

/** The excerpt Pagefind returns (escaped text with <mark>s) as nodes: its text and its marks, nothing else. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

/** One statement found: its title as a link, its date, and the words around what was found. */
function resultItem(data: PagefindData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  heading.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta.date) {
    const date = document.createElement('p');
    date.className = 'search-result__date';
    date.textContent = data.meta.date;
    item.append(date);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

/** A message of the page's language (Search.tsx renders them into data- attributes, MESSAGE_SLOTS left open). */
function messageOf(root: HTMLElement, locale: Locale) {
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  const fill = (template: string, query: string, count = 0) =>
    template.replaceAll(MESSAGE_SLOTS.query, query).replaceAll(MESSAGE_SLOTS.count, number.format(count));
  const found = JSON.parse(root.dataset.found ?? '{}') as Partial<Record<Intl.LDMLPluralRule, string>>;
  return {
    searching: (query: string) => fill(root.dataset.searching ?? '', query),
    none: (query: string) => fill(root.dataset.none ?? '', query),
    failed: (query: string) => fill(root.dataset.failed ?? '', query),
    found: (query: string, count: number) => fill(found[plural.select(count)] ?? found.other ?? '', query, count),
  };
}

/** Merges what each spelling found: each statement once, at its best score, the best first. */
function merged(searches: ({results: PagefindResult[]} | null)[]): PagefindResult[] {
  const best = new Map<string, PagefindResult>();
  for (const result of searches.flatMap((search) => search?.results ?? [])) {
    const known = best.get(result.id);
    if (!known || known.score < result.score) best.set(result.id, result);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

export function enableSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const locale = document.documentElement.lang as Locale;
  const form = element<HTMLFormElement>(root, 'form');
  const input = element<HTMLInputElement>(form, 'input[type="search"]');
  const status = element<HTMLElement>(root, '[role="status"]');
  const list = element<HTMLOListElement>(root, '.search__results');
  const more = element<HTMLButtonElement>(root, '.search__more');
  const otherLanguages = [...root.querySelectorAll<HTMLAnchorElement>('.search__languages a[hreflang]')];
  const messages = messageOf(root, locale);

  let pagefind: Promise<Pagefind> | undefined;
  const library = () =>
    (pagefind ??= (import(root.dataset.library ?? '') as Promise<Pagefind>).then(async (loaded) => {
      // In the page, not a worker: one file fewer to fetch, and a worker would need a policy of its own.
      await loaded.options({excerptLength: 24, noWorker: true});
      return loaded;
    }));

  let current = 0;
  let found: PagefindResult[] = [];
  let shown = 0;

  async function showMore(focusFirst: boolean): Promise<void> {
    const page = found.slice(shown, shown + RESULTS_PER_PAGE);
    const items = (await Promise.all(page.map((result) => result.data()))).map(resultItem);
    list.append(...items);
    if (focusFirst) items[0]?.querySelector('a')?.focus();
    shown += page.length;
    more.hidden = shown >= found.length;
  }

  async function search(query: string): Promise<void> {
    const run = ++current;
    const url = new URL(location.href);
    if (query === '') url.searchParams.delete(SEARCH_QUERY_PARAMETER);
    else url.searchParams.set(SEARCH_QUERY_PARAMETER, query);
    history.replaceState(history.state, '', url);
    for (const link of otherLanguages) {
      const target = new URL(link.href);
      target.search = url.search;
      link.href = target.href;
    }
    list.replaceChildren();
    more.hidden = true;
    found = [];
    shown = 0;
    const spellings = spellingsOf(query, locale);
    if (spellings.length === 0) {
      status.textContent = '';
      return;
    }
    status.textContent = messages.searching(query);
    try {
      const loaded = await library();
      const searches = await Promise.all(spellings.map((spelling) => loaded.search(spelling)));
      if (run !== current) return;
      found = merged(searches);
      await showMore(false);
      if (run !== current) return;
      status.textContent = found.length === 0 ? messages.none(query) : messages.found(query, found.length);
    } catch {
      if (run === current) status.textContent = messages.failed(query);
    }
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void search(input.value.trim()), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void search(input.value.trim());
  });
  more.addEventListener('click', () => void showMore(true));

  const asked = new URL(location.href).searchParams.get(SEARCH_QUERY_PARAMETER)?.trim() ?? '';
  if (asked !== '') {
    input.value = asked;
    void search(asked);
  }
}

enableSearch();
