/**
 * Finds the sentence around a mention, for "Mentioned in" context on
 * background pages. Uses the platform's sentence segmenter, so it copes with
 * abbreviations and quotes better than a split on full stops.
 */
const segmenters = new Map<string, Intl.Segmenter>();

/** The whole sentence of `text` that contains the character at `offset`, trimmed; sentences split by the rules of `locale` (the site's). */
export function sentenceAt(text: string, offset: number, locale = 'en'): string {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })));
  for (const { segment, index } of segmenter.segment(text)) {
    if (offset >= index && offset < index + segment.length) return segment.trim();
  }
  return text.trim();
}

/** Shortens `text` to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
