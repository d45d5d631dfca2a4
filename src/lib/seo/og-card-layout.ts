/**
 * The layout of a social image as the element tree satori reads (the shape of
 * a React element, written as plain objects so no JSX runtime is needed).
 * Pure: colours follow the site's light theme (site.yaml `theme.light`).
 */
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH, type OgCard } from './og-image.ts';
import { DEFAULT_THEME, type Palette } from '../../config/schema.ts';
import { mixHex } from '../visuals/theme.ts';

/** A satori node: a tag, its style and its children. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | CardNode[] };
}

/** Font families the layout asks for; the renderer loads them under these names. */
export const CARD_FONTS = { serif: 'Noto Serif', sans: 'Noto Sans' } as const;
/** The extra subsets the renderer registers as `<family> <subset>` (src/tooling/og-render.ts). */
export const CARD_FONT_SUBSETS = ['latin-ext', 'cyrillic'] as const;
/**
 * A family with its subsets as fallbacks, so a Cyrillic or accented glyph is
 * drawn in the same family and weight as the text around it, not in whichever
 * registered font happens to have it first.
 */
export const fontStack = (family: string) => [family, ...CARD_FONT_SUBSETS.map((subset) => `${family} ${subset}`)].join(', ');

/** The card's colours from a palette; the rule above the site name is the text colour faded into the background. */
export function cardColours(palette: Palette) {
  return { bg: palette.surface, text: palette.text, muted: palette.muted, border: palette.border ?? mixHex(palette.text, palette.surface, 0.18), accent: palette.accent };
}

const node = (style: CardNode['props']['style'], children: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: { style, children },
});

/** Long headlines get a smaller size so three lines hold them. */
export function titleSize(title: string): number {
  if (title.length <= 36) return 76;
  if (title.length <= 70) return 62;
  return 52;
}

/** Inner width of the text column: the card less the accent bar and the side padding. */
const ACCENT_BAR = 16;
const PAD_X = 72;
const PAD_TOP = 60;
const PAD_BOTTOM = 48;
const TEXT_WIDTH = OG_IMAGE_WIDTH - ACCENT_BAR - 2 * PAD_X;

export function cardLayout(card: OgCard, siteName: string, palette: Palette = DEFAULT_THEME.light): CardNode {
  const COLOURS = cardColours(palette);
  const column = node(
    {
      display: 'flex',
      flexDirection: 'column',
      // Satori sizes boxes without their padding (content-box), so the padding comes off here.
      width: TEXT_WIDTH,
      height: OG_IMAGE_HEIGHT - PAD_TOP - PAD_BOTTOM,
      paddingTop: PAD_TOP,
      paddingBottom: PAD_BOTTOM,
      paddingLeft: PAD_X,
      paddingRight: PAD_X,
    },
    [
      node(
        { display: 'flex', fontSize: 28, fontWeight: 700, letterSpacing: 3, textTransform: 'uppercase', color: COLOURS.accent },
        card.kicker,
      ),
      node(
        {
          display: 'block',
          width: TEXT_WIDTH,
          marginTop: 24,
          fontFamily: fontStack(CARD_FONTS.serif),
          fontWeight: 700,
          fontSize: titleSize(card.title),
          lineHeight: 1.15,
          lineClamp: 3,
        },
        card.title,
      ),
      node(
        { display: 'block', width: TEXT_WIDTH, marginTop: 28, fontSize: 30, lineHeight: 1.4, color: COLOURS.muted, lineClamp: 3 },
        card.description,
      ),
      node(
        {
          display: 'flex',
          width: TEXT_WIDTH,
          marginTop: 'auto',
          paddingTop: 20,
          borderTop: `2px solid ${COLOURS.border}`,
          fontFamily: fontStack(CARD_FONTS.serif),
          fontWeight: 700,
          fontSize: 30,
        },
        siteName,
      ),
    ],
  );
  return node(
    { display: 'flex', width: OG_IMAGE_WIDTH, height: OG_IMAGE_HEIGHT, backgroundColor: COLOURS.bg, color: COLOURS.text, fontFamily: fontStack(CARD_FONTS.sans) },
    [node({ display: 'flex', width: ACCENT_BAR, height: OG_IMAGE_HEIGHT, backgroundColor: COLOURS.accent }, ''), column],
  );
}
