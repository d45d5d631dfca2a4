/**
 * Finds mentions of glossary entries (names and aliases) in prose, for the
 * auto-linker.
 *
 * Algorithm
 * ---------
 * `buildTermMatcher` normalises every name/alias and inserts it, case-folded,
 * into one character trie (one automaton per call). Nodes are integers; a
 * node's first child is stored inline in typed arrays and only nodes with
 * more than one child get a `Map<codePoint, node>`, which keeps memory and
 * build time low for tens of thousands of aliases. `find` walks the text once,
 * and from every position that can start a word it descends the trie as far
 * as the text allows, normalising the text on the fly. Each walk is bounded
 * by the longest alias, so scanning cost is proportional to the text length
 * and independent of the number of entries. No regular expression per entry
 * is ever built.
 *
 * Every terminal reached on a walk is a candidate. A candidate is kept only
 * if its case-sensitive positions agree (see "Case" below), and it may be
 * extended by a plural/possessive suffix. Of the candidates that end on a
 * word boundary, the one that ends furthest wins (leftmost, then longest);
 * ties go to the longer alias, then to the alias with more case-exact
 * characters, then to the entry listed first. Scanning resumes after the
 * match, so matches never overlap.
 *
 * Normalisation (applied identically to aliases and text)
 * - Any run of whitespace (space, tab, newline, NBSP, narrow NBSP, ...)
 *   equals one space.
 * - ' (U+0027), ’ (U+2019) and ʼ (U+02BC) are the same apostrophe.
 * - - (U+002D), ‐ (U+2010) and the non-breaking hyphen ‑ (U+2011) are the
 *   same hyphen. En/em dashes are *not* hyphens.
 * - Aliases are NFC-normalised; the text is not (offsets must stay valid),
 *   so text in decomposed (NFD) form will not match precomposed aliases.
 *
 * Case
 * - An alias is split into tokens on spaces and hyphens. A token that is
 *   acronym-like (2+ uppercase letters, or any digit: "SRBM", "KN", "23",
 *   "NIS", "1718") must match exactly in case; other tokens match
 *   case-insensitively ("Arms embargo" matches alias "arms embargo").
 * - Two aliases collide (AmbiguousAliasError) when they are equal after
 *   folding only their non-acronym tokens, so "US" and "us" do not collide
 *   but "Kirby" and "kirby" do.
 *
 * Word boundaries
 * - A match must not be preceded or followed by a letter, digit or mark
 *   (\p{L}, \p{N}, \p{M}): "KN-23" does not match inside "KN-235", nor
 *   "Kharkiv" inside "Kharkivska".
 * - A hyphen next to a match is a boundary (compounds still match:
 *   "KN-23-type", "Kharkiv-based", "pro-Russia"), *except* when the hyphen
 *   is followed (after the match) or preceded (before the match) by a digit,
 *   which is read as a longer designator: "KN-23" does not match in
 *   "KN-23-2".
 *
 * Plurals and possessives (the match's `end`/`text` include the suffix)
 * - `s` after an alias ending in a letter or digit ("SRBMs", "KN-23s",
 *   "Iskanders").
 * - `es` after an alias ending in s, x, z, o, ch or sh ("embargoes"). Irregular
 *   plurals ("embassy" → "embassies") are not recognised: add them as
 *   aliases.
 * - `'s` / `’s` after any alias ("KN-23's", "Kirby’s").
 * - A bare `'` / `’` after a lower-case final `s`, either the alias's own
 *   ("United States’") or the plural's ("Iskanders’").
 * - If the alias's last token is acronym-like the suffix letters must be
 *   lower case ("SRBMS" is not a plural of "SRBM"); otherwise any case.
 *
 * Languages (TermMatcherOptions; every default is the English behaviour above)
 * - `englishSuffixes: false` drops the plural and possessive endings.
 * - `apostropheInWords: true` makes an apostrophe between two letters part
 *   of the word, as in Ukrainian (п’ять, харків’янин), so a name does not
 *   match before or after it.
 * - `capitalisedWordsKeepCase: true` makes the capital of a one-word name
 *   such as Подоляк case-exact, so the common noun подоляк is not linked.
 * - `TermSource.forms` adds inflected surface forms as further keys of the
 *   same trie (built by lib/linking/localized-terms.ts), so declension costs
 *   trie nodes, not scanning time. Collisions between forms are dropped, not
 *   thrown.
 *
 * Known limits
 * - Matches within one string only: the caller decides what text to pass
 *   (e.g. one text node) and a term split across nodes is not found.
 * - The plural `s` is applied blindly: with an alias "Hama" and no entry for
 *   "Hamas", "Hamas" links to "Hama". An exact alias for the longer word
 *   always wins the tie.
 * - A closing single quote after a word ending in lower-case s
 *   (‘the Iskanders’) is read as a possessive and included in the match.
 * - Hyphens and spaces are not interchangeable: "short range" does not
 *   match an alias "short-range"; add both spellings if both occur.
 */

