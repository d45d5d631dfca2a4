/**
 * The site configuration (`site.yaml` at the top of the content folder):
 * what a newsroom edits to make the site its own, with no change to `src/`.
 * Every field is documented here; `npm run schemas` turns these comments into
 * the JSON Schema VS Code shows on hover, and EDITING.md lists the same fields.
 * Pure zod, so the content checker validates the file with the same rules.
 */
import { z } from 'astro/zod';
import { idSchema } from '../schemas/common.ts';
import { LANGUAGES } from '../i18n/dictionaries.ts';

const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** A colour written `#rrggbb` (or `#rgb`): the only form CSS, the social images and the maps all read alike. */
export const colourSchema = z.string().regex(HEX_COLOUR, { error: 'write the colour as "#" and six hexadecimal digits, e.g. "#9c2f12"' });

/**
 * Text readers see: one text for every edition, or one per language code,
 * e.g. `{ en: Background, uk: Довідка }` (the default language's is required;
 * an edition without its own shows the default's).
 */
export const localTextSchema = z.union([z.string().min(1), z.record(z.string(), z.string().min(1))], {
  error: 'write the text, or one text per language, e.g. { en: Home, uk: Головна }',
});
/** Text in one language or per language, as site.yaml has it. */
export type LocalText = string | Readonly<Record<string, string>>;

/** A text in one edition's language: its own, else the default language's (`lang` then says which language it is in). */
export function textIn(value: LocalText, code: string, defaultCode: string): { text: string; lang: string } {
  if (typeof value === 'string') return { text: value, lang: defaultCode };
  const own = value[code];
  return own !== undefined ? { text: own, lang: code } : { text: value[defaultCode] ?? '', lang: defaultCode };
}

/** A link in the header or footer: a path on this site (`/glossary/`, the base path is added) or a full https:// address. */
export const linkSchema = z.strictObject({
  /** The link text readers see (plain text, or one per language: `{ en: Background, uk: Довідка }`). */
  label: localTextSchema,
  /** A path on this site starting with "/" (e.g. `/glossary/`), or a full https:// address. */
  href: z.string().regex(/^(\/(?!\/)|https:\/\/)/, { error: 'write a path on this site starting with "/" (e.g. "/glossary/"), or a full https:// address' }),
});

/** One scheme's colours. */
export const paletteSchema = z.strictObject({
  /** Highlights: kickers, timeline dots, the bars of the range chart and the dots on maps. */
  accent: colourSchema,
  /** The page background. */
  surface: colourSchema,
  /** Body text. */
  text: colourSchema,
  /** Secondary text: dates, notes, captions. */
  muted: colourSchema,
  /** Optional: the background of boxes (key points, facts, previews). Default: the shipped site's. */
  raised: colourSchema.optional(),
  /** Optional: rules and outlines. Default: the shipped site's. */
  border: colourSchema.optional(),
  /** Optional: link colour. Default: the shipped site's blue. */
  link: colourSchema.optional(),
});

/** Today's colours of the shipped site; a site.yaml without `theme` looks exactly like it. */
export const DEFAULT_THEME = {
  light: { accent: '#9c2f12', surface: '#fdfcf9', text: '#1c1b19', muted: '#55524b' },
  dark: { accent: '#ff9f7a', surface: '#141414', text: '#ecebe7', muted: '#b6b2a8' },
} as const;

/** Is `tag` a locale Intl understands (e.g. `en-GB`, `uk-UA`)? */
function isLocale(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0;
  } catch {
    return false;
  }
}

const languageCode = z.string().refine((code) => LANGUAGES.includes(code), {
  error: `the language needs a dictionary in src/i18n/; available: ${LANGUAGES.join(', ')}`,
});
const localeSchema = z.string().refine(isLocale, { error: 'write a locale such as "en-GB", "en-US", "de-DE" or "uk-UA"' });
const directionSchema = z.enum(['ltr', 'rtl']);

/** One language the site is published in: the first is the default (at the site's root), the others under `/<code>/`. */
export const languageSchema = z.strictObject({
  /** Dictionary code, e.g. `en`: a file in src/i18n/ (overrides in content/i18n/<code>.yaml). */
  code: languageCode,
  /** The language's name in itself, for a language switcher, e.g. `English`, `Українська`. */
  name: z.string().min(1),
  /** Intl locale for dates and numbers, e.g. `en-GB`. */
  locale: localeSchema,
  /** Text direction: `ltr` or `rtl`. */
  dir: directionSchema.default('ltr'),
});

