/**
 * The part of term previews that ships with the page (TermPreviews.astro):
 * it watches for the first interaction with a term link, loads the previews
 * module, the page's cards and the card's stylesheet then (all at once: the
 * cards from the file `data-src` names, or from the inline JSON), and hands that interaction over
 * so the card opens as if the module had been there all along. Without an
 * interaction it loads once the browser is idle, so the toggle and the links'
 * descriptions for screen readers appear as before. If any of them fails to load,
 * the links stay plain links: a held tap navigates. Nothing heavy is defined here.
 */

// The card's styles: a file of their own, linked only when previews start (src/styles/term-card.css).
import cardStyles from '../styles/term-card.css?url';

const TERM = 'a.term';
// The key term-preview.ts keeps the reader's choice under (not imported: that would pull the module in).
const STORE_KEY = 'term-previews';

const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest(TERM) : null);

const previewsOff = () => {
  try {
    return localStorage.getItem(STORE_KEY) === 'off';
  } catch {
    return false;
  }
};

/** The module's entry point (src/scripts/term-preview.ts), typed loosely so this file imports nothing of it. */
export interface PreviewsModule {
  startPreviews(host: HTMLElement, payload: unknown): boolean;
}

/** The page's cards: fetched once from the host's `data-src` (same origin, so the CSP's 'self' covers it), or read from its inline JSON. */
function cardsOf(host: HTMLElement): Promise<unknown> {
  const src = host.dataset.src;
  if (src) return fetch(src, { credentials: 'same-origin' }).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`))));
  return Promise.resolve().then(() => JSON.parse(host.querySelector('script')?.textContent || 'null'));
}

/** Links a stylesheet ('self' under the CSP) and settles when it has loaded. */
function linkStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(href));
    document.head.append(link);
  });
}

export function loadTermPreviews(load: () => Promise<PreviewsModule>): void {
  const found = document.querySelector<HTMLElement>('term-previews');
  if (!found) return;
  const host: HTMLElement = found;
  let started = false;
  let hovered: { term: Element; pointerType: string } | null = null;
  let pressed: { term: Element; pointerType: string } | null = null;
  let tapped: HTMLElement | null = null;

  const onPointerOver = (e: PointerEvent) => {
    const term = termOf(e.target);
    if (!term) return;
    if (e.pointerType !== 'touch') hovered = { term, pointerType: e.pointerType };
    start();
  };
  const onPointerOut = (e: PointerEvent) => {
    if (hovered && termOf(e.target) === hovered.term && !(e.relatedTarget instanceof Node && hovered.term.contains(e.relatedTarget))) hovered = null;
  };
  const onPointerDown = (e: PointerEvent) => {
    const term = termOf(e.target);
    pressed = term ? { term, pointerType: e.pointerType } : null;
    if (term) start();
  };
  // A tap that lands before the module has loaded would navigate; hold it and replay it once it has.
  const onClick = (e: MouseEvent) => {
    const term = termOf(e.target);
    if (!term || pressed?.term !== term || pressed.pointerType !== 'touch' || previewsOff()) return;
    e.preventDefault();
    tapped = term as HTMLElement;
  };
  const onFocusIn = (e: FocusEvent) => {
    if (termOf(e.target)) start();
  };
  const onTouchStart = (e: TouchEvent) => {
    if (termOf(e.target)) start();
  };

  const listeners = [
    ['pointerover', onPointerOver],
    ['pointerout', onPointerOut],
    ['pointerdown', onPointerDown],
    ['click', onClick],
    ['focusin', onFocusIn],
    ['touchstart', onTouchStart],
  ] as const;
  for (const [type, listener] of listeners) document.addEventListener(type, listener as EventListener, { capture: true, passive: type !== 'click' });

  function start() {
    if (started) return;
    started = true;
    const stop = () => {
      for (const [type, listener] of listeners) document.removeEventListener(type, listener as EventListener, { capture: true });
    };
    Promise.all([load(), cardsOf(host), linkStylesheet(cardStyles)]).then(
      ([module, payload]) => {
        stop();
        if (module.startPreviews(host, payload)) replay();
        else if (tapped) tapped.click();
      },
      () => {
        // No module or no cards: the links are plain links. A tap held while loading goes where it pointed.
        stop();
        tapped?.click();
      },
    );
  }

  /** The module listens on the document from now on; show it what it missed. */
  function replay() {
    const focused = termOf(document.activeElement);
    if (focused && focused === document.activeElement) focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    if (pressed) pressed.term.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: pressed.pointerType }));
    if (tapped) tapped.click();
    else if (hovered) hovered.term.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: hovered.pointerType }));
  }

  const idle = () => start();
  if ('requestIdleCallback' in window) addEventListener('load', () => requestIdleCallback(idle, { timeout: 3000 }), { once: true });
  else addEventListener('load', () => setTimeout(idle, 1000), { once: true });
}
