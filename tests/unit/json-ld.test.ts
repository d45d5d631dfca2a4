/** The JSON-LD builders: each schema.org type carries the properties schema.org and Google require, and only defined ones. */
import { describe, expect, it } from 'vitest';
import {
  claimReview,
  breadcrumbList,
  definedTermSet,
  glossaryEntity,
  jsonLdGraph,
  jsonLdScript,
  newsArticle,
  type LinkedEntry,
} from '../../src/lib/seo/json-ld.ts';
import { plainRef } from '../../src/schemas/common.ts';
import { glossarySchema, type GlossaryData } from '../../src/schemas/glossary.ts';

const SITE = { name: 'The Explainer', url: 'https://example.org/', image: 'https://example.org/og/site.png' };
const GLOSSARY = { name: 'The Explainer glossary', url: 'https://example.org/glossary/' };
const schema = glossarySchema(plainRef);
const entry = (data: Record<string, unknown>): GlossaryData => schema.parse({ short: 'A one-sentence definition used in previews.', sources: ['s1'], ...data });

const ENTRIES: Record<string, GlossaryData> = {
  srbm: entry({ kind: 'term', name: 'SRBM', aliases: ['short-range ballistic missile'], facts: { expansion: 'short-range ballistic missile', field: 'Missile classification' } }),
  'kn-23': entry({ kind: 'weapon', name: 'KN-23', aliases: ['Hwasong-11'], facts: { origin: 'North Korea', class: 'SRBM', designations: ['Hwasong-11', 'KN-23'] } }),
  office: entry({ kind: 'organization', name: 'Office of the President', facts: { type: 'Executive office', country: 'Ukraine', established: '2019' } }),
  podolyak: entry({ kind: 'person', name: 'Mykhailo Podolyak', aliases: ['Podolyak'], facts: { role: 'Adviser', affiliation: 'office', country: 'Ukraine', asOf: '2024-01-05', spellings: ['Mykhaylo Podolyak'] } }),
  kharkiv: entry({ kind: 'place', name: 'Kharkiv', facts: { placeType: 'city', country: 'Ukraine', coordinates: { lat: 49.98, lon: 36.25 }, coordinatesSource: 'geonames' } }),
  ukraine: entry({ kind: 'place', name: 'Ukraine', facts: { placeType: 'country', country: 'Ukraine', coordinates: { lat: 49, lon: 32 }, coordinatesSource: 'geonames' } }),
  unsc: entry({ kind: 'organization', name: 'UN Security Council', facts: { type: 'UN principal organ' } }),
  r1718: entry({ kind: 'law', name: 'Resolution 1718', facts: { instrument: 'UN Security Council resolution', adopted: '2006-10-14', vote: '15-0', adoptedBy: 'unsc', provisions: ['Arms embargo'] } }),
  strike: entry({ kind: 'event', name: 'Kharkiv strike', facts: { date: '2024-01-02', place: 'kharkiv' } }),
};
const url = (id: string) => `https://example.org/glossary/${id}/`;
const lookup = (id: string): LinkedEntry | undefined => (ENTRIES[id] ? { url: url(id), data: ENTRIES[id]! } : undefined);
const entity = (id: string) => glossaryEntity({ url: url(id), data: ENTRIES[id]!, glossary: GLOSSARY, lookup });

/** Properties schema.org defines for each type used here (its own and inherited ones we emit). */
const THING = ['@type', '@id', 'name', 'alternateName', 'description', 'disambiguatingDescription', 'url', 'mainEntityOfPage'];
const ALLOWED: Record<string, string[]> = {
  DefinedTerm: [...THING, 'inDefinedTermSet', 'termCode'],
  Person: [...THING, 'jobTitle', 'affiliation', 'nationality'],
  Organization: [...THING, 'foundingDate', 'dissolutionDate', 'parentOrganization', 'location', 'logo'],
  City: [...THING, 'geo', 'containedInPlace'],
  Country: [...THING, 'geo', 'containedInPlace'],
  Legislation: [...THING, 'legislationType', 'legislationDate', 'legislationPassedBy'],
  Event: [...THING, 'startDate', 'location'],
};

