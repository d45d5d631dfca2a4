/** The theme stylesheet generated from site.yaml (src/integrations/site-theme.ts). */
declare module 'virtual:explainer/theme.css';
