import { describe, expect, it } from 'vitest';
import { termIdOf } from '../../src/lib/client/term-link.ts';
import { glossaryPath } from '../../src/lib/linking/glossary-url.ts';

describe('termIdOf', () => {
  it('reads the entry id back from every address glossaryPath makes', () => {
    for (const base of ['/', '/gazette/', '/uk/', '/news/de/']) {
      for (const id of ['kn-23', 'a', 'un-resolution-1718', 'x2']) expect(termIdOf(glossaryPath(id, base))).toBe(id);
    }
  });
  it('takes full addresses, query strings and fragments, and percent-encoding', () => {
    expect(termIdOf('https://example.org/uk/glossary/kharkiv/?q=1#top')).toBe('kharkiv');
    expect(termIdOf('/glossary/caf%C3%A9/')).toBe('café');
    expect(termIdOf('/glossary/bad%E0%A4%A/')).toBe('bad%E0%A4%A');
  });
  it('gives an empty id for an address with no path', () => {
    expect(termIdOf('/')).toBe('');
    expect(termIdOf('')).toBe('');
  });
});