describe('newsArticle', () => {
  const article = newsArticle(
    {
      url: 'https://example.org/stories/s/',
      headline: 'A headline',
      published: '2024-01-05',
      modified: '2024-11-04',
      images: ['https://example.org/og/stories/s.png'],
    },
    SITE,
  );

  it('has what Google requires or recommends for articles', () => {
    expect(article['@type']).toBe('NewsArticle');
    expect(article.headline).toBe('A headline');
    expect(article.datePublished).toBe('2024-01-05');
    expect(article.dateModified).toBe('2024-11-04');
    expect(article.image).toEqual(['https://example.org/og/stories/s.png']);
    expect(article.author).toEqual([{ '@type': 'Organization', name: 'The Explainer', url: 'https://example.org/' }]);
    expect(article.publisher).toMatchObject({ '@type': 'Organization', name: 'The Explainer', logo: { '@type': 'ImageObject', url: SITE.image } });
    expect(article.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': 'https://example.org/stories/s/' });
  });

  it('lists no citations: the page links every source visibly, and the list would cost the page its byte budget', () => {
    expect(article).not.toHaveProperty('citation');
  });
});

describe('glossaryEntity', () => {
  it('makes terms and weapons DefinedTerms in the glossary set', () => {
    for (const id of ['srbm', 'kn-23']) {
      const node = entity(id);
      expect(node['@type']).toBe('DefinedTerm');
      expect(node.name).toBe(ENTRIES[id]!.name);
      expect(node.inDefinedTermSet).toMatchObject({ '@type': 'DefinedTermSet', name: GLOSSARY.name, url: GLOSSARY.url });
    }
    // Other names without repeats (case-insensitive) and never the main name.
    expect(entity('srbm').alternateName).toEqual(['short-range ballistic missile']);
    expect(entity('kn-23').alternateName).toEqual(['Hwasong-11']);
  });

  it('makes a Person with role, affiliation and nationality', () => {
    expect(entity('podolyak')).toMatchObject({
      '@type': 'Person',
      name: 'Mykhailo Podolyak',
      alternateName: ['Podolyak', 'Mykhaylo Podolyak'],
      jobTitle: 'Adviser',
      affiliation: { '@type': 'Organization', name: 'Office of the President', url: url('office') },
      nationality: { '@type': 'Country', name: 'Ukraine' },
    });
  });

  it('makes an Organization, with its founding date and country', () => {
    expect(entity('office')).toMatchObject({ '@type': 'Organization', foundingDate: '2019', location: { '@type': 'Country', name: 'Ukraine' } });
    expect(entity('unsc')).not.toHaveProperty('location');
  });

  it('types places by what they are and gives their coordinates', () => {
    expect(entity('kharkiv')).toMatchObject({
      '@type': 'City',
      geo: { '@type': 'GeoCoordinates', latitude: 49.98, longitude: 36.25 },
      containedInPlace: { '@type': 'Country', name: 'Ukraine' },
    });
    expect(entity('ukraine')['@type']).toBe('Country');
    expect(entity('ukraine')).not.toHaveProperty('containedInPlace');
  });

  it('makes laws Legislation and events Events with their place', () => {
    expect(entity('r1718')).toMatchObject({
      '@type': 'Legislation',
      legislationType: 'UN Security Council resolution',
      legislationDate: '2006-10-14',
      legislationPassedBy: { '@type': 'Organization', name: 'UN Security Council' },
    });
    expect(entity('strike')).toMatchObject({
      '@type': 'Event',
      startDate: '2024-01-02',
      location: { '@type': 'City', name: 'Kharkiv', url: url('kharkiv'), geo: { latitude: 49.98, longitude: 36.25 } },
    });
  });

  it('emits only properties schema.org defines for the type, never an empty one', () => {
    for (const id of Object.keys(ENTRIES)) {
      const node = entity(id);
      const allowed = ALLOWED[node['@type']];
      expect(allowed, `${id}: ${node['@type']}`).toBeDefined();
      for (const [key, value] of Object.entries(node)) {
        expect(allowed, `${id}.${key}`).toContain(key);
        expect(value, `${id}.${key}`).not.toBeUndefined();
      }
      expect(node.name, id).toBeTruthy();
      expect(node.url, id).toBe(url(id));
    }
  });

  it('leaves out links to entries it cannot find', () => {
    const data = entry({ kind: 'person', name: 'Someone', facts: { role: 'Spokesman', affiliation: 'missing', country: 'Ukraine', asOf: '2024-01-05' } });
    expect(glossaryEntity({ url: url('someone'), data, glossary: GLOSSARY, lookup })).not.toHaveProperty('affiliation');
  });
});

describe('definedTermSet', () => {
  it('lists its terms', () => {
    expect(definedTermSet(GLOSSARY, [{ name: 'SRBM', url: url('srbm') }])).toMatchObject({
      '@type': 'DefinedTermSet',
      name: GLOSSARY.name,
      hasDefinedTerm: [{ '@type': 'DefinedTerm', name: 'SRBM', url: url('srbm') }],
    });
  });
});

describe('breadcrumbList', () => {
  it('numbers the trail from 1 with a name and a URL for each step', () => {
    expect(breadcrumbList([{ name: 'Home', url: 'https://example.org/' }, { name: 'Glossary', url: GLOSSARY.url }])).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
        { '@type': 'ListItem', position: 2, name: 'Glossary', item: GLOSSARY.url },
      ],
    });
  });
});

describe('jsonLdScript', () => {
  it('cannot be broken out of, and parses back to the same data', () => {
    const data = jsonLdGraph([{ '@type': 'Thing', name: '</script><script>alert(1)</script> & <!-- \u2028' }]);
    const text = jsonLdScript(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(data);
    expect(JSON.parse(text)['@context']).toBe('https://schema.org');
  });
});

describe('claimReview', () => {
  const site = { name: 'The Explainer', url: 'https://example.org/', image: 'https://example.org/og.png' };
  const base = {
    id: 'first-use',
    claim: 'Russia fired North Korean missiles at Ukraine.',
    claimant: { name: 'Mykhailo Podolyak', url: 'https://example.org/glossary/mykhailo-podolyak/', type: 'Person' },
    date: '2024-01-05',
    asOf: '2024-04-30',
  };
  it('reviews a claim that reached a verdict, with a rating that names it', () => {
    const node = claimReview({ ...base, status: 'confirmed', statusLabel: 'Confirmed' }, 'https://example.org/stories/s/', site)!;
    expect(node).toMatchObject({
      '@type': 'ClaimReview',
      url: 'https://example.org/stories/s/#claim-first-use',
      claimReviewed: base.claim,
      datePublished: '2024-04-30',
      author: { '@type': 'Organization', name: 'The Explainer' },
      itemReviewed: { '@type': 'Claim', datePublished: '2024-01-05', author: { '@type': 'Person', name: 'Mykhailo Podolyak' } },
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'Confirmed' },
    });
  });
  it('gives no review for claims still alleged or unverified', () => {
    expect(claimReview({ ...base, status: 'alleged', statusLabel: 'Alleged' }, 'https://example.org/s/', site)).toBeUndefined();
    expect(claimReview({ ...base, status: 'unverified', statusLabel: 'Unverified' }, 'https://example.org/s/', site)).toBeUndefined();
  });
});
