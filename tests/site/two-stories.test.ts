/**
 * A site with two stories that share entries (the town, the council, the
 * mayor): both stories are published and listed, and each shared entry's page
 * points back into both. (Which claims, events and places each story's blocks
 * show is the scoping tests' subject.)
 */
import { describe, expect, it } from 'vitest';
import { fixture, site } from './dist.ts';

const built = site('two-stories');
const content = fixture('two-stories');
const storyPaths = content.stories.map((s) => `/stories/${s.id}/`);
const linkedFrom = (path: string) => new Set(built.html(path).querySelectorAll('a.term').map((a) => a.getAttribute('href')!));
/** Entries both stories link. */
const shared = [...linkedFrom(storyPaths[0]!)].filter((href) => linkedFrom(storyPaths[1]!).has(href));

describe('two stories with overlapping entries', () => {
  it('are two stories that really share entries', () => {
    expect(content.stories).toHaveLength(2);
    expect(shared.length).toBeGreaterThan(0);
  });

  it('are both on the home page, in the feed and in the sitemap', () => {
    const home = built.html('/');
    const rss = built.file('/rss.xml');
    const sitemap = built.file('/sitemap-0.xml');
    for (const path of storyPaths) {
      expect(home.querySelectorAll(`main a[href="${path}"]`).length, path).toBeGreaterThan(0);
      expect(rss, path).toContain(`${path}</link>`);
      expect(sitemap, path).toContain(`${path}</loc>`);
    }
  });

  it('list both stories under "Mentioned in" on each shared entry’s page', () => {
    for (const entry of shared) {
      const backlinks = built.html(entry).querySelectorAll('section.mentions a[href*="#"]').map((a) => new URL(a.getAttribute('href')!, 'http://site').pathname);
      for (const path of storyPaths) expect(backlinks, `${entry} -> ${path}`).toContain(path);
    }
  });

  it('give an entry only one story mentions no backlink into the other', () => {
    const only = [...linkedFrom(storyPaths[1]!)].filter((href) => !linkedFrom(storyPaths[0]!).has(href));
    expect(only.length).toBeGreaterThan(0);
    for (const entry of only) {
      const backlinks = built.html(entry).querySelectorAll('section.mentions a[href*="#"]').map((a) => new URL(a.getAttribute('href')!, 'http://site').pathname);
      expect(backlinks, entry).not.toContain(storyPaths[0]);
    }
  });
});
