/**
 * Term previews: progressive enhancement of glossary links (`a.term`).
 *
 * `<term-previews>` (rendered by TermPreviews.astro) says where the page's
 * cards are; the loader (term-preview-loader.ts) fetches them and calls
 * `startPreviews`. Then each linked term gets `aria-describedby` pointing at
 * a hidden element with the short definition (what screen readers announce),
 * and one shared card shows on:
 * - hover, after a short intent delay; the pointer may cross onto the card;
 * - keyboard focus, at once;
 * - tap: the first tap shows the card instead of navigating, a second tap on
 *   the same term (or the card's "Open page" link) navigates.
 * WCAG 2.2 SC 1.4.13: Escape dismisses it, it stays while the pointer is over
 * the link or the card or the link has keyboard focus, and leaves after a grace
 * delay otherwise. On narrow screens the card is a sheet at the bottom or the
 * top, whichever is away from the term. Readers can switch previews off; the
 * choice is kept in localStorage. No inline handlers, no eval: CSP-safe.
 */

import { bakedTranslator } from '../lib/client/messages.ts';
import { parsePreviewPayload, type BakedPreview as Card } from '../lib/client/preview-payload.ts';
import { TERM_LINK, termIdOf } from '../lib/client/term-link.ts';

const STORE_KEY = 'term-previews';
const HOVER_DELAY = 300;
const GRACE = 300;
const GAP = 8;

const stored = (): string | null => {
  try {
    return localStorage.getItem(STORE_KEY);
  } catch {
    return null;
  }
};
const store = (off: boolean) => {
  try {
    if (off) localStorage.setItem(STORE_KEY, 'off');
    else localStorage.removeItem(STORE_KEY);
  } catch {
    /* storage unavailable: the choice lasts for this page only */
  }
};

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = '') => {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text) el.textContent = text;
  return el;
};

/**
 * Turns previews on for the page's `<term-previews>` host with the loaded
 * payload (src/lib/client/preview-data.ts). False, and nothing changes, when
 * the payload is not one or the host is already running.
 */
