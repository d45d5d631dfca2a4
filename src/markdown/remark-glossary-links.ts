/**
 * remark plugin: links mentions of glossary entries to their background
 * pages and records each mention for contextual backlinks.
 *
 * Rules (see EDITING.md for the editor's view):
 * - the first mention of each entry in a file (one file = one section) is linked;
 * - forced links `[text](glossary:id)` always link, and count as that first mention;
 *   `[text](glossary:none)` keeps a phrase unlinked;
 * - nothing is linked inside headings, links, code, HTML or on the entry's own page;
 * - matching happens within one text node, so a name split by emphasis
 *   (`**KN**-23`) is not matched: a documented limit.
 *
 * - the language (`lang`, default English) picks the index, and so the matching
 *   rules: in Ukrainian every case and number of a name links (see
 *   lib/linking/localized-terms.ts); the rules above hold in every language.
 *
 * The mentions go to pages as `remarkPluginFrontmatter.mentions`:
 * `{ entry, anchor, sentence }`, where `anchor` is the id given to the
 * paragraph that holds the mention.
 */
import { basename, join, relative, sep } from 'node:path';
import type { Link, ListItem, Node, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { forcedLinkId, glossaryPath, NO_LINK_ID } from '../lib/linking/glossary-url.ts';
import type { GlossaryIndex } from '../lib/linking/glossary-index.ts';
import type { Mention } from '../lib/linking/mention.ts';
import { clip, sentenceAt } from '../lib/linking/sentences.ts';
import { closestId } from '../lib/text/suggest.ts';
import { NO_LINK_INSIDE } from '../lib/linking/linkable.ts';

export interface GlossaryLinksOptions {
  /**
   * Returns the current glossary index for a language (re-read in dev when
   * the glossary changes). A function that ignores the language serves one
   * index to every file.
   */
  index: (lang: string) => GlossaryIndex;
  /**
   * Language of the text being linked, or a function of the file that
   * tells it (for example from a locale folder). Default `'en'`: the English
   * matcher, whose output this option does not change. For `'uk'` the index
   * should be built with `buildGlossaryIndex(entries, { lang: 'uk' })`, so
   * inflected mentions (Харкова, Північною Кореєю) link.
   */
  lang?: string | ((file: VFile) => string);
  /** Absolute path of the `content/` folder, to tell sections from glossary entries. */
  contentDir: string;
  /**
   * The site's base path, or a function of the language giving the path the
   * glossary of that language's edition is under (e.g. `/uk/` for a
   * translation). Default `/`.
   */
  base?: string | ((lang: string) => string);
  /** The site's locale (site.yaml), for splitting the quoted sentence of a mention. Default `en`. */
  locale?: string;
  /** Called with every forced link to an unknown id, before the file fails. */
  onError?: (message: string) => void;
}



/** Nodes that get an anchor id and give mentions their sentence. */
const BLOCKS = new Set(['paragraph', 'tableCell']);

const SENTENCE_MAX = 320;

interface Scope {
  /** The glossary id of the file's own entry, when it is a glossary entry. */
  self: string | null;
  /** Prefix of the paragraph anchors. */
  anchorPrefix: string;
}

/** Works out what a file is from its path under `content/`. */
export function scopeOf(filePath: string | undefined, contentDir: string): Scope {
  if (!filePath) return { self: null, anchorPrefix: 'p' };
  const parts = relative(contentDir, filePath).split(sep);
  const stem = basename(filePath).replace(/\.mdx?$/, '');
  if (parts[0] === 'glossary') return { self: stem, anchorPrefix: 'about' };
  if (parts[0] === 'stories') return { self: null, anchorPrefix: 'lede' };
  return { self: null, anchorPrefix: stem.replace(/^\d+-/, '') };
}

interface Block {
  /** The node that receives the anchor id. */
  node: Parent;
  text: string;
  pending: Array<{ entry: string; offset: number }>;
}

export default function remarkGlossaryLinks(options: GlossaryLinksOptions) {
  return (tree: Root, file: VFile) => {
    const lang = typeof options.lang === 'function' ? options.lang(file) : (options.lang ?? 'en');
    const index = options.index(lang);
    const base = typeof options.base === 'function' ? options.base(lang) : (options.base ?? '/');
    // A translation in `<content>/<lang>/` is a section or entry like its original, one folder down.
    const inLanguageFolder = file.path !== undefined && relative(options.contentDir, file.path).split(sep)[0] === lang;
    const scope = scopeOf(file.path, inLanguageFolder ? join(options.contentDir, lang) : options.contentDir);
    const linked = new Set<string>();
    const mentions: Mention[] = [];
    let blockCount = 0;

    const link = (id: string, children: PhrasingContent[], forced: boolean): Link => ({
      type: 'link',
      url: glossaryPath(id, base),
      children,
      // The id is the page address's last segment (termIdOf); no attribute repeats it on every link.
      data: { hProperties: { className: ['term'], ...(forced ? { dataForced: '' } : {}) } },
    });

    const closeBlock = (block: Block) => {
      if (block.pending.length === 0) return;
      const anchor = `${scope.anchorPrefix}-p${blockCount}`;
      block.node.data = { ...block.node.data, hProperties: { ...(block.node.data as any)?.hProperties, id: anchor } };
      for (const { entry, offset } of block.pending) {
        mentions.push({ entry, anchor, sentence: clip(sentenceAt(block.text, offset, options.locale), SENTENCE_MAX) });
      }
    };

    /** Splits one text node into text and links; returns the nodes that replace it. */
    const linkText = (node: Text, block: Block): PhrasingContent[] => {
      const out: PhrasingContent[] = [];
      let last = 0;
      for (const match of index.matcher.find(node.value)) {
        const entry = index.entries.get(match.id);
        if (!entry || !entry.autolink || match.id === scope.self || linked.has(match.id)) continue;
        linked.add(match.id);
        if (match.start > last) out.push({ type: 'text', value: node.value.slice(last, match.start) });
        out.push(link(match.id, [{ type: 'text', value: match.text }], false));
        block.pending.push({ entry: match.id, offset: block.text.length + match.start });
        last = match.end;
      }
      if (last === 0) return [node];
      if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
      return out;
    };

    const forced = (node: Link, block: Block | null, linkable: boolean): PhrasingContent[] => {
      const id = forcedLinkId(node.url)!;
      if (id === NO_LINK_ID) return node.children;
      if (!index.entries.has(id)) {
        const where = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
        const hint = closestId(id, [...index.entries.keys()]);
        const message =
          `${file.path ?? 'Markdown'}${where}: the link "glossary:${id}" names no glossary entry. ` +
          (hint ? `Did you mean "glossary:${hint}"? ` : '') +
          `Use the file name of an entry in content/glossary/ without ".md".`;
        options.onError?.(message);
        file.fail(message, node);
      }
      // Inside a heading or another link a forced link would nest or clutter: keep the words only.
      if (linkable && id !== scope.self) {
        linked.add(id);
        if (block) block.pending.push({ entry: id, offset: block.text.length });
        return [link(id, node.children, true)];
      }
      return node.children;
    };

    const walk = (node: Node, block: Block | null, linkable: boolean): void => {
      const parent = node as Parent;
      if (!Array.isArray(parent.children)) return;
      const next: Node[] = [];
      for (const child of parent.children as Node[]) {
        if (child.type === 'link' && forcedLinkId((child as Link).url) !== null) {
          const replacement = forced(child as Link, block, linkable);
          if (block) block.text += plainText(child);
          next.push(...replacement);
          continue;
        }
        if (child.type === 'text') {
          const text = child as Text;
          next.push(...(linkable && block ? linkText(text, block) : [text]));
          if (block) block.text += text.value;
          continue;
        }
        if (BLOCKS.has(child.type)) {
          blockCount += 1;
          // A tight list renders its paragraphs as bare <li> content, so the id must sit on the item.
          const target = parent.type === 'listItem' && !(parent as ListItem).spread ? parent : (child as Parent);
          const inner: Block = { node: target, text: '', pending: [] };
          walk(child, inner, linkable);
          closeBlock(inner);
        } else {
          const value = (child as { value?: unknown }).value;
          if (block && typeof value === 'string') block.text += value;
          walk(child, block, linkable && !NO_LINK_INSIDE.has(child.type));
        }
        next.push(child);
      }
      parent.children = next as Parent['children'];
    };

    walk(tree, null, true);

    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.mentions = mentions;
  };
}

function plainText(node: Node): string {
  const value = (node as { value?: unknown }).value;
  if (typeof value === 'string') return value;
  const children = (node as Parent).children;
  return Array.isArray(children) ? children.map(plainText).join('') : '';
}
