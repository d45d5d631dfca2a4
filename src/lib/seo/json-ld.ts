/**
 * Structured data (schema.org, as JSON-LD) for search engines and link
 * previews. Pure builders: pages hand in absolute URLs and plain content data.
 *
 * Only properties schema.org defines for each type are emitted. Google's
 * Article guidelines recommend headline, image, datePublished, dateModified
 * and author; its breadcrumb guidelines need position, name and item.
 */
import type { GlossaryData } from '../../schemas/glossary.ts';
import type { JsonLdKit, JsonLdNode } from '../../kinds/kind.ts';
import { kinds as siteKinds, type KindRegistry } from '../../kinds/registry.ts';
import { jsonInScript } from '../text/json-in-script.ts';

export type { JsonLdNode } from '../../kinds/kind.ts';

/** The publication as a whole. */
export interface SiteInfo {
  name: string;
  /** Absolute URL of the home page. */
  url: string;
  /** Absolute URL of an image that represents the site (its social card). */
  image: string;
  /** Language code of the pages (site.yaml `language`). Default `en`. */
  language?: string;
  /** Who publishes the site (site.yaml `publisher`, absolute URLs); the site itself when left out. */
  publisher?: { name: string; url: string; logo: string };
}

export interface ArticleInput {
  /** Absolute canonical URL of the story page. */
  url: string;
  headline: string;
  /** `YYYY-MM-DD`. */
  published: string;
  modified: string;
  /** Absolute image URLs. */
  images: string[];
}

/** The site's newsroom, as author and publisher. */
export function organization(site: SiteInfo): JsonLdNode {
  return {
    '@type': 'Organization',
    '@id': `${site.url}#organization`,
    name: site.publisher?.name ?? site.name,
    url: site.publisher?.url ?? site.url,
    logo: { '@type': 'ImageObject', url: site.publisher?.logo ?? site.image },
  };
}

export function webSite(site: SiteInfo, description: string): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': `${site.url}#website`,
    name: site.name,
    url: site.url,
    description,
    inLanguage: site.language ?? 'en',
    publisher: { '@id': `${site.url}#organization` },
  };
}

export function newsArticle(article: ArticleInput, site: SiteInfo): JsonLdNode {
  const org = organization(site);
  return {
    '@type': 'NewsArticle',
    '@id': `${article.url}#article`,
    headline: article.headline,
    // No description: search engines read the page's meta description, and a second copy at the
    // end of the body is outside gzip's 32 KB window from the first, so it is paid for again.
    url: article.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    datePublished: article.published,
    dateModified: article.modified,
    image: article.images,
    inLanguage: site.language ?? 'en',
    isAccessibleForFree: true,
    author: [{ '@type': 'Organization', name: site.name, url: site.url }],
    publisher: org,
    // No `citation`: it is optional in schema.org and used by no search feature, and every source is
    // already linked on the page ("All sources") and on /sources/. A lead story cites 40 sources; their
    // addresses here cost more than a kilobyte of the page's compressed budget, paid a second time.
  };
}

/** The glossary as a set of defined terms. */
export interface GlossaryInfo {
  name: string;
  /** Absolute URL of the glossary index. */
  url: string;
}

export function definedTermSet(glossary: GlossaryInfo, terms: ReadonlyArray<{ name: string; url: string }> = []): JsonLdNode {
  return compact({
    '@type': 'DefinedTermSet',
    '@id': `${glossary.url}#set`,
    name: glossary.name,
    url: glossary.url,
    hasDefinedTerm: terms.length ? terms.map((t) => ({ '@type': 'DefinedTerm', name: t.name, url: t.url })) : undefined,
  });
}

/** Another glossary entry this one points at (an affiliation, a place, a legislature). */
export interface LinkedEntry {
  url: string;
  data: GlossaryData;
}

export interface EntryInput {
  /** Absolute canonical URL of the entry's page. */
  url: string;
  data: GlossaryData;
  glossary: GlossaryInfo;
  /** Finds another entry by id; unknown ids are left out. */
  lookup: (id: string) => LinkedEntry | undefined;
  /** The kinds to use (default: the site's registry). */
  kinds?: KindRegistry;
}

/** The schema.org type of an entry, from its kind module ("Thing" for a kind the registry does not know). */
export function entityType(data: GlossaryData, registry: KindRegistry = siteKinds): string {
  const type = registry.get(data.kind)?.jsonLd.type;
  return typeof type === 'function' ? type(data.facts) : (type ?? 'Thing');
}

