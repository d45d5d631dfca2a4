/**
 * Structured data (schema.org, as JSON-LD) for search engines and link
 * previews. Pure builders: pages hand in absolute URLs and plain content data.
 *
 * Only properties schema.org defines for each type are emitted. Google's
 * Article guidelines recommend headline, image, datePublished, dateModified
 * and author; its breadcrumb guidelines need position, name and item.
 */
import type { GlossaryData } from '../../schemas/glossary.ts';

export type JsonLdNode = { '@type': string; [property: string]: unknown };

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

/** A source as the story cites it. */
export interface CitedSource {
  title: string;
  publisher: string;
  url: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (all valid ISO 8601). */
  date?: string;
}

export interface ArticleInput {
  /** Absolute canonical URL of the story page. */
  url: string;
  headline: string;
  description: string;
  /** `YYYY-MM-DD`. */
  published: string;
  modified: string;
  /** Absolute image URLs. */
  images: string[];
  sources: readonly CitedSource[];
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
    description: article.description,
    url: article.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    datePublished: article.published,
    dateModified: article.modified,
    image: article.images,
    inLanguage: site.language ?? 'en',
    isAccessibleForFree: true,
    author: [{ '@type': 'Organization', name: site.name, url: site.url }],
    publisher: org,
    // Addresses only: schema.org accepts a citation as text, and the full
    // records (title, publisher, date) are already on the page and on /sources/.
    // Keeps the story page inside its transfer budget.
    citation: [...new Set(article.sources.map((source) => source.url))],
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
}

/** Glossary kinds that are concepts or designations rather than things with their own schema.org type. */
export const DEFINED_TERM_KINDS = ['term', 'weapon'] as const;

/** The schema.org node for a glossary entry, typed by its kind. */
export function glossaryEntity({ url, data, glossary, lookup }: EntryInput): JsonLdNode {
  const common = {
    '@id': `${url}#entity`,
    name: data.name,
    description: data.short,
    url,
    mainEntityOfPage: url,
  };
  const link = (ref: { id: string } | undefined) => (ref ? lookup(ref.id) : undefined);
  switch (data.kind) {
    case 'term':
    case 'weapon':
      return compact({
        '@type': 'DefinedTerm',
        ...common,
        alternateName: names(data.name, data.aliases, data.kind === 'term' ? [data.facts.expansion] : data.facts.designations),
        inDefinedTermSet: definedTermSet(glossary),
      });
    case 'person':
      return compact({
        '@type': 'Person',
        ...common,
        alternateName: names(data.name, data.aliases, data.facts.spellings),
        jobTitle: data.facts.role,
        affiliation: reference(link(data.facts.affiliation)),
        nationality: { '@type': 'Country', name: data.facts.country },
      });
    case 'organization':
      return compact({
        '@type': 'Organization',
        ...common,
        alternateName: names(data.name, data.aliases),
        disambiguatingDescription: data.facts.type,
        foundingDate: data.facts.established,
        dissolutionDate: data.facts.dissolved,
        parentOrganization: reference(link(data.facts.parent)),
        location: data.facts.country ? { '@type': 'Country', name: data.facts.country } : undefined,
      });
    case 'place':
      return compact({ ...place(url, data), ...common, alternateName: names(data.name, data.aliases) });
    case 'law':
      return compact({
        '@type': 'Legislation',
        ...common,
        alternateName: names(data.name, data.aliases),
        legislationType: data.facts.instrument,
        legislationDate: data.facts.adopted,
        legislationPassedBy: reference(link(data.facts.adoptedBy)),
      });
    case 'event': {
      const where = link(data.facts.place);
      return compact({
        '@type': 'Event',
        ...common,
        alternateName: names(data.name, data.aliases),
        startDate: data.facts.date,
        location: where ? { ...place(where.url, where.data), name: where.data.name, url: where.url } : undefined,
      });
    }
  }
}

/** A place as schema.org types it, with its coordinates; other kinds become a plain named Place. */
function place(url: string, data: GlossaryData): JsonLdNode {
  if (data.kind !== 'place') return { '@type': 'Place', '@id': `${url}#entity` };
  const type = { city: 'City', region: 'AdministrativeArea', country: 'Country' }[data.facts.placeType];
  return compact({
    '@type': type,
    '@id': `${url}#entity`,
    geo: { '@type': 'GeoCoordinates', latitude: data.facts.coordinates.lat, longitude: data.facts.coordinates.lon },
    containedInPlace: data.facts.placeType === 'country' ? undefined : { '@type': 'Country', name: data.facts.country },
  });
}

/** A short pointer to another entry: its type, name and page. */
function reference(entry: LinkedEntry | undefined): JsonLdNode | undefined {
  if (!entry) return undefined;
  const type = { person: 'Person', organization: 'Organization', place: 'Place', law: 'Legislation', event: 'Event', term: 'DefinedTerm', weapon: 'DefinedTerm' }[entry.data.kind];
  return { '@type': type, '@id': `${entry.url}#entity`, name: entry.data.name, url: entry.url };
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

/**
 * The text of a `<script type="application/ld+json">`. `<` is escaped so no
 * value can close the script element ("</script>") or open a comment; `>` and
 * `&` too, and the two line separators JavaScript once rejected. All are
 * JSON string escapes, so the data parses back unchanged.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Drops properties whose value is undefined, so no empty property is published. */
function compact<T extends Record<string, unknown>>(node: T): T {
  return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined)) as T;
}

/** A claim as a ClaimReview needs it. */
export interface ReviewedClaim {
  id: string;
  claim: string;
  claimant: { name: string; url: string; kind: 'person' | 'organization' | string };
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
      author: { '@type': claim.claimant.kind === 'person' ? 'Person' : 'Organization', name: claim.claimant.name, url: claim.claimant.url },
    },
    reviewRating: { '@type': 'Rating', ratingValue: rating, bestRating: 5, worstRating: 1, alternateName: claim.statusLabel },
  };
}
