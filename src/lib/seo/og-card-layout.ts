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

/**
 * The title's and description's type, shared by the layout tree and the
 * renderer's own text layout (src/tooling/og-fast-text.ts), so the two cannot drift.
 */
export const CARD_TITLE = { family: CARD_FONTS.serif, weight: 700, marginTop: 24, lineHeight: 1.15, lineClamp: 3 } as const;
export const CARD_DESCRIPTION = { family: CARD_FONTS.sans, weight: 400, marginTop: 28, fontSize: 30, lineHeight: 1.4, lineClamp: 3 } as const;
/** The text column's left edge and inner width on the card. */
export const CARD_COLUMN_LEFT = ACCENT_BAR + PAD_X;
export const CARD_COLUMN_WIDTH = TEXT_WIDTH;

/**
 * Which parts of the card a layout tree paints. The renderer draws what is
 * the same on thousands of cards (background, accent bar, kicker, rule and
 * site name) once, and per card only the title and description
 * (src/tooling/og-draw.ts); both trees keep the whole card's boxes, so every
 * glyph lands where it lands in the whole card.
 */
export type CardPart =
  | { paint: 'whole' }
  /** Everything but the title and description. */
  | { paint: 'frame' }
  /**
   * Only the title and description, on no background: the kicker is a
   * spacer of its measured height (from the frame) and the footer is left
   * out, so the column takes its natural height and nothing shrinks; the
   * renderer checks that the text ends above the footer.
   */
  | { paint: 'text'; kickerHeight: number };

export function cardLayout(card: OgCard, siteName: string, palette: Palette = DEFAULT_THEME.light, part: CardPart = { paint: 'whole' }): CardNode {
  const COLOURS = cardColours(palette);
  const text = part.paint !== 'frame';
  const kicker =
    part.paint === 'text'
      ? node({ display: 'flex', height: part.kickerHeight }, '')
      : node({ display: 'flex', fontSize: 28, fontWeight: 700, letterSpacing: 3, textTransform: 'uppercase', color: COLOURS.accent }, card.kicker);
  const footer = node(
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
  );
  const column = node(
    {
      display: 'flex',
      flexDirection: 'column',
      // Satori sizes boxes without their padding (content-box), so the padding comes off here.
      width: TEXT_WIDTH,
      ...(part.paint === 'text' ? {} : { height: OG_IMAGE_HEIGHT - PAD_TOP - PAD_BOTTOM }),
      paddingTop: PAD_TOP,
      paddingBottom: PAD_BOTTOM,
      paddingLeft: PAD_X,
      paddingRight: PAD_X,
    },
    [
      kicker,
      node(
        {
          display: 'block',
          width: TEXT_WIDTH,
          marginTop: CARD_TITLE.marginTop,
          fontFamily: fontStack(CARD_TITLE.family),
          fontWeight: CARD_TITLE.weight,
          fontSize: titleSize(card.title),
          lineHeight: CARD_TITLE.lineHeight,
          lineClamp: CARD_TITLE.lineClamp,
        },
        text ? card.title : '',
      ),
      node(
        {
          display: 'block',
          width: TEXT_WIDTH,
          marginTop: CARD_DESCRIPTION.marginTop,
          fontSize: CARD_DESCRIPTION.fontSize,
          lineHeight: CARD_DESCRIPTION.lineHeight,
          color: COLOURS.muted,
          lineClamp: CARD_DESCRIPTION.lineClamp,
        },
        text ? card.description : '',
      ),
      ...(part.paint === 'text' ? [] : [footer]),
    ],
  );
  const bar = node({ display: 'flex', width: ACCENT_BAR, height: OG_IMAGE_HEIGHT, ...(part.paint === 'text' ? {} : { backgroundColor: COLOURS.accent }) }, '');
  return node(
    {
      display: 'flex',
      width: OG_IMAGE_WIDTH,
      height: OG_IMAGE_HEIGHT,
      ...(part.paint === 'text' ? { alignItems: 'flex-start' } : { backgroundColor: COLOURS.bg }),
      color: COLOURS.text,
      fontFamily: fontStack(CARD_FONTS.sans),
    },
    [bar, column],
  );
}

/** Where the title and description may paint: right of the accent bar, below the kicker, above the footer. */
export const CARD_TEXT_LEFT = ACCENT_BAR;
export const CARD_TEXT_TOP = PAD_TOP;