/** Whether entries of this kind belong to the glossary's DefinedTermSet (terms, designations). */
export function isDefinedTerm(kind: string, registry: KindRegistry = siteKinds): boolean {
  return registry.get(kind)?.jsonLd.definedTerm === true;
}

/** The schema.org node for a glossary entry, typed and described by its kind module. */
export function glossaryEntity({ url, data, glossary, lookup, kinds: registry = siteKinds }: EntryInput): JsonLdNode {
  const kind = registry.get(data.kind);
  const linked = (ref: { id: string } | undefined) => (ref ? lookup(ref.id) : undefined);
  const kit: JsonLdKit = {
    reference: (ref) => reference(linked(ref), registry),
    embed(ref) {
      const entry = linked(ref);
      if (!entry) return undefined;
      // One level deep: the embedded entry's own references stay pointers.
      const own = registry.get(entry.data.kind)?.jsonLd.properties?.(entry.data.facts, { reference: (r) => reference(r ? lookup(r.id) : undefined, registry), embed: () => undefined }) ?? {};
      return compact({ '@type': entityType(entry.data, registry), '@id': `${entry.url}#entity`, name: entry.data.name, url: entry.url, ...own });
    },
  };
  const definedTerm = kind?.jsonLd.definedTerm === true;
  return compact({
    '@type': entityType(data, registry),
    '@id': `${url}#entity`,
    name: data.name,
    description: data.short,
    url,
    mainEntityOfPage: url,
    alternateName: names(data.name, data.aliases, kind?.jsonLd.alternateNames?.(data.facts) ?? []),
    ...(kind?.jsonLd.properties?.(data.facts, kit) ?? {}),
    inDefinedTermSet: definedTerm ? definedTermSet(glossary) : undefined,
  });
}

/** A short pointer to another entry: its type, name and page. */
function reference(entry: LinkedEntry | undefined, registry: KindRegistry): JsonLdNode | undefined {
  if (!entry) return undefined;
  return { '@type': entityType(entry.data, registry), '@id': `${entry.url}#entity`, name: entry.data.name, url: entry.url };
}

/** Other names, without the main one or repeats; undefined when there are none. */
function names(main: string, ...lists: ReadonlyArray<ReadonlyArray<string | undefined>>): string[] | undefined {
  const seen = new Set([main.toLowerCase()]);
  const out: string[] = [];
  for (const name of lists.flat()) {
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out.length ? out : undefined;
}

/** One step of a breadcrumb trail: a name and the page's absolute URL. */
export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbList(crumbs: readonly Crumb[]): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
  };
}

/** One JSON-LD document holding every node of a page. */
export function jsonLdGraph(nodes: readonly JsonLdNode[]): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/** The text of a `<script type="application/ld+json">`, safe inside the element. */
export function jsonLdScript(data: unknown): string {
  return jsonInScript(data);
}

/** Drops properties whose value is undefined, so no empty property is published. */
function compact<T extends Record<string, unknown>>(node: T): T {
  return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined)) as T;
}

/** A claim as a ClaimReview needs it. */
export interface ReviewedClaim {
  id: string;
  claim: string;
  claimant: { name: string; url: string; /** The claimant's schema.org type (see entityType). */ type: string };
  /** When the claim was made. */
  date: string;
  status: 'alleged' | 'unverified' | 'corroborated' | 'confirmed' | 'disputed';
  statusLabel: string;
  /** When we last reviewed it. */
  asOf: string;
}

/**
 * schema.org's ClaimReview is a review that reaches a verdict. Only our
 * reviewed statuses are verdicts; "alleged" and "unverified" say that no
 * verdict is possible yet, so they get no ClaimReview.
 */
const VERDICTS: Partial<Record<ReviewedClaim['status'], number>> = { confirmed: 5, corroborated: 4, disputed: 1 };

export function claimReview(claim: ReviewedClaim, pageUrl: string, site: SiteInfo): JsonLdNode | undefined {
  const rating = VERDICTS[claim.status];
  if (rating === undefined) return undefined;
  return {
    '@type': 'ClaimReview',
    url: `${pageUrl}#claim-${claim.id}`,
    claimReviewed: claim.claim,
    datePublished: claim.asOf,
    author: { '@type': 'Organization', name: site.name, url: site.url },
    itemReviewed: {
      '@type': 'Claim',
      datePublished: claim.date,
      author: { '@type': claim.claimant.type, name: claim.claimant.name, url: claim.claimant.url },
    },
    reviewRating: { '@type': 'Rating', ratingValue: rating, bestRating: 5, worstRating: 1, alternateName: claim.statusLabel },
  };
}
