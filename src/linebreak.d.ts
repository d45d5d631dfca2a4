/** The part of the `linebreak` package (UAX #14 line breaking, satori's line breaker) that src/lib/seo/og-text-layout.ts uses; it ships no types. */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity: the text before `position` can end a line; `required` for a hard break. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
