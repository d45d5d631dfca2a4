/**
 * Which files of the previous build's output a new build may leave in place.
 *
 * Astro's incremental build skips a page whose key is unchanged; when the
 * page's file is still in the output folder it is left alone ("cached"),
 * otherwise it is copied back from Astro's cache ("restored"). Astro empties
 * the output folder first unless told not to, so every skipped page is a copy.
 * Left in place, a file is only trustworthy if it is exactly what the last
 * successful build left there for the manifest Astro now compares against:
 * the stamp records, at the end of such a build, the manifest it wrote and
 * the size and modification time of each of its pages. Anything else in the
 * folder (bundles, pages without a key, the search index, a file edited by
 * hand, the output of a build that failed) goes, and is built again.
 *
 * The stamp also vouches for Astro's own cache. Astro writes its copy of each
 * page as the page is rendered but its manifest of keys only at the end, so a
 * build killed half-way leaves copies of new pages under the old keys, and
 * the next build would restore them for the old content. Without a stamp
 * that names the manifest, the manifest is not trusted at all.
 */

/** What a successful build leaves beside Astro's incremental manifest. */
export interface OutputStamp {
  version: 1;
  /** The output folder the stamp describes (a build into another folder trusts nothing). */
  outDir: string;
  /** Digest of the incremental manifest as that build wrote it. */
  manifest: string;
  /** Each page file of the manifest that was in the folder: output-relative path → [size in bytes, modification time in ms]. */
  files: Record<string, [number, number]>;
}

export interface FileFacts {
  size: number;
  mtimeMs: number;
}

/** The output files (relative to the output folder, as Astro writes them: URL-encoded) of every path in an incremental manifest. */
export function manifestOutputs(manifestText: string): string[] {
  const manifest = JSON.parse(manifestText) as { routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }> };
  const out: string[] = [];
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const path of Object.values(route.paths ?? {})) if (typeof path.outputFile === 'string') out.push(path.outputFile);
  }
  return out;
}

/** Parses a stamp file's text; anything malformed is no stamp. */
export function parseStamp(text: string | undefined): OutputStamp | undefined {
  if (text === undefined) return undefined;
  try {
    const stamp = JSON.parse(text) as Partial<OutputStamp>;
    if (stamp.version !== 1 || typeof stamp.outDir !== 'string' || typeof stamp.manifest !== 'string' || typeof stamp.files !== 'object' || stamp.files === null) return undefined;
    return stamp as OutputStamp;
  } catch {
    return undefined;
  }
}

/** Whether Astro's incremental manifest (its digest) is the one a finished build stamped. */
export function trustsManifest(stamp: OutputStamp | undefined, manifestDigest: string | undefined): stamp is OutputStamp {
  return stamp !== undefined && manifestDigest !== undefined && stamp.manifest === manifestDigest;
}

/**
 * The files that may stay, with their size and time now: those the stamp
 * lists, for this output folder and this manifest, whose size and
 * modification time are still the recorded ones. No stamp, another folder
 * or another manifest: nothing stays.
 */
export function filesToKeep(stamp: OutputStamp | undefined, outDir: string, manifestDigest: string | undefined, facts: (file: string) => FileFacts | undefined): Map<string, FileFacts> {
  const keep = new Map<string, FileFacts>();
  if (!trustsManifest(stamp, manifestDigest) || stamp.outDir !== outDir) return keep;
  for (const [file, [size, mtimeMs]] of Object.entries(stamp.files)) {
    const now = facts(file);
    if (now && now.size === size && now.mtimeMs === mtimeMs) keep.set(file, now);
  }
  return keep;
}

/** The stamp of a finished build: each of the manifest's outputs that is in the folder, with its size and time. */
export function stampFor(outDir: string, manifestDigest: string, outputs: readonly string[], facts: (file: string) => FileFacts | undefined): OutputStamp {
  const files: OutputStamp['files'] = {};
  for (const file of outputs) {
    const now = facts(file);
    if (now) files[file] = [now.size, now.mtimeMs];
  }
  return { version: 1, outDir, manifest: manifestDigest, files };
}
