/**
 * The reader's colour scheme choice: "system" (follow the operating system,
 * the default), "light" or "dark". A choice other than system is kept in
 * localStorage and written to `<html data-theme>`, which the CSS tokens in
 * global.css obey over `prefers-color-scheme`.
 */
export const THEME_STORAGE_KEY = 'theme';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** A stored value read back as a theme; anything unknown means "system". */
export function parseTheme(value: string | null | undefined): Theme {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/**
 * The classic script that runs in <head> before first paint, so a stored
 * choice applies without a flash of the other scheme. Kept tiny and free of
 * anything but a storage read; Astro hashes it into the page's CSP because it
 * is injected as a `head-inline` script (src/integrations/color-scheme.ts).
 */
export function themeInitScript(): string {
  return `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
}
