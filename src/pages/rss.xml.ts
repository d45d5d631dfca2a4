/** The updates feed: every story and every entry of its updates log, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getStories } from '../data/stories.ts';
import { feedItems } from '../lib/seo/feed.ts';
import { site as config, sitePath } from '../config/site.ts';
import { language, t } from '../i18n/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const home = site ?? new URL('http://localhost:4321/');
  const stories = (await getStories()).map((s) => ({ id: s.id, ...s.data }));
  return rss({
    title: t('site.feedTitle', { site: config.name }),
    description: config.tagline,
    site: new URL(sitePath('/'), home).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${language()}</language><atom:link href="${new URL(sitePath('/rss.xml'), home).href}" rel="self" type="application/rss+xml"/>`,
    // Absolute links: the package would otherwise add a trailing slash after the #fragment.
    items: feedItems(stories, t).map((item) => ({
      title: item.title,
      description: item.description,
      link: new URL(sitePath(item.path), home).href,
      pubDate: new Date(`${item.date}T00:00:00Z`),
    })),
  });
};