export interface TermSource {
  id: string;
  name: string;
  aliases: readonly string[];
  file?: string;
  /**
   * Further surface forms of the name and aliases (inflected forms, for
   * languages that decline names), each reported as `alias: of`. A form
   * that equals any entry's name or alias is dropped (the written alias
   * wins), a generated form that equals another entry's declared form is
   * dropped (the editor's word wins), and a form claimed by two entries at
   * the same rank is dropped from both (ambiguous inflections are not
   * linked rather than guessed). Never throws.
   */
  forms?: ReadonlyArray<{ form: string; of: string; declared?: boolean }>;
}

/**
 * Language-dependent matching rules. Every default is the English
 * behaviour, so `buildTermMatcher(entries)` is unchanged by them.
 */
export interface TermMatcherOptions {
  /** English plural and possessive endings (`s`, `es`, `'s`, `s'`) extend a match. Default true. */
  englishSuffixes?: boolean;
  /**
   * An apostrophe between two letters is part of the word (Ukrainian
   * п’ять, харків’янин), so it is not a word boundary. Default false.
   */
  apostropheInWords?: boolean;
  /**
   * A one-word name or alias written with a capital initial followed by
   * lower case (Подоляк) matches only with that capital, so the common
   * noun spelled the same (подоляк) is not linked. Default false.
   */
  capitalisedWordsKeepCase?: boolean;
}

export interface TermMatch {
  /** Id of the matched entry. */
  id: string;
  /** UTF-16 offset of the first matched character in the text. */
  start: number;
  /** UTF-16 offset just past the match, including any plural/possessive suffix. */
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  /** The name or alias that matched, as written in the entry. */
  alias: string;
}

export class AmbiguousAliasError extends Error {
  alias: string;
  claimants: Array<{ id: string; file?: string }>;

  constructor(alias: string, claimants: Array<{ id: string; file?: string }>) {
    const who = claimants.map((c) => (c.file ? `${c.file} (${c.id})` : c.id)).join(' and ');
    super(
      `The alias "${alias}" is claimed by two glossary entries: ${who}. Remove it from one of them.`,
    );
    this.name = 'AmbiguousAliasError';
    this.alias = alias;
    this.claimants = claimants;
  }
}

export interface TermMatcher {
  /** All non-overlapping matches in `text`, left to right (leftmost, then longest alias). */
  find(text: string): TermMatch[];
  /** Number of distinct alias keys in the automaton, surface forms included (for diagnostics/benchmarks). */
  readonly size: number;
}

// ---------------------------------------------------------------------------
// Character classes and normalisation

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const LOWER_S = 0x73;
const UPPER_S = 0x53;
const LOWER_E = 0x65;
const UPPER_E = 0x45;

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const DIGIT_RE = /\p{N}/u;
const UPPER_RE = /\p{Lu}/u;
const MARK_RE = /\p{M}/u;
const NO_CHECKS: readonly number[] = [];
const SPACE_RE = /\s/u;

// Classes of non-ASCII BMP code points, computed once each: Cyrillic (or any
// non-Latin) text would otherwise run two regular-expression tests per
// character. Bits: 1 known, 2 word, 4 digit, 8 space, 16 upper case.
const BMP_CLASS = new Uint8Array(0x10000);
const KNOWN = 1;
const WORD = 2;
const DIGIT = 4;
const WHITESPACE = 8;
const UPPER = 16;

function classify(s: string): number {
  return (
    KNOWN |
    (WORD_RE.test(s) ? WORD : 0) |
    (DIGIT_RE.test(s) ? DIGIT : 0) |
    (SPACE_RE.test(s) ? WHITESPACE : 0) |
    (UPPER_RE.test(s) ? UPPER : 0)
  );
}

