/** Collects the files under `content/` for the checker. */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
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

/** readContentFiles's order: folder by folder, names compared as its walk sorts them. */
function walkOrder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

/**
 * The content files of one folder, kept between checks in `astro dev`: after
 * the watcher names a changed file, only that file is read again. The list is
 * the one readContentFiles returns, in the same order.
 */
export class ContentFileCache {
  readonly #dir: string;
  readonly #root: string;
  /** The file's path (as in ContentFile) → file; undefined until read, and after `rescan()`. */
  #files: Map<string, ContentFile> | undefined;
  #order: ContentFile[] = [];
  #changed = new Set<string>();

  constructor(dir: string, root: string) {
    this.#dir = dir;
    this.#root = root;
  }

  /** The watcher saw the file at `path` (absolute) change, appear or go. */
  fileChanged(path: string): void {
    this.#changed.add(path);
  }

  /** Something a list of files cannot follow (a folder added or removed, a missed event): read everything next time. */
  rescan(): void {
    this.#files = undefined;
  }

  /** The files now, and whether any was added, removed or changed since the last call. */
  read(): { files: ContentFile[]; changed: boolean } {
    if (!this.#files) {
      this.#changed.clear();
      const files = readContentFiles(this.#dir, this.#root);
      this.#files = new Map(files.map((f) => [f.path, f]));
      const changed = files.length !== this.#order.length || files.some((f, i) => f.path !== this.#order[i]!.path || f.text !== this.#order[i]!.text);
      this.#order = files;
      return { files, changed };
    }
    let changed = false;
    let listed = false;
    for (const path of this.#changed) {
      const key = relative(this.#root, path).split(sep).join('/');
      const before = this.#files.get(key);
      let text: string | undefined;
      try {
        text = lstatSync(path).isFile() && CONTENT_FILE.test(path) ? readFileSync(path, 'utf8') : undefined;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      if (text === before?.text) continue;
      changed = true;
      if (text === undefined) {
        this.#files.delete(key);
        listed = true;
      } else {
        this.#files.set(key, { path: key, text });
        listed ||= !before;
      }
    }
    this.#changed.clear();
    if (changed) {
      this.#order = listed ? [...this.#files.values()].sort((a, b) => walkOrder(a.path, b.path)) : this.#order.map((f) => this.#files!.get(f.path)!);
    }
    return { files: this.#order, changed };
  }
}
