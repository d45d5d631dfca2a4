/** The social image cards: one for the site, one per story, one per glossary entry. */
import { glossaryCard, siteCard, storyCard, type OgCard } from '../lib/seo/og-image.ts';
import { site } from '../config/site.ts';
import { t } from '../i18n/index.ts';
import { getGlossary } from './glossary.ts';
import { getStories } from './stories.ts';

export async function getOgCards(): Promise<OgCard[]> {
  return [
    siteCard(site.name, site.tagline, t),
    ...(await getStories()).map((story) => storyCard(story.id, story.data, t)),
    ...(await getGlossary()).map((entry) => glossaryCard(entry.id, entry.data, t)),
  ];
}