function classOf(cp: number): number {
  if (cp > 0xffff) return classify(String.fromCodePoint(cp));
  let c = BMP_CLASS[cp]!;
  if (c === 0) {
    c = classify(String.fromCharCode(cp));
    BMP_CLASS[cp] = c;
  }
  return c;
}

function isUpperCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return (classOf(cp) & UPPER) !== 0;
}

function isWordCp(cp: number): boolean {
  if (cp < 0x80) {
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  }
  return (classOf(cp) & WORD) !== 0;
}

function isDigitCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return (classOf(cp) & DIGIT) !== 0;
}

function isSpaceCp(cp: number): boolean {
  if (cp < 0x80) return cp === SPACE || (cp >= 0x09 && cp <= 0x0d);
  return (classOf(cp) & WHITESPACE) !== 0;
}

function isApostropheCp(cp: number): boolean {
  return cp === APOSTROPHE || cp === 0x2019 || cp === 0x02bc;
}

function isHyphenCp(cp: number): boolean {
  return cp === HYPHEN || cp === 0x2010 || cp === 0x2011;
}

/** Apostrophe and hyphen variants to one form; everything else unchanged. */
function canonicalCp(cp: number): number {
  if (isApostropheCp(cp)) return APOSTROPHE;
  if (isHyphenCp(cp)) return HYPHEN;
  return cp;
}

const foldCache = new Map<number, number>();
/** Folded BMP code points, 0 until computed (a typed array: one lookup per character of non-ASCII text). */
const BMP_FOLD = new Int32Array(0x10000);

/** Lower-case one code point, keeping it one code point (else unchanged). */
function fold(cp: number): number {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? cp + 0x20 : cp;
  if (cp <= 0xffff) {
    const known = BMP_FOLD[cp]!;
    if (known !== 0) return known;
    const out = foldUncached(cp);
    BMP_FOLD[cp] = out;
    return out;
  }
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  const out = foldUncached(cp);
  foldCache.set(cp, out);
  return out;
}

function foldUncached(cp: number): number {
  let out = cp;
  if (cp === 0x3c2) {
    out = 0x3c3; // Greek final sigma folds like sigma
  } else {
    const s = String.fromCodePoint(cp);
    const lower = s.toLowerCase();
    if (lower !== s) {
      const lc = lower.codePointAt(0)!;
      if (lower.length === (lc > 0xffff ? 2 : 1)) out = lc;
    }
  }
  return out;
}

function cpWidth(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** Code point ending just before UTF-16 offset `i`, or undefined at 0. */
function cpBefore(text: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return text.codePointAt(i - 2);
  }
  return lo;
}

/** Is there a letter right before UTF-16 offset `i`'s apostrophe and one right after it? */
function apostropheBetweenLetters(text: string, at: number): boolean {
  const before = cpBefore(text, at);
  if (before === undefined || !isWordCp(before)) return false;
  if (at + 1 >= text.length) return false;
  return isWordCp(text.codePointAt(at + 1)!);
}

/** startBoundary, where an apostrophe between letters is inside a word. */
function startBoundaryInWordApostrophe(text: string, i: number): boolean {
  if (!startBoundary(text, i)) return false;
  const prev = cpBefore(text, i);
  return !(prev !== undefined && isApostropheCp(prev) && apostropheBetweenLetters(text, i - 1));
}

/** endBoundary, where an apostrophe between letters is inside a word. */
function endBoundaryInWordApostrophe(text: string, e: number): boolean {
  if (!endBoundary(text, e)) return false;
  return !(e < text.length && isApostropheCp(text.charCodeAt(e)) && apostropheBetweenLetters(text, e));
}

/** Can a match start at `i` (nothing word-like glued on the left)? */
function startBoundary(text: string, i: number): boolean {
  const prev = cpBefore(text, i);
  if (prev === undefined) return true;
  if (isWordCp(prev)) return false;
  if (isHyphenCp(prev)) {
    const before = cpBefore(text, i - 1);
    if (before !== undefined && isDigitCp(before)) return false;
  }
  return true;
}

