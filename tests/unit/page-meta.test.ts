/** Page metadata, social image cards and the updates feed: the pure parts. */
import { describe, expect, it } from 'vitest';
import { anchoredUpdates, feedItems, updateAnchor } from '../../src/lib/seo/feed.ts';
import { cardLayout, titleSize, type CardNode } from '../../src/lib/seo/og-card-layout.ts';
import { glossaryCard, ogImageAlt, ogImagePath, storyCard } from '../../src/lib/seo/og-image.ts';
import { fullTitle, publishedPath, socialMetaTags, type MetaTag } from '../../src/lib/seo/page-meta.ts';
import { listedInSitemap, withDefaultAlternate } from '../../src/lib/seo/sitemap.ts';

const image = { url: 'https://example.org/og/site.png', width: 1200, height: 630, alt: 'Card' };
const keyOf = (tag: MetaTag) => ('property' in tag ? tag.property : tag.name);

describe('socialMetaTags', () => {
  const base = { title: 'KN-23', description: 'A missile.', url: 'https://example.org/glossary/kn-23/', siteName: 'The Explainer', image };

  it('gives a page every Open Graph and Twitter tag once', () => {
    const keys = socialMetaTags({ ...base, type: 'website' }).map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of ['og:type', 'og:title', 'og:description', 'og:url', 'og:site_name', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt', 'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image', 'twitter:image:alt']) {
      expect(keys).toContain(key);
    }
    expect(keys).not.toContain('article:published_time');
  });

  it('adds article dates to articles only', () => {
    const tags = socialMetaTags({ ...base, type: 'article', published: '2024-01-05', modified: '2024-11-04' });
    expect(tags).toContainEqual({ property: 'og:type', content: 'article' });
    expect(tags).toContainEqual({ property: 'article:published_time', content: '2024-01-05' });
    expect(tags).toContainEqual({ property: 'article:modified_time', content: '2024-11-04' });
    expect(tags).toContainEqual({ name: 'twitter:card', content: 'summary_large_image' });
  });
});

describe('titles and paths', () => {
  it('appends the site name except on the home page', () => {
    expect(fullTitle('Glossary', 'The Explainer')).toBe('Glossary · The Explainer');
    expect(fullTitle('The Explainer', 'The Explainer')).toBe('The Explainer');
  });

  it('publishes the 404 page as /404.html', () => {
    expect(publishedPath('/404')).toBe('/404.html');
    expect(publishedPath('/404/')).toBe('/404.html');
    expect(publishedPath('/glossary/')).toBe('/glossary/');
  });

  it("publishes each edition's 404 page in its own folder, and nothing else named 404", () => {
    const prefixes = ['', '/uk'];
    expect(publishedPath('/uk/404/', prefixes)).toBe('/uk/404.html');
    expect(publishedPath('/404/', prefixes)).toBe('/404.html');
    // An entry or story whose id is 404 is an ordinary page.
    expect(publishedPath('/glossary/404/', prefixes)).toBe('/glossary/404/');
    expect(publishedPath('/uk/glossary/404/', prefixes)).toBe('/uk/glossary/404/');
    // Under a base path the prefixes carry it.
    expect(publishedPath('/explainers/uk/404/', ['/explainers', '/explainers/uk'])).toBe('/explainers/uk/404.html');
  });
});

describe('social image cards', () => {
  it('puts each card at its own PNG path, with the kind as kicker', () => {
    const card = glossaryCard('kn-23', { name: 'KN-23', kind: 'weapon', short: 'A missile.' });
    expect(ogImagePath(card.slug)).toBe('/og/glossary/kn-23.png');
    expect(card.kicker).toBe('Weapon');
    expect(ogImageAlt(card, 'The Explainer')).toBe('Weapon: KN-23 (The Explainer)');
    const story = storyCard('s', { title: 'Headline', dek: 'Dek.', status: 'developing' });
    expect(ogImagePath(story.slug)).toBe('/og/stories/s.png');
    expect(story.kicker).toBe('Developing story');
  });

  it('lays the card out at 1200×630 with kicker, title, description and site name', () => {
    const layout = cardLayout({ slug: 'x', kicker: 'Weapon', title: 'KN-23', description: 'A missile.' }, 'The Explainer');
    expect(layout.props.style).toMatchObject({ width: 1200, height: 630 });
    const texts: string[] = [];
    const walk = (n: CardNode | string) => {
      if (typeof n === 'string') return void (n && texts.push(n));
      const c = n.props.children;
      for (const child of Array.isArray(c) ? c : c === undefined ? [] : [c]) walk(child);
    };
    walk(layout);
    expect(texts).toEqual(['Weapon', 'KN-23', 'A missile.', 'The Explainer']);
  });

  it('shrinks long titles', () => {
    expect(titleSize('KN-23')).toBeGreaterThan(titleSize('North Korean missiles in Ukraine: what was claimed, and what was confirmed'));
  });
});

