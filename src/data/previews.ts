/** Preview cards for the glossary entries linked on one page. */
import type { Mention } from '../lib/linking/mention.ts';
import { previewRecords, type PreviewRecord } from '../lib/client/preview-data.ts';
import { getGlossaryById } from './glossary.ts';
import { sitePath } from '../config/site.ts';
import { t } from '../i18n/index.ts';

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