/** Can a match end at `e` (nothing word-like glued on the right)? */
function endBoundary(text: string, e: number): boolean {
  if (e >= text.length) return true;
  const next = text.codePointAt(e)!;
  if (isWordCp(next)) return false;
  if (isHyphenCp(next) && e + 1 < text.length) {
    if (isDigitCp(text.codePointAt(e + 1)!)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Aliases

/** One alias of one entry, stored on the trie node where it ends. */
interface Variant {
  id: string;
  file: string | undefined;
  alias: string;
  /** Normalised length in code points (for tie-breaks). */
  length: number;
  /**
   * Case-exact checks as pairs [position, code point, position, code point,
   * ...] over the normalised alias; empty when no token is acronym-like.
   */
  exact: readonly number[];
  /** Suffix letters must be lower case (last token is acronym-like). */
  strictSuffix: boolean;
  pluralS: boolean;
  pluralEs: boolean;
  /** English `'s` / `s'` endings apply. */
  possessive: boolean;
  order: number;
}

/** Alias normalised to canonical code points (whitespace runs → one space). */
function normaliseAlias(alias: string): number[] {
  const out: number[] = [];
  let pendingSpace = false;
  for (const ch of alias.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (isSpaceCp(cp)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out.push(SPACE);
    pendingSpace = false;
    out.push(canonicalCp(cp));
  }
  return out;
}

/** Which positions belong to acronym-like tokens (2+ uppercase, or a digit). */
function acronymMask(cps: readonly number[]): boolean[] {
  const mask = new Array<boolean>(cps.length).fill(false);
  let tokenStart = 0;
  for (let i = 0; i <= cps.length; i++) {
    if (i < cps.length && cps[i] !== SPACE && cps[i] !== HYPHEN) continue;
    let upper = 0;
    let digit = false;
    for (let j = tokenStart; j < i; j++) {
      const cp = cps[j]!;
      if (cp < 0x80) {
        if (cp >= 0x41 && cp <= 0x5a) upper++;
        else if (cp >= 0x30 && cp <= 0x39) digit = true;
      } else {
        if (isUpperCp(cp)) upper++;
        if (isDigitCp(cp)) digit = true;
      }
    }
    if (upper >= 2 || digit) for (let j = tokenStart; j < i; j++) mask[j] = true;
    tokenStart = i + 1;
  }
  return mask;
}

// ---------------------------------------------------------------------------
// Builder

/** Marks a capitalised one-word alias's initial as case-exact (see capitalisedWordsKeepCase). */
function markCapitalInitial(cps: readonly number[], mask: boolean[]): void {
  if (cps.includes(SPACE) || mask[0]) return;
  if (!isUpperCp(cps[0]!)) return;
  for (let i = 1; i < cps.length; i++) {
    if (isUpperCp(cps[i]!)) return;
  }
  mask[0] = true;
}

export function buildTermMatcher(entries: readonly TermSource[], options: TermMatcherOptions = {}): TermMatcher {
  const englishSuffixes = options.englishSuffixes !== false;
  const keepCapital = options.capitalisedWordsKeepCase === true;
  const startOk = options.apostropheInWords === true ? startBoundaryInWordApostrophe : startBoundary;
  const endOk = options.apostropheInWords === true ? endBoundaryInWordApostrophe : endBoundary;

  // Pass 1: normalise every alias, check for ambiguity, describe variants.
  /** Normalised key → first claimant, for the ambiguity check. */
  const claims = new Map<string, { id: string; file: string | undefined; alias: string }>();
  const prepared: Array<{ folded: number[]; variant: Variant }> = [];
  let totalLength = 0;
  let maxLength = 0;
  /** Keys of surface forms → index in `prepared`, or -1 once two entries claimed the key. */
  const formClaims = new Map<string, number>();
  /** Keys of surface forms → 1 for a declared form, 2 for a generated one. */
  const formRank = new Map<string, number>();
  const droppedForms = new Set<number>();
  let formCount = 0;

  /** One name, alias or form into `prepared` (forms never throw; see TermSource.forms). */
  const addSurface = (entry: TermSource, surface: string, alias: string, rank: 0 | 1 | 2): void => {
    const isForm = rank > 0;
    if (typeof surface !== 'string') return;
    const cps = normaliseAlias(surface);
    if (cps.length === 0) return;

    const mask = acronymMask(cps);
    if (keepCapital) markCapitalInitial(cps, mask);
    const exact: number[] = [];
    const keyCps = new Array<number>(cps.length);
    const folded = new Array<number>(cps.length);
    for (let i = 0; i < cps.length; i++) {
      const cp = cps[i]!;
      folded[i] = fold(cp);
      if (mask[i]) {
        keyCps[i] = cp;
        exact.push(i, cp);
      } else {
        keyCps[i] = folded[i]!;
      }
    }
    const key = String.fromCodePoint.apply(null, keyCps);
    const prior = claims.get(key);
    if (isForm) {
      if (prior) return; // a written alias (of any entry) owns this key
      const at = formClaims.get(key);
      if (at !== undefined) {
        if (formRank.get(key)! < rank) return; // a declared form outranks a generated one
        if (at >= 0 && prepared[at]!.variant.id !== entry.id) {
          droppedForms.add(at);
          formClaims.set(key, -1);
        }
        return;
      }
      formClaims.set(key, prepared.length);
      formRank.set(key, rank);
      formCount++;
    } else if (prior) {
      if (prior.id === entry.id) return; // same alias twice in one entry
      throw new AmbiguousAliasError(prior.alias.trim(), [
        prior.file === undefined ? { id: prior.id } : { id: prior.id, file: prior.file },
        entry.file === undefined ? { id: entry.id } : { id: entry.id, file: entry.file },
      ]);
    }
    if (!isForm) claims.set(key, { id: entry.id, file: entry.file, alias });

    const last = cps[cps.length - 1]!;
    const lastFolded = folded[cps.length - 1]!;
    const beforeLast = cps.length > 1 ? folded[cps.length - 2]! : -1;
    prepared.push({
      folded,
      variant: {
        id: entry.id,
        file: entry.file,
        alias,
        length: cps.length,
        exact: exact.length > 0 ? exact : NO_CHECKS,
        strictSuffix: mask[cps.length - 1]!,
        pluralS: englishSuffixes && isWordCp(last) && (last < 0x80 || !MARK_RE.test(String.fromCodePoint(last))),
        pluralEs:
          englishSuffixes &&
          (lastFolded === LOWER_S ||
          lastFolded === 0x78 /* x */ ||
          lastFolded === 0x6f /* o */ ||
          lastFolded === 0x7a /* z */ ||
          (lastFolded === 0x68 /* h */ && (beforeLast === 0x63 /* c */ || beforeLast === LOWER_S))),
        possessive: englishSuffixes,
        order: prepared.length,
      },
    });
    totalLength += cps.length;
    if (cps.length > maxLength) maxLength = cps.length;
  };

  for (const entry of entries) {
    for (const alias of [entry.name, ...entry.aliases]) addSurface(entry, alias, alias, 0);
  }
  // Forms come after every written alias, declared before generated, so the higher rank claims a key first.
  for (const entry of entries) {
    if (entry.forms) for (const f of entry.forms) if (f.declared) addSurface(entry, f.form, f.of, 1);
  }
  for (const entry of entries) {
    if (entry.forms) for (const f of entry.forms) if (!f.declared) addSurface(entry, f.form, f.of, 2);
  }

  if (droppedForms.size > 0) {
    let kept = 0;
    for (let k = 0; k < prepared.length; k++) if (!droppedForms.has(k)) prepared[kept++] = prepared[k]!;
    prepared.length = kept;
  }

  // Pass 2: the trie over folded code points. Node 0 is the root; there are
  // at most totalLength + 1 nodes. A node's first child is inline
  // (firstCp/firstChild); only branching nodes get a Map for the rest.
  const capacity = totalLength + 1;
  const firstCp = new Int32Array(capacity).fill(-1);
  const firstChild = new Int32Array(capacity);
  const moreChildren = new Map<number, Map<number, number>>();
  /** Index into `terminalLists` of the variants ending at a node, or -1. */
  const terminalOf = new Int32Array(capacity).fill(-1);
  const terminalLists: Variant[][] = [];
  let nodeCount = 1;

  function childOf(node: number, cp: number): number {
    if (firstCp[node] === cp) return firstChild[node]!;
    if (firstCp[node] === -1) return -1;
    return moreChildren.get(node)?.get(cp) ?? -1;
  }

  for (const { folded, variant } of prepared) {
    let node = 0;
    for (const cp of folded) {
      let child = childOf(node, cp);
      if (child < 0) {
        child = nodeCount++;
        if (firstCp[node] === -1) {
          firstCp[node] = cp;
          firstChild[node] = child;
        } else {
          let more = moreChildren.get(node);
          if (!more) moreChildren.set(node, (more = new Map()));
          more.set(cp, child);
        }
      }
      node = child;
    }
    let list = terminalOf[node]!;
    if (list < 0) {
      list = terminalLists.length;
      terminalLists.push([]);
      terminalOf[node] = list;
    }
    terminalLists[list]!.push(variant);
  }
  prepared.length = 0;

  const size = claims.size + formCount - droppedForms.size;
  claims.clear();

  /** Raw (canonical, unfolded) code points along the current walk. */
  const path = new Int32Array(Math.max(1, maxLength));

  function caseAgrees(v: Variant): boolean {
    const exact = v.exact;
    for (let k = 0; k < exact.length; k += 2) {
      if (path[exact[k]!] !== exact[k + 1]) return false;
    }
    return true;
  }

  function isS(cp: number | undefined, strict: boolean): boolean {
    return cp === LOWER_S || (!strict && cp === UPPER_S);
  }
  function isE(cp: number | undefined, strict: boolean): boolean {
    return cp === LOWER_E || (!strict && cp === UPPER_E);
  }

  /** Longest valid end for variant `v` whose alias ends at `j`, or -1. */
  function bestEnd(text: string, j: number, v: Variant): number {
    if (!v.possessive && !v.pluralS && !v.pluralEs) return endOk(text, j) ? j : -1;
    const at = (k: number): number | undefined => (k < text.length ? text.charCodeAt(k) : undefined);
    const apos = (k: number): boolean => {
      const c = at(k);
      return c !== undefined && isApostropheCp(c);
    };
    const strict = v.strictSuffix;
    const ends: number[] = [j];
    if (v.pluralS && isS(at(j), strict)) {
      ends.push(j + 1);
      if (at(j) === LOWER_S && apos(j + 1)) ends.push(j + 2);
    }
    if (v.pluralEs && isE(at(j), strict) && isS(at(j + 1), strict)) {
      ends.push(j + 2);
      if (at(j + 1) === LOWER_S && apos(j + 2)) ends.push(j + 3);
    }
    if (v.possessive) {
      if (apos(j) && isS(at(j + 1), strict)) ends.push(j + 2);
      if (at(j - 1) === LOWER_S && apos(j)) ends.push(j + 1); // "United States’"
    }
    let best = -1;
    for (const e of ends) if (e > best && endOk(text, e)) best = e;
    return best;
  }

  /** Best match starting at `start`, or undefined. */
  function matchAt(text: string, start: number): TermMatch | undefined {
    let node = 0;
    let depth = 0;
    let j = start;
    let bestEndAt = -1;
    let bestVariant: Variant | undefined;
    const n = text.length;

    while (j < n) {
      let cp = text.codePointAt(j)!;
      let next: number;
      if (isSpaceCp(cp)) {
        next = j + 1;
        while (next < n && isSpaceCp(text.codePointAt(next)!)) next += cpWidth(text.codePointAt(next)!);
        cp = SPACE;
      } else {
        next = j + cpWidth(cp);
        cp = canonicalCp(cp);
      }
      const child = childOf(node, fold(cp));
      if (child < 0) break;
      path[depth++] = cp;
      node = child;
      j = next;

      const list = terminalOf[node]!;
      if (list < 0) continue;
      for (const v of terminalLists[list]!) {
        if (!caseAgrees(v)) continue;
        const e = bestEnd(text, j, v);
        if (e < 0) continue;
        if (
          bestVariant === undefined ||
          e > bestEndAt ||
          (e === bestEndAt &&
            (v.length > bestVariant.length ||
              (v.length === bestVariant.length &&
                (v.exact.length > bestVariant.exact.length ||
                  (v.exact.length === bestVariant.exact.length && v.order < bestVariant.order)))))
        ) {
          bestEndAt = e;
          bestVariant = v;
        }
      }
    }

    if (!bestVariant) return undefined;
    return {
      id: bestVariant.id,
      start,
      end: bestEndAt,
      text: text.slice(start, bestEndAt),
      alias: bestVariant.alias,
    };
  }

  return {
    size,
    find(text: string): TermMatch[] {
      const out: TermMatch[] = [];
      const n = text.length;
      let i = 0;
      while (i < n) {
        const cp = text.codePointAt(i)!;
        if (!isSpaceCp(cp) && startOk(text, i)) {
          const m = matchAt(text, i);
          if (m) {
            out.push(m);
            i = m.end;
            continue;
          }
        }
        i += cpWidth(cp);
      }
      return out;
    },
  };
}
