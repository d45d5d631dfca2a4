/**
 * The site's theme tokens (site.yaml `theme`) turned into what each medium
 * reads: CSS custom properties for the pages, plain colours for the social
 * images (satori has no color-mix) and for the map images. Pure.
 */
import type { Palette, Theme } from '../../config/schema.ts';

/** Custom properties set from the theme (the optional ones only when given: global.css has their defaults). */
const TOKENS: ReadonlyArray<[keyof Palette, string]> = [
  ['accent', '--accent'],
  ['surface', '--bg'],
  ['text', '--text'],
  ['muted', '--text-muted'],
  ['raised', '--bg-raised'],
  ['border', '--border'],
  ['link', '--link'],
];

const declarations = (palette: Palette) =>
  TOKENS.filter(([key]) => palette[key] !== undefined)
    .map(([key, property]) => `${property}: ${palette[key]};`)
    .join(' ');

/**
 * The stylesheet of the theme, in the same three rules as global.css: light
 * by default, dark when the system asks for it (unless the reader chose
 * light), dark when the reader chose it.
 */
export function themeCss(theme: Theme): string {
  return [
    `:root { ${declarations(theme.light)} }`,
    `@media (prefers-color-scheme: dark) { :root:not([data-theme='light']) { ${declarations(theme.dark)} } }`,
    `:root[data-theme='dark'] { ${declarations(theme.dark)} }`,
    '',
  ].join('\n');
}

const channels = (hex: string): [number, number, number] => {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  return [1, 3, 5].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
};

/** `share` (0–1) of colour `a` over colour `b`, as `#rrggbb`: what CSS color-mix(in srgb, a share, b) gives. */
export function mixHex(a: string, b: string, share: number): string {
  const [x, y] = [channels(a), channels(b)];
  return `#${x.map((v, i) => Math.round(v * share + y[i]! * (1 - share)).toString(16).padStart(2, '0')).join('')}`;
}
