/**
 * Social (Open Graph) images: where each one is published and what it says.
 * Pure: the endpoint that draws them and the pages that point at them both
 * use these, so an image's address is decided in one place.
 */
import type { GlossaryKind } from '../../schemas/glossary.ts';
import { kindName } from '../../kinds/labels.ts';
import { englishT, type Translate } from '../../i18n/translate.ts';

/** The size Facebook, LinkedIn, Slack and X all accept for a large preview (1.91:1). */
export const OG_IMAGE_WIDTH = 1200;
export const OG_IMAGE_HEIGHT = 630;

/** Slug of the image used by pages without their own (home, indexes, 404). */
export const SITE_CARD_SLUG = 'site';

/** What one card shows. */
export interface OgCard {
  /** Path under `/og/`, without `.png`: `site`, `stories/<id>`, `glossary/<id>`. */
  slug: string;
  /** Small capitals above the title: the kind of page. */
  kicker: string;
  title: string;
  /** A line or two under the title; clipped to fit. */
  description: string;
}

/** The card of pages without their own: home, indexes, 404. */
export function siteCard(siteName: string, tagline: string, t: Translate = englishT): OgCard {
  return { slug: SITE_CARD_SLUG, kicker: t('og.siteKicker'), title: siteName, description: tagline };
}

export const storyCardSlug = (id: string) => `stories/${id}`;
export const glossaryCardSlug = (id: string) => `glossary/${id}`;

/** The image's path on the site, e.g. `/og/glossary/kn-23.png`. */
export function ogImagePath(slug: string): string {
  return `/og/${slug}.png`;
}

/** The kicker of a story: one key for the page and its social image. */
export function storyKickerKey(status: 'developing' | 'settled') {
  return status === 'developing' ? ('story.kicker.developing' as const) : ('story.kicker.explainer' as const);
}

export function storyCard(id: string, story: { title: string; dek: string; status: 'developing' | 'settled' }, t: Translate = englishT): OgCard {
  return { slug: storyCardSlug(id), kicker: t(storyKickerKey(story.status)), title: story.title, description: story.dek };
}

export function glossaryCard(id: string, entry: { name: string; kind: GlossaryKind; short: string }, t: Translate = englishT): OgCard {
  return { slug: glossaryCardSlug(id), kicker: kindName(entry.kind, false, t), title: entry.name, description: entry.short };
}

/** Alt text for a card: it shows the kind and the title as text, so say that. */
export function ogImageAlt(card: Pick<OgCard, 'kicker' | 'title'>, siteName: string, t: Translate = englishT): string {
  return t('og.alt', { kicker: card.kicker, title: card.title, site: siteName });
}
