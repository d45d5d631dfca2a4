/** The social image cards: one for the site, one per story, one per glossary entry. */
import { glossaryCard, siteCard, storyCard, type OgCard } from '../lib/seo/og-image.ts';
import { SITE_NAME, SITE_TAGLINE } from '../config/site.ts';
import { getGlossary } from './glossary.ts';
import { getStories } from './stories.ts';

export async function getOgCards(): Promise<OgCard[]> {
  return [
    siteCard(SITE_NAME, SITE_TAGLINE),
    ...(await getStories()).map((story) => storyCard(story.id, story.data)),
    ...(await getGlossary()).map((entry) => glossaryCard(entry.id, entry.data)),
  ];
}
