/** Site-wide names, in one place so pages, feeds and metadata agree. */
export const SITE_NAME = 'The Explainer';
export const SITE_TAGLINE = 'Background for the news: what happened, what is known, and where every fact comes from.';
