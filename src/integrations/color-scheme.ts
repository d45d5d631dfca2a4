/**
 * Astro integration that puts the colour-scheme script (src/lib/client/theme.ts)
 * into the <head> of every page. Injecting it as a `head-inline` script,
 * rather than writing `<script is:inline>` in the layout, makes Astro add its
 * hash to the page's Content-Security-Policy when `security.csp` is on.
 */
import type { AstroIntegration } from 'astro';
import { themeInitScript } from '../lib/client/theme.ts';

export default function colorScheme(): AstroIntegration {
  return {
    name: 'explainer:color-scheme',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('head-inline', themeInitScript());
      },
    },
  };
}
