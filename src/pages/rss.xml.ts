/** The updates feed: every story and every entry of its updates log, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getStories } from '../data/stories.ts';
import { feedItems } from '../lib/seo/feed.ts';
import { SITE_NAME, SITE_TAGLINE } from '../config/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const home = site ?? new URL('http://localhost:4321/');
  const stories = (await getStories()).map((s) => ({ id: s.id, ...s.data }));
  return rss({
    title: `${SITE_NAME}: story updates`,
    description: SITE_TAGLINE,
    site: home,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${new URL('/rss.xml', home).href}" rel="self" type="application/rss+xml"/>`,
    // Absolute links: the package would otherwise add a trailing slash after the #fragment.
    items: feedItems(stories).map((item) => ({
      title: item.title,
      description: item.description,
      link: new URL(item.path, home).href,
      pubDate: new Date(`${item.date}T00:00:00Z`),
    })),
  });
};
