/**
 * A locator-map panel as a standalone SVG file. The map is a picture, so it
 * ships as an image: cached across pages, loaded lazily below the fold, and
 * outside the story page's HTML budget. Its colours follow the reader's
 * system colour scheme through the file's own stylesheet (an image cannot see
 * the page's CSS or its manual theme toggle).
 */
import { DOT, HIGHLIGHT_DOT, type MapPanel } from './locator-map.ts';
import { DEFAULT_THEME, type Theme } from '../../config/schema.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The site's theme (site.yaml), light then dark: the image's own stylesheet, since it cannot see the page's. */
const tokens = (theme: Theme) => `
svg{--bg:${theme.light.surface};--text:${theme.light.text};--accent:${theme.light.accent};font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}
@media (prefers-color-scheme:dark){svg{--bg:${theme.dark.surface};--text:${theme.dark.text};--accent:${theme.dark.accent}}}`.trim();

const STYLE = `
.w{fill:color-mix(in srgb,#3b7dd8 14%,var(--bg))}
.l{fill:color-mix(in srgb,var(--text) 9%,var(--bg));stroke:color-mix(in srgb,var(--text) 35%,var(--bg));stroke-width:.6}
.c{fill:color-mix(in srgb,var(--accent) 22%,var(--bg))}
.b{fill:none;stroke:color-mix(in srgb,var(--text) 45%,var(--bg));stroke-width:.8;stroke-dasharray:3 2}
.x rect{fill:none;stroke:var(--text);stroke-width:1.5}.x.h rect{stroke:var(--accent);stroke-width:2.5}
.s circle{fill:var(--accent);stroke:var(--bg);stroke-width:1.5}.s.h circle{stroke:var(--text);stroke-width:2}
text{fill:var(--text);font-size:13px;paint-order:stroke;stroke:var(--bg);stroke-width:3px;stroke-linejoin:round}
.h text,.x text,.k{font-weight:700}`.trim();

export function panelSvg(panel: MapPanel, theme: Theme = DEFAULT_THEME): string {
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${panel.width}" height="${panel.height}" viewBox="0 0 ${panel.width} ${panel.height}">`,
    `<title>${escape(panel.title)}</title><desc>${escape(panel.desc)}</desc><style>${tokens(theme)}\n${STYLE}</style>`,
    `<rect class="w" width="${panel.width}" height="${panel.height}"/>`,
    `<path class="l" d="${panel.land}"/>`,
  ];
  if (panel.highlightCountry) parts.push(`<path class="c" d="${panel.highlightCountry}"/>`);
  parts.push(`<path class="b" d="${panel.borders}"/>`);
  for (const box of panel.boxes) {
    parts.push(
      `<g class="x${box.highlighted ? ' h' : ''}"><rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"/><text x="${box.label.x}" y="${box.label.y}">${escape(box.label.text)}</text></g>`,
    );
  }
  for (const site of panel.sites) {
    const label = site.label
      ? `<text x="${site.label.x}" y="${site.label.y}"${site.label.anchor ? ` text-anchor="${site.label.anchor}"` : ''}>${escape(site.label.text)}</text>`
      : '';
    parts.push(`<g class="s${site.highlighted ? ' h' : ''}"><circle cx="${site.x}" cy="${site.y}" r="${site.highlighted ? HIGHLIGHT_DOT : DOT}"/>${label}</g>`);
  }
  if (panel.keyLabel) parts.push(`<text class="k" x="${panel.keyLabel.x}" y="${panel.keyLabel.y}">${escape(panel.keyLabel.text)}</text>`);
  parts.push('</svg>');
  return parts.join('');
}

/**
 * Where a map's panels are published: one folder per map. A story's map
 * holds only the places it links; an entry's map holds every place, with the
 * entry's own highlighted.
 */
export function mapScope(map: { story: string } | { highlight: string }): string {
  return 'story' in map ? `story-${map.story}` : `place-${map.highlight}`;
}

/** The panel's path on the site, under `base` (the site's base path). */
export function panelUrl(scope: string, key: string, base = '/'): string {
  return `${base.replace(/\/?$/, '/')}maps/${scope}/${key}.svg`;
}
