/**
 * `<site-search>`: the search box, as progressive enhancement.
 *
 * Without JavaScript the element shows what the page put in it (in the header
 * a link to the glossary A–Z; on the search page a note that search needs
 * JavaScript). When this module runs, the element swaps that for a search
 * form. Everything else (Pagefind, its index, result rendering) loads only
 * when a reader first focuses or types in the box, so a page where nobody
 * searches pays for this small module alone. The session's words load then
 * too, from the language's file `data-messages-src` names
 * (src/data/search-messages.ts); the box's label and placeholder are its
 * attributes, as is the message for a session that cannot load.
 *
 * `data-variant="header"`: results drop down under the box; Enter opens the
 * search page for the query. `data-variant="page"`: results are listed in
 * place, and the query comes from and is kept in `?q=`.
 * No inline handlers, no eval: CSP-safe. Nothing here imports the
 * translator (src/lib/client/messages.ts): it loads with the session.
 */

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
    const loadFailed = this.dataset.loadFailed ?? '';
    const messagesSrc = this.dataset.messagesSrc;

    const form = make('form', 'search-form');
    form.setAttribute('role', 'search');
    form.action = this.dataset.action ?? `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}search/`;
    form.method = 'get';
    const label = make('label', variant === 'header' ? 'visually-hidden' : 'search-label');
    label.htmlFor = id;
    label.textContent = this.dataset.label ?? '';
    const input = make('input', 'search-input');
    Object.assign(input, { id, type: 'search', name: 'q', autocomplete: 'off', spellcheck: false });
    input.placeholder = this.dataset.placeholder ?? '';
    form.append(label, input);

    const panel = make('div', 'search-panel');
    const status = make('p', 'search-status');
    status.setAttribute('role', 'status');
    const list = make('ol', 'search-list');
    list.id = `${id}-results`;
    list.hidden = true;
    input.setAttribute('aria-controls', list.id);
    panel.append(status, list);
    this.replaceChildren(form, panel);

    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      input.removeEventListener('focus', start);
      input.removeEventListener('input', start);
      // The session's code and its words, both at once; either failing is "search could not load".
      const words = messagesSrc ? fetch(messagesSrc, { credentials: 'same-origin' }).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`)))) : Promise.resolve(undefined);
      Promise.all([import('./search-session.ts'), words]).then(
        ([session, messages]) => session.startSession({ host: this, variant, form, input, panel, status, list }, messages),
        () => {
          status.textContent = loadFailed;
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
