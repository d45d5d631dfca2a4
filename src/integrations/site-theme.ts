/**
 * Astro integration that turns site.yaml's `theme` into a stylesheet
 * (`virtual:explainer/theme.css`, imported by the layout after global.css).
 * It is bundled like any CSS file, so a strict CSP needs no inline style
 * attribute and no 'unsafe-inline'. In dev, editing site.yaml restarts the
 * server so the new name, links and colours show.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { loadSite, SITE_FILE, messagesFile } from '../config/load.ts';
import { themeCss } from '../lib/visuals/theme.ts';
import { join } from 'node:path';

export const THEME_MODULE = 'virtual:explainer/theme.css';
const RESOLVED = `\0${THEME_MODULE}`;

export interface SiteThemeOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
}

function themePlugin(contentDir: string): Plugin {
  return {
    name: 'explainer:site-theme',
    resolveId: (id) => (id === THEME_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? themeCss(loadSite(contentDir).site.theme) : undefined),
  };
}

export default function siteTheme(options: SiteThemeOptions): AstroIntegration {
  return {
    name: 'explainer:site-theme',
    hooks: {
      'astro:config:setup': ({ updateConfig, addWatchFile }) => {
        updateConfig({ vite: { plugins: [themePlugin(options.contentDir)] } });
        const { site } = loadSite(options.contentDir);
        addWatchFile(join(options.contentDir, SITE_FILE));
        addWatchFile(join(options.contentDir, messagesFile(site.language)));
      },
    },
  };
}
