/** Collects the files under `content/` for the checker. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from '../lib/check/check-content.ts';

const CONTENT_FILE = /\.(mdx?|ya?ml|json|txt)$/i;

/** Every content file below `dir`, with paths relative to `root` and forward slashes. */
export function readContentFiles(dir: string, root: string): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && CONTENT_FILE.test(entry.name)) {
        files.push({ path: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
      }
    }
  };
  walk(dir);
  return files;
}