export function startPreviews(host: HTMLElement, data: unknown): boolean {
  const payload = parsePreviewPayload(data);
  const toggleRow = host.querySelector<HTMLElement>('.term-previews-toggle');
  const toggle = toggleRow?.querySelector('button');
  const status = toggleRow?.querySelector('[role="status"]');
  if (!payload || !toggleRow || !toggle || !status || host.dataset.ready !== undefined) return false;
  host.dataset.ready = '';
  const t = bakedTranslator(payload);
  const cards = new Map<string, Card>(payload.cards.map((c) => [c.id, c]));

  // Hidden descriptions: referenced by aria-describedby, so they are announced with the link and nowhere else.
  const descriptions = make('div');
  descriptions.hidden = true;
  for (const c of cards.values()) {
    const span = make('span', '', c.short);
    span.id = `term-desc-${c.id}`;
    descriptions.append(span);
  }

  const card = make('div', 'term-card');
  card.hidden = true;
  const kind = make('p', 'term-card-kind');
  const name = make('p', 'term-card-name');
  const short = make('p', 'term-card-short');
  const actions = make('p', 'term-card-actions');
  const open = make('a');
  const off = make('button', '', t('preview.cardOff'));
  off.type = 'button';
  actions.append(open, off);
  card.append(kind, name, short, actions);
  host.append(descriptions, card);

  const terms = () => document.querySelectorAll<HTMLAnchorElement>(TERM_LINK);
  const idOf = (a: HTMLAnchorElement) => termIdOf(a.pathname);
  const termOf = (target: EventTarget | null) => {
    const a = target instanceof Element ? target.closest<HTMLAnchorElement>(TERM_LINK) : null;
    return a && cards.has(idOf(a)) ? a : null;
  };
  const inCard = (node: EventTarget | null) => node instanceof Node && card.contains(node);

  let enabled = stored() !== 'off';
  let current: HTMLAnchorElement | null = null; // the term the card shows
  let tapped = false; // shown by a tap: stays until a tap elsewhere or Escape
  let hovered: HTMLAnchorElement | null = null;
  let overCard = false;
  let muted: HTMLAnchorElement | null = null; // dismissed with Escape until the pointer or focus leaves it
  let touch = false;
  let showTimer = 0;
  let hideTimer = 0;

  const place = (a: HTMLAnchorElement) => {
    const rects = a.getClientRects();
    if (!rects.length) return;
    const first = rects[0];
    const last = rects[rects.length - 1];
    const style = card.style;
    style.top = style.left = '';
    if (matchMedia('(max-width: 36rem)').matches) {
      card.dataset.place = first.top + last.bottom > innerHeight ? 'top' : 'bottom';
      return;
    }
    card.dataset.place = 'float';
    const width = document.documentElement.clientWidth;
    const below = last.bottom + GAP + card.offsetHeight <= innerHeight || first.top - GAP - card.offsetHeight < 0;
    const y = below ? last.bottom + GAP : first.top - GAP - card.offsetHeight;
    const x = Math.max(GAP, Math.min((below ? last : first).left, width - card.offsetWidth - GAP));
    const parent = card.offsetParent;
    const origin = parent && parent !== document.body ? parent.getBoundingClientRect() : { top: -scrollY, left: -scrollX };
    style.top = `${y - origin.top}px`;
    style.left = `${x - origin.left}px`;
  };

  const hide = () => {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    if (current && inCard(document.activeElement)) current.focus({ preventScroll: true });
    card.hidden = true;
    current = null;
    tapped = false;
    overCard = false;
  };

  const show = (a: HTMLAnchorElement, byTap = false) => {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    const c = cards.get(idOf(a));
    if (!enabled || !c || a === muted) return;
    current = a;
    tapped = byTap;
    kind.textContent = c.kindLabel;
    name.textContent = c.name;
    short.textContent = c.short;
    // The card opens what the link opens (the baked data carries no addresses).
    open.href = a.getAttribute('href')!;
    open.textContent = t('preview.open');
    open.append(make('span', 'term-card-sr', `: ${c.name}`));
    card.hidden = false;
    place(a);
  };

  /** After the grace delay, hides the card unless the pointer or focus still holds it. */
  const settle = () => {
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => {
      if (!current || tapped || overCard || hovered === current) return;
      if (current.matches(':focus-visible') || inCard(document.activeElement)) return;
      hide();
    }, GRACE);
  };

  const setEnabled = (on: boolean, announce: boolean) => {
    enabled = on;
    store(!on);
    for (const a of terms()) {
      const id = idOf(a);
      if (!cards.has(id)) continue;
      if (on) a.setAttribute('aria-describedby', `term-desc-${id}`);
      else a.removeAttribute('aria-describedby');
    }
    toggle.textContent = t(on ? 'preview.toggleOff' : 'preview.toggleOn');
    if (announce) status.textContent = t(on ? 'preview.statusOn' : 'preview.statusOff');
    if (!on) hide();
  };

  setEnabled(enabled, false);
  toggleRow.hidden = false;
  toggle.addEventListener('click', () => setEnabled(!enabled, true));
  off.addEventListener('click', () => setEnabled(false, true));

  document.addEventListener('pointerover', (e) => {
    if (e.pointerType === 'touch') return;
    if (inCard(e.target)) {
      overCard = true;
      clearTimeout(hideTimer);
      return;
    }
    const a = termOf(e.target);
    if (!a || a === hovered) return;
    hovered = a;
    clearTimeout(showTimer);
    if (a === current) clearTimeout(hideTimer);
    else showTimer = window.setTimeout(() => show(a), HOVER_DELAY);
  });

  document.addEventListener('pointerout', (e) => {
    if (e.pointerType === 'touch') return;
    if (inCard(e.target) && !inCard(e.relatedTarget)) {
      overCard = false;
      settle();
    }
    const a = termOf(e.target);
    if (a && !(e.relatedTarget instanceof Node && a.contains(e.relatedTarget))) {
      hovered = null;
      clearTimeout(showTimer);
      if (muted === a) muted = null;
      settle();
    }
  });

  document.addEventListener('focusin', (e) => {
    const a = termOf(e.target);
    if (a && a.matches(':focus-visible')) show(a);
  });

  document.addEventListener('focusout', (e) => {
    if (termOf(e.target) === muted) muted = null;
    settle();
  });

  document.addEventListener('pointerdown', (e) => {
    touch = e.pointerType === 'touch';
    if (current && !inCard(e.target) && termOf(e.target) !== current) hide();
  });

  document.addEventListener('click', (e) => {
    const a = termOf(e.target);
    if (!a || !enabled || !touch || a === current) return; // a second tap on the same term navigates
    e.preventDefault();
    show(a, true);
  });

  document.addEventListener('keydown', (e) => {
    touch = false;
    if (e.key === 'Escape' && current) {
      muted = current;
      hide();
    }
  });

  const reposition = () => current && place(current);
  addEventListener('resize', reposition);
  addEventListener('scroll', () => card.dataset.place !== 'float' && reposition(), { passive: true });
  return true;
}
