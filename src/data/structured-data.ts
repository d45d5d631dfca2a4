/** Structured data for each kind of page, with absolute URLs on the deployed site. */
import { glossaryPath } from '../lib/linking/glossary-url.ts';
import {
  claimReview,
  definedTermSet,
  entityType,
  isDefinedTerm,
  glossaryEntity,
  newsArticle,
  webSite,
  type GlossaryInfo,
  type JsonLdNode,
  type SiteInfo,
} from '../lib/seo/json-ld.ts';
import { ogImagePath, SITE_CARD_SLUG, storyCardSlug } from '../lib/seo/og-image.ts';
import { assetPath, pageLanguage, site as config, sitePath } from '../config/site.ts';
import { t } from '../i18n/index.ts';
import { getGlossary, getGlossaryById, type GlossaryEntry } from './glossary.ts';
import type { Claim } from './claims.ts';
import { statusKey } from '../lib/story/claims.ts';
import type { getStory } from './stories.ts';

type Story = Awaited<ReturnType<typeof getStory>>;

/** The public address of a site path; the base path (site.yaml `base`) is added here, once. */
const absolute = (path: string, site: URL) => new URL(sitePath(path), site).href;

/** `language`: of the text the node describes (an untranslated page keeps its original's); default the page's. */
function siteInfo(site: URL, language: string = pageLanguage().code): SiteInfo {
  const { publisher } = config;
  return {
    name: config.name,
    url: absolute('/', site),
    image: absolute(ogImagePath(SITE_CARD_SLUG), site),
    language,
    publisher: { name: publisher.name, url: publisher.url, logo: new URL(assetPath(publisher.logo), site).href },
  };
}

function glossaryInfo(site: URL): GlossaryInfo {
  return { name: t('glossary.jsonLdName', { site: config.name }), url: absolute('/glossary/', site) };
}

export function homeJsonLd(site: URL): JsonLdNode[] {
  return [webSite(siteInfo(site), config.tagline)];
}

export function storyJsonLd(story: Story, site: URL): JsonLdNode[] {
  const { title, published, updated } = story.data;
  return [
    newsArticle(
      {
        url: absolute(`/stories/${story.id}/`, site),
        headline: title,
        published,
        modified: updated,
        images: [absolute(ogImagePath(storyCardSlug(story.id)), site)],
      },
      siteInfo(site, (story as { language?: { lang: string } }).language?.lang),
    ),
  ];
}

/** The glossary index: the set of defined terms (entries of the kinds whose module marks them `definedTerm`). */
export async function glossaryIndexJsonLd(site: URL): Promise<JsonLdNode[]> {
  const terms = (await getGlossary())
    .filter((e) => isDefinedTerm(e.data.kind))
    .map((e) => ({ name: e.data.name, url: absolute(glossaryPath(e.id), site) }));
  return [definedTermSet(glossaryInfo(site), terms)];
}

export async function entryJsonLd(entry: GlossaryEntry, site: URL): Promise<JsonLdNode[]> {
  const byId = await getGlossaryById();
  return [
    glossaryEntity({
      url: absolute(glossaryPath(entry.id), site),
      data: entry.data,
      glossary: glossaryInfo(site),
      lookup: (id) => {
        const other = byId.get(id);
        return other && { url: absolute(glossaryPath(other.id), site), data: other.data };
      },
    }),
  ];
}

/** A claim's author: Person or Organization as schema.org's Claim allows, from the claimant's kind. */
function claimantType(data: GlossaryEntry['data'] | undefined): string {
  return data && entityType(data) === 'Person' ? 'Person' : 'Organization';
}

/** ClaimReview for each claim on a story that has reached a verdict (see claimReview). */
export async function claimReviewsJsonLd(claims: readonly Claim[], storyId: string, site: URL): Promise<JsonLdNode[]> {
  const entries = await getGlossaryById();
  const pageUrl = absolute(`/stories/${storyId}/`, site);
  return claims.flatMap((c) => {
    const node = claimReview(
      {
        id: c.id,
        claim: c.claim,
        claimant: { name: c.claimant.name, url: new URL(c.claimant.href, site).href, type: claimantType(entries.get(c.claimant.id)?.data) },
        date: c.date,
        status: c.status,
        statusLabel: t(statusKey(c.status)),
        asOf: c.asOf,
      },
      pageUrl,
      siteInfo(site),
    );
    return node ? [node] : [];
  });
}