describe('feedItems', () => {
  const story = {
    id: 'story',
    title: 'The story',
    dek: 'What happened.',
    published: '2024-01-05',
    updates: [
      { date: '2024-01-08', text: 'Toll updated.', type: 'update' as const },
      { date: '2024-01-11', text: 'Finding added.', type: 'update' as const },
      { date: '2024-01-08', text: 'Name corrected.', type: 'correction' as const },
    ],
  };
  const other = { id: 'other', title: 'Another story', dek: 'Something else.', published: '2024-01-09', updates: [] };

  it('lists each story and each update, newest first, with unique links', () => {
    const items = feedItems([story, other]);
    expect(items.map((i) => [i.date, i.title])).toEqual([
      ['2024-01-11', 'Update: The story'],
      ['2024-01-09', 'Another story'],
      ['2024-01-08', 'Update: The story'],
      ['2024-01-08', 'Correction: The story'],
      ['2024-01-05', 'The story'],
    ]);
    expect(new Set(items.map((i) => i.path)).size).toBe(items.length);
    expect(items[0]!.path).toBe('/stories/story/#update-2024-01-11');
    expect(items[4]!.path).toBe('/stories/story/');
  });

  it('puts a same-day update after the story it updates', () => {
    const items = feedItems([{ ...story, updates: [{ date: '2024-01-05', text: 'Added a map.', type: 'update' }] }]);
    expect(items.map((i) => i.title)).toEqual(['Update: The story', 'The story']);
  });

  it('numbers a second update on the same day', () => {
    expect(anchoredUpdates(story.updates).map((u) => u.anchor)).toEqual(['update-2024-01-11', 'update-2024-01-08', 'update-2024-01-08-2']);
    expect(updateAnchor('2024-01-08')).toBe('update-2024-01-08');
  });
});

describe('sitemap alternates', () => {
  const links = [
    { url: 'https://example.org/glossary/x/', lang: 'en' },
    { url: 'https://example.org/uk/glossary/x/', lang: 'uk' },
  ];

  it("adds x-default pointing at the default language's page, without touching the shared list", () => {
    const item = { url: 'https://example.org/uk/glossary/x/', links };
    const out = withDefaultAlternate(item, 'en');
    expect(out.links).toEqual([...links, { url: 'https://example.org/glossary/x/', lang: 'x-default' }]);
    expect(links.length).toBe(2);
    expect(out.url).toBe(item.url);
  });

  it('leaves a URL with no counterparts (or no default-language page) as it is', () => {
    const alone: { url: string; links?: typeof links } = { url: 'https://example.org/a/' };
    expect(withDefaultAlternate(alone, 'en')).toBe(alone);
    const ukOnly = { url: 'https://example.org/uk/a/', links: [links[1]!] };
    expect(withDefaultAlternate(ukOnly, 'en')).toBe(ukOnly);
  });
});

describe('pages in the sitemap', () => {
  it('leaves out the not-found pages of every edition, and only them', () => {
    const scope = { prefixed: ['uk'], everyEditionPrefixed: false };
    expect(['/404/', '/uk/404/', '/404'].filter((p) => listedInSitemap(p, scope))).toEqual([]);
    expect(['/', '/uk/', '/glossary/404/', '/uk/glossary/404/', '/stories/x/'].every((p) => listedInSitemap(p, scope))).toBe(true);
  });

  it('leaves out the root pages that only redirect when every edition is prefixed', () => {
    const scope = { prefixed: ['en', 'uk'], everyEditionPrefixed: true };
    expect(listedInSitemap('/', scope)).toBe(false);
    expect(listedInSitemap('/glossary/', scope)).toBe(false);
    expect(listedInSitemap('/en/glossary/', scope)).toBe(true);
    expect(listedInSitemap('/uk/', scope)).toBe(true);
    expect(listedInSitemap('/en/404/', scope)).toBe(false);
  });
});
