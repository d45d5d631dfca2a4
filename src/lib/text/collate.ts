/**
 * Locale-aware string comparison, one Intl.Collator per locale and options.
 *
 * `a.localeCompare(b, locale, options)` is defined as comparing with
 * `new Intl.Collator(locale, options)`, and V8 builds that collator again on
 * every call that passes a locale: sorting 10,000 glossary names took about
 * a second that way, against about 15 ms with one collator. Same order, so
 * the same pages.
 */

export interface CollateOptions {
  /** Intl.Collator's `sensitivity`: `base` ignores case and accents ("a" = "Á"). */
  sensitivity?: Intl.CollatorOptions['sensitivity'];
}

const collators = new Map<string, (a: string, b: string) => number>();

/**
 * The comparison `a.localeCompare(b, locale, options)` makes, for `sort`.
 * `locale` undefined is the runtime's default locale, as with localeCompare.
 */
export function compareIn(locale?: string, options: CollateOptions = {}): (a: string, b: string) => number {
  const key = `${locale ?? ''}\u0000${options.sensitivity ?? ''}`;
  let compare = collators.get(key);
  if (!compare) {
    const collator = new Intl.Collator(locale, options.sensitivity ? { sensitivity: options.sensitivity } : undefined);
    compare = (a, b) => collator.compare(a, b);
    collators.set(key, compare);
  }
  return compare;
}