/** The whole of site.yaml. */
export const siteSchema = z
  .strictObject({
    /** The site's name: in the header, page titles, feeds, social images and structured data. One for every edition, or one per language: `{ en: The Explainer, uk: Пояснювач }`. */
    name: localTextSchema,
    /** One line under the name on the home page, in the footer and in link previews; per language on a site in several (`{ en: …, uk: … }`). */
    tagline: z.union([z.string(), z.record(z.string(), z.string().min(1))]).default(''),
    /** The public address of the site, e.g. `https://explainer.example.org`. The SITE_URL environment variable overrides it at build time. */
    url: z.url({ protocol: /^https?$/, error: 'write the full public address, e.g. "https://news.example.org"' }),
    /** The path the site is served under: `/` at the root of its domain, or e.g. `/explainers/`. */
    base: z
      .string()
      .regex(/^\/([a-z0-9._~-]+\/?)*$/i, { error: 'write a path starting with "/", e.g. "/" or "/explainers/"' })
      .default('/'),
    /** Who publishes the site, for structured data (search engines). Each field defaults to the site's own. */
    publisher: z
      .strictObject({
        /** The publisher's name; default: the site's `name`. */
        name: z.string().min(1).optional(),
        /** The publisher's home page; default: the site's `url`. */
        url: z.url({ protocol: /^https?$/, error: 'write a full address, e.g. "https://news.example.org"' }).optional(),
        /** A logo file in public/, written as a path, e.g. `/logo.png`. Default `/favicon.svg`. */
        logo: z.string().regex(/^\/(?!\/)/, { error: 'write the path of a file in public/, starting with "/", e.g. "/logo.png"' }).optional(),
      })
      .default({}),
    /** The language of the site: a dictionary in src/i18n/ (`en` is shipped). */
    language: languageCode.default('en'),
    /** The Intl locale for dates and numbers, e.g. `en-GB` ("2 January 2024") or `en-US` ("January 2, 2024"). */
    locale: localeSchema.default('en-GB'),
    /** Text direction: `ltr` (left to right) or `rtl`. */
    dir: directionSchema.default('ltr'),
    /**
     * The languages the site is published in, default first. Optional while
     * the site has one language; when given, the first must match
     * `language`. Every other language gets an edition under `/<code>/`, with
     * translations in the content folder's `<code>/` folder (EDITING.md, "Translations").
     */
    languages: z.array(languageSchema).min(1).optional(),
    /** `true` puts the default language under its prefix too (`/en/…`), with the root redirecting to it. Default `false`: the default language at the root. */
    prefixDefaultLanguage: z.boolean().default(false),
    /** The story the home page leads with (a file name in stories/ without `.md`). Without it: the most recently updated story. */
    leadStory: idSchema.optional(),
    /** The header's links, in order. Default: Home, Glossary, Sources. */
    navigation: z.array(linkSchema).optional(),
    /** The footer below the site name and tagline. */
    footer: z
      .strictObject({
        /** A line of plain text (or one per language). Default: a sentence saying every figure links to its source. */
        text: localTextSchema.optional(),
        /** Links after the text. Default: the sources page. */
        links: z.array(linkSchema).optional(),
      })
      .default({}),
    /** Colours for the light and the dark scheme, used by the pages, the social images and the maps alike. */
    theme: z
      .strictObject({
        /** Colours when the reader's system (or choice) is light. */
        light: paletteSchema.default(DEFAULT_THEME.light),
        /** Colours when the reader's system (or choice) is dark. */
        dark: paletteSchema.default(DEFAULT_THEME.dark),
      })
      .default(DEFAULT_THEME),
  })
  .superRefine((site, ctx) => {
    if (URL.canParse(site.url) && new URL(site.url).pathname !== '/') {
      ctx.addIssue({ code: 'custom', path: ['url'], message: `write only the address of the domain here, and the path in "base: ${new URL(site.url).pathname}"` });
    }
    const first = site.languages?.[0];
    const seen = new Set<string>();
    site.languages?.forEach((language, i) => {
      if (seen.has(language.code)) ctx.addIssue({ code: 'custom', path: ['languages', i, 'code'], message: `"${language.code}" is listed twice; list each language once` });
      seen.add(language.code);
    });
    if (first && first.code !== site.language) {
      ctx.addIssue({ code: 'custom', path: ['languages', 0, 'code'], message: `put the default language "${site.language}" first, or set "language: ${first.code}"` });
    }
    const codes = site.languages?.map((l) => l.code) ?? [site.language];
    for (const [path, value] of localTexts(site)) {
      if (typeof value === 'string') continue;
      for (const code of Object.keys(value)) {
        if (!codes.includes(code)) ctx.addIssue({ code: 'custom', path: [...path, code], message: `"${code}" is not a language of this site (${codes.join(', ')})` });
      }
      if (value[site.language] === undefined) ctx.addIssue({ code: 'custom', path, message: `give the default language's text too: ${site.language}: …` });
    }
  });

