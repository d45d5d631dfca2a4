/**
 * The working part of `<site-search>` (src/scripts/search.ts), loaded on the
 * reader's first focus or keystroke in a search box: loads Pagefind from
 * `/pagefind/` (its WASM runs in Pagefind's own worker), runs debounced
 * queries, renders results and handles the keyboard:
 * - typing searches after a short pause; the result count is announced;
 * - ArrowDown / ArrowUp move between the box and the result links;
 * - Escape clears the query and returns to the box;
 * - in the header, the results close when focus or a click leaves them.
 */
import { resultSummary, toSearchItems, type PagefindResultData, type SearchItem } from '../lib/client/search-results.ts';
import { bakedTranslator, type BakedMessages } from '../lib/client/messages.ts';
import type { SearchParts } from './search.ts';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(query: string): Promise<void>;
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> } | null>;
}

const DEBOUNCE_MS = 180;
/** Pages whose details are fetched (each costs a fragment download), and items listed. */
const PAGE_LIMIT = { header: 6, page: 20 } as const;
const ITEM_LIMIT = { header: 8, page: 40 } as const;

let pagefind: Promise<Pagefind> | undefined;

/** One Pagefind instance per page, shared by every search box on it. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    await module.options({ excerptLength: 22, excerptEllipsis: '…' });
    await module.init();
    return module;
  })();
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

function renderItem(item: SearchItem): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const kind = document.createElement('span');
  kind.className = 'search-kind';
  kind.textContent = item.kind;
  const link = document.createElement('a');
  link.className = 'search-title';
  link.href = item.url;
  link.textContent = item.title;
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  for (const part of item.excerpt) {
    if (!part.mark) {
      excerpt.append(part.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    excerpt.append(mark);
  }
  li.append(kind, ' ', link, excerpt);
  return li;
}

/** Starts the box's session with its words, as fetched (src/data/search-messages.ts). */
export function startSession({ host, variant, form, input, panel, status, list }: SearchParts, messages: unknown): void {
  const t = bakedTranslator(messages as BakedMessages | undefined);
  list.setAttribute('aria-label', t('search.results'));
  // The header lists the best few; this link leads to all of them on the search page.
  const more = document.createElement('a');
  more.className = 'search-more';
  more.hidden = true;
  panel.append(more);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  let shownFor = '';

  const setOpen = (open: boolean) => {
    const visible = open && (list.childElementCount > 0 || status.textContent !== '');
    panel.classList.toggle('is-open', visible || variant === 'page');
    list.hidden = !(visible && list.childElementCount > 0);
    more.hidden = list.hidden || !more.textContent;
  };

  const clear = () => {
    latest++;
    clearTimeout(timer);
    shownFor = '';
    list.replaceChildren();
    status.textContent = '';
    more.textContent = '';
    setOpen(false);
  };

  // Only the search page itself keeps the query in its address (a 404 page's box does not).
  const onSearchPage = variant === 'page' && new URL(form.action).pathname === location.pathname;
  const keepInUrl = (query: string) => {
    if (!onSearchPage) return;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  };

  const run = async () => {
    clearTimeout(timer);
    const query = input.value.trim();
    keepInUrl(query);
    if (!query) return clear();
    if (query === shownFor) return setOpen(true);
    const mine = ++latest;
    try {
      const engine = await loadPagefind();
      const found = await engine.search(query);
      if (mine !== latest || !found) return;
      const pages = await Promise.all(found.results.slice(0, PAGE_LIMIT[variant]).map((r) => r.data()));
      if (mine !== latest) return;
      const items = pages.flatMap((page) => toSearchItems(page, 3, t('search.fallbackKind'))).slice(0, ITEM_LIMIT[variant]);
      // A reader who already arrowed into older results keeps their place on the new first result.
      const hadFocus = list.contains(document.activeElement);
      list.replaceChildren(...items.map(renderItem));
      if (hadFocus) list.querySelector('a')?.focus();
      status.textContent = resultSummary(query, found.results.length, t);
      const hasMore = variant === 'header' && found.results.length > PAGE_LIMIT.header;
      more.textContent = hasMore ? t('search.allResults', { count: found.results.length }) : '';
      more.href = `${form.action}?${new URLSearchParams({ q: query })}`;
      shownFor = query;
    } catch {
      if (mine !== latest) return;
      list.replaceChildren();
      more.textContent = '';
      status.textContent = t('search.unavailable');
      shownFor = '';
    }
    setOpen(host.contains(document.activeElement) || variant === 'page');
  };

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a'), ...(more.hidden ? [] : [more])];

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim()) void run();
  });

  form.addEventListener('submit', (event) => {
    const query = input.value.trim();
    // The header box hands a query to the search page (a normal GET); an empty one goes nowhere.
    if (variant === 'page' || !query) {
      event.preventDefault();
      void run();
    }
  });

  host.addEventListener('keydown', (event) => {
    const targets = [input, ...links()];
    const at = targets.indexOf(document.activeElement as HTMLInputElement | HTMLAnchorElement);
    if (event.key === 'Escape') {
      if (!input.value && !panel.classList.contains('is-open')) return;
      event.preventDefault();
      input.value = '';
      keepInUrl('');
      clear();
      input.focus();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && at >= 0 && targets.length > 1 && !list.hidden) {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? Math.min(at + 1, targets.length - 1) : Math.max(at - 1, 0);
      targets[next]!.focus();
    }
  });

  if (variant === 'header') {
    host.addEventListener('focusout', (event) => {
      const to = event.relatedTarget as Node | null;
      if (to && !host.contains(to)) setOpen(false);
    });
    document.addEventListener('pointerdown', (event) => {
      if (!host.contains(event.target as Node)) setOpen(false);
    });
  }

  // Warm up while the reader is still typing; the first query then answers at once.
  loadPagefind().catch(() => {
    status.textContent = t('search.unavailable');
    setOpen(true);
  });
  if (input.value.trim()) void run();
}
