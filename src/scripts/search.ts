/**
 * `<site-search>`: the search box, as progressive enhancement.
 *
 * Without JavaScript the element shows what the page put in it (in the header
 * a link to the glossary A–Z; on the search page a note that search needs
 * JavaScript). When this module runs, the element swaps that for a search
 * form. Everything else (Pagefind, its index, result rendering) loads only
 * when a reader first focuses or types in the box, so a page where nobody
 * searches pays for this small module alone.
 *
 * `data-variant="header"`: results drop down under the box; Enter opens the
 * search page for the query. `data-variant="page"`: results are listed in
 * place, and the query comes from and is kept in `?q=`.
 * No inline handlers, no eval: CSP-safe.
 */

import { bakedTranslator, type ClientTranslate } from '../lib/client/messages.ts';

export type SearchVariant = 'header' | 'page';

/** The parts of one search box, handed to the lazily loaded session. */
export interface SearchParts {
  host: HTMLElement;
  variant: SearchVariant;
  form: HTMLFormElement;
  input: HTMLInputElement;
  panel: HTMLElement;
  status: HTMLElement;
  list: HTMLOListElement;
  /** The page's words for this box (baked by SearchBox.astro). */
  t: ClientTranslate;
}

let instances = 0;

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string) => {
  const el = document.createElement(tag);
  el.className = className;
  return el;
};

class SiteSearch extends HTMLElement {
  connectedCallback() {
    if (this.querySelector('form')) return;
    const variant: SearchVariant = this.dataset.variant === 'page' ? 'page' : 'header';
    const id = `site-search-${++instances}`;
    const t = bakedTranslator(this.dataset.messages);

    const form = make('form', 'search-form');
    form.setAttribute('role', 'search');
    form.action = this.dataset.action ?? `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}search/`;
    form.method = 'get';
    const label = make('label', variant === 'header' ? 'visually-hidden' : 'search-label');
    label.htmlFor = id;
    label.textContent = this.dataset.label ?? t('search.label');
    const input = make('input', 'search-input');
    Object.assign(input, { id, type: 'search', name: 'q', autocomplete: 'off', spellcheck: false });
    input.placeholder = this.dataset.placeholder ?? t('search.placeholder');
    form.append(label, input);

    const panel = make('div', 'search-panel');
    const status = make('p', 'search-status');
    status.setAttribute('role', 'status');
    const list = make('ol', 'search-list');
    list.id = `${id}-results`;
    list.setAttribute('aria-label', t('search.results'));
    list.hidden = true;
    input.setAttribute('aria-controls', list.id);
    panel.append(status, list);
    this.replaceChildren(form, panel);

    const parts: SearchParts = { host: this, variant, form, input, panel, status, list, t };
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      input.removeEventListener('focus', start);
      input.removeEventListener('input', start);
      import('./search-session.ts').then(
        (session) => session.startSession(parts),
        () => {
          status.textContent = t('search.loadFailed');
        },
      );
    };
    input.addEventListener('focus', start);
    input.addEventListener('input', start);

    if (variant === 'page' && new URL(form.action).pathname === location.pathname) {
      const query = new URLSearchParams(location.search).get('q');
      if (query) {
        input.value = query;
        start();
      }
    }
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
