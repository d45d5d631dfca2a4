/**
 * `<theme-toggle>`: three toggle buttons (Auto, Light, Dark) that set
 * `<html data-theme>` and keep the choice in localStorage; "Auto" removes
 * both, so the page follows the system again. The stored choice is applied
 * before first paint by the head script from src/lib/client/theme.ts; this only
 * handles changes, including ones made in another tab.
 */
import { parseTheme, THEME_STORAGE_KEY, type Theme } from '../lib/client/theme.ts';

const root = document.documentElement;

const stored = (): Theme => {
  try {
    return parseTheme(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return parseTheme(root.dataset.theme);
  }
};

const apply = (theme: Theme) => {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
};

const save = (theme: Theme) => {
  try {
    if (theme === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    /* storage unavailable: the choice lasts for this page only */
  }
};

class ThemeToggle extends HTMLElement {
  #onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_STORAGE_KEY && event.key !== null) return;
    const theme = stored();
    apply(theme);
    this.#show(theme);
  };

  connectedCallback() {
    this.#show(parseTheme(root.dataset.theme));
    this.addEventListener('click', this.#onClick);
    window.addEventListener('storage', this.#onStorage);
  }

  disconnectedCallback() {
    this.removeEventListener('click', this.#onClick);
    window.removeEventListener('storage', this.#onStorage);
  }

  #onClick = (event: Event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-theme-choice]');
    if (!button) return;
    const theme = parseTheme(button.dataset.themeChoice);
    apply(theme);
    save(theme);
    this.#show(theme);
  };

  #show(theme: Theme) {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-theme-choice]')) {
      button.setAttribute('aria-pressed', String(parseTheme(button.dataset.themeChoice) === theme));
    }
  }
}

if (!customElements.get('theme-toggle')) customElements.define('theme-toggle', ThemeToggle);