/** Every text of site.yaml that readers see, with where it is written (for the checks of per-language texts). */
export function localTexts(site: {
  name: LocalText;
  tagline: LocalText;
  navigation?: ReadonlyArray<{ label: LocalText }> | undefined;
  footer: { text?: LocalText | undefined; links?: ReadonlyArray<{ label: LocalText }> | undefined };
}): Array<[Array<string | number>, LocalText]> {
  const out: Array<[Array<string | number>, LocalText]> = [[['name'], site.name]];
  if (site.tagline !== '') out.push([['tagline'], site.tagline]);
  site.navigation?.forEach((link, i) => out.push([['navigation', i, 'label'], link.label]));
  if (site.footer.text !== undefined) out.push([['footer', 'text'], site.footer.text]);
  site.footer.links?.forEach((link, i) => out.push([['footer', 'links', i, 'label'], link.label]));
  return out;
}

export type SiteInput = z.input<typeof siteSchema>;
export type SiteData = z.output<typeof siteSchema>;
export type Palette = z.output<typeof paletteSchema>;
export type Theme = SiteData['theme'];
export type SiteLink = z.output<typeof linkSchema>;
/** A header or footer link in one edition's language. */
export interface EditionLink {
  label: string;
  /** The label's language: the edition's, or the default's where site.yaml has no text for the edition. */
  lang: string;
  href: string;
}

/** One edition's language: dictionary code, name in itself, Intl locale, direction. */
export interface SiteLanguage {
  code: string;
  name: string;
  locale: string;
  dir: 'ltr' | 'rtl';
}

/** The configuration as the code reads it: every default filled in, the base path ending in "/". */
export interface SiteConfig {
  /** The name in the language of the page being rendered (src/config/site.ts). */
  name: string;
  /** The tagline in the language of the page being rendered. */
  tagline: string;
  /** Public URL without the base path, ending in "/". */
  url: string;
  /** Base path, starting and ending with "/". */
  base: string;
  publisher: { name: string; url: string; logo: string };
  language: string;
  locale: string;
  dir: 'ltr' | 'rtl';
  /** Every language the site is published in, the default first. */
  languages: SiteLanguage[];
  /** The default language is under `/<code>/` too, not at the root. */
  prefixDefaultLanguage: boolean;
  leadStory: string | undefined;
  /** In the page's language; `undefined` when the site keeps the default links (labels from the dictionary). */
  navigation: EditionLink[] | undefined;
  /** In the page's language; `text` is undefined for the dictionary's line. */
  footer: { text: { text: string; lang: string } | undefined; links: EditionLink[] | undefined };
  /** The texts as site.yaml has them, one or one per language (what the getters above read). */
  texts: { name: LocalText; tagline: LocalText; navigation: SiteLink[] | undefined; footer: { text: LocalText | undefined; links: SiteLink[] | undefined } };
  theme: Theme;
}

/** The texts of `config` in the language `code`. */
export function editionTexts(config: Pick<SiteConfig, 'texts' | 'language'>, code: string): Pick<SiteConfig, 'name' | 'tagline' | 'navigation' | 'footer'> {
  const { texts, language } = config;
  const links = (list: SiteLink[] | undefined): EditionLink[] | undefined =>
    list?.map((l) => {
      const { text, lang } = textIn(l.label, code, language);
      return { label: text, lang, href: l.href };
    });
  return {
    name: textIn(texts.name, code, language).text,
    tagline: textIn(texts.tagline, code, language).text,
    navigation: links(texts.navigation),
    footer: { text: texts.footer.text === undefined ? undefined : textIn(texts.footer.text, code, language), links: links(texts.footer.links) },
  };
}

/** Fills the defaults that depend on other fields (publisher from the site, locale from the language list). */
export function resolveSite(data: SiteData, env: { SITE_URL?: string | undefined } = {}): SiteConfig {
  const url = new URL(env.SITE_URL?.trim() || data.url);
  const origin = `${url.origin}/`;
  const base = `/${data.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const first = data.languages?.[0];
  const locale = first?.locale ?? data.locale;
  const dir = first?.dir ?? data.dir;
  const texts = { name: data.name, tagline: data.tagline, navigation: data.navigation, footer: { text: data.footer.text, links: data.footer.links } };
  const own = editionTexts({ texts, language: data.language }, data.language);
  return {
    ...own,
    texts,
    url: origin,
    base,
    publisher: { name: data.publisher.name ?? own.name, url: new URL(data.publisher.url ?? new URL(base, origin).href).href, logo: data.publisher.logo ?? '/favicon.svg' },
    language: data.language,
    locale,
    dir,
    languages: data.languages ?? [{ code: data.language, name: data.language, locale, dir }],
    prefixDefaultLanguage: data.prefixDefaultLanguage,
    leadStory: data.leadStory,
    theme: data.theme,
  };
}
