/** Preview cards for the glossary entries linked on one page, and the words the preview script shows. */
import type { Mention } from '../lib/linking/mention.ts';
import { previewRecords, type PreviewRecord } from '../lib/client/preview-data.ts';
import type { BakedMessages } from '../lib/client/messages.ts';
import { getGlossaryById } from './glossary.ts';
import { sitePath } from '../config/site.ts';
import { clientMessages, t } from '../i18n/index.ts';

/** A page's rendered Markdown, as `render()` returns it: its recorded mentions (forced links included). */
type MentionSource = readonly Mention[] | { remarkPluginFrontmatter: Record<string, unknown> } | undefined;

const mentionsOf = (source: MentionSource): readonly Mention[] =>
  !source ? [] : Array.isArray(source) ? source : (((source as { remarkPluginFrontmatter: Record<string, unknown> }).remarkPluginFrontmatter.mentions ?? []) as Mention[]);

/** The ids of every entry linked in these mention lists or rendered bodies (duplicates kept; records drop them). */
export function linkedIds(...sources: MentionSource[]): string[] {
  return sources.flatMap((source) => mentionsOf(source).map((m) => m.entry));
}

/** The preview records for the entries linked in these mention lists or rendered bodies. */
export async function getPreviews(...sources: MentionSource[]): Promise<PreviewRecord[]> {
  const byId = await getGlossaryById();
  return previewRecords(linkedIds(...sources), (id) => byId.get(id)?.data, sitePath('/'), t);
}

/** The words the preview script shows (toggle, status, card), in the page's language: they travel with the cards. */
export function previewMessages(): BakedMessages {
  return clientMessages(['preview.toggleOff', 'preview.toggleOn', 'preview.statusOn', 'preview.statusOff', 'preview.cardOff', 'preview.open']);
}

/** Where a story's preview file is (src/pages/stories/[story]/previews.json.ts), in the page's language and under the base path. */
export function storyPreviewsPath(story: string): string {
  return sitePath(`/stories/${story}/previews.json`);
}
