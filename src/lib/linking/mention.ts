/** A mention of a glossary entry, as the remark plugin records it for backlinks. */
export interface Mention {
  /** Glossary id of the entry mentioned. */
  entry: string;
  /** The id of the paragraph holding the mention, for deep links. */
  anchor: string;
  /** The sentence around the mention. */
  sentence: string;
}
