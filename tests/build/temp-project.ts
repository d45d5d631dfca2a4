/**
 * A throwaway copy of this project for whole-build tests: the real src/,
 * config and packages, with content/ of the test's choosing. Its own
 * node_modules folder (of links) keeps Astro's cache separate from the repo's.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');

/**
 * Variables Vitest sets in its own process (its import.meta.env copied into
 * process.env). A child build that inherits them runs with
 * import.meta.env.DEV = "1" and PROD = "": per-build memos and incremental
 * cache keys switch off, so a test would build something other than what
 * `astro build` ships.
 */
const VITEST_ENV = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

/** The environment of a child Astro process: Node 24 first on PATH, and no Vitest variables, which change Astro's behaviour. */
export function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VITEST') && !VITEST_ENV.has(key)) env[key] = value;
  }
  env.PATH = `${join(REPO, 'node_modules/.bin')}:${process.env.PATH}`;
  return env;
}

export interface BuildOptions {
  /** Extra environment variables for the build. */
  env?: Record<string, string>;
  /** Measure wall time and peak memory with GNU time (for benchmarks). */
  timed?: boolean;
  /** Milliseconds before the build is killed. Default 180 s. */
  timeout?: number;
  /** Extra arguments for `astro build`, e.g. `['--outDir', 'dist-cold']`. */
  args?: string[];
}

export interface BuildResult {
  status: number | null;
  output: string;
  /** With `timed`: wall-clock seconds and peak resident memory in MiB. */
  wallSeconds?: number;
  maxRssMiB?: number;
}

/**
 * Runs `astro build` in `dir`. The build runs under coreutils `timeout`,
 * which signals its whole process group (Astro's workers, Pagefind's binary),
 * not only the direct child; a build that overruns is reported by name
 * instead of leaving the test waiting on a pipe a grandchild still holds.
 */
export function buildIn(dir: string, options: BuildOptions = {}): BuildResult {
  const astro = join(REPO, 'node_modules/.bin/astro');
  const limit = Math.ceil((options.timeout ?? 180_000) / 1000);
  const extra = options.args ?? [];
  const build = options.timed ? ['/usr/bin/time', '-v', astro, 'build', ...extra] : [astro, 'build', ...extra];
  const result = spawnSync('timeout', ['--kill-after=10', String(limit), ...build], {
    cwd: dir,
    encoding: 'utf8',
    // A last resort, past the group kill above.
    timeout: (limit + 30) * 1000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...childEnv(), ...options.env },
  });
  let output = `${result.stdout}\n${result.stderr}`;
  if (result.status === 124 || result.status === 137 || result.error) {
    const last = output.trim().split('\n').filter(Boolean).slice(-3).join(' | ');
    output += `\n[temp-project] astro build in ${dir} did not finish within ${limit} s and was killed. Last output: ${last}`;
    return { status: null, output };
  }
  if (!options.timed) return { status: result.status, output };
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(output);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  return {
    status: result.status,
    output,
    ...(wall ? { wallSeconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) } : {}),
    ...(rss ? { maxRssMiB: Math.round(Number(rss[1]) / 1024) } : {}),
  };
}

export interface TempProject {
  dir: string;
  /** Runs `astro build` there; returns exit status and combined output. */
  build(options?: BuildOptions): BuildResult;
  /** Starts `astro dev` on `port`; resolves once it answers (default: within 60 s). */
  dev(port: number, options?: { log?: string; timeoutMs?: number }): Promise<ChildProcess>;
  remove(): void;
}

/**
 * `content` is a folder to copy as the project's content/; without it the caller writes content/ itself.
 * `from` is another project folder whose src/ and config replace this repo's (the benchmark's plain Astro site).
 * `prefix` starts the folder's name (default `explainer build ü-`, with a space and a non-ASCII letter).
 */
export function tempProject(content?: string, options: { from?: string; prefix?: string } = {}): TempProject {
  const from = options.from ?? REPO;
  // A space and a non-ASCII letter in every build path by default: file paths must never come from URL.pathname.
  const dir = mkdtempSync(join(tmpdir(), options.prefix ?? 'explainer build ü-'));
  // Copies, not links: Vite resolves links to real paths, which confuses Astro's per-component style modules.
  for (const name of ['src', 'public', 'package.json', 'tsconfig.json', 'astro.config.mjs']) {
    const source = existsSync(join(from, name)) ? join(from, name) : join(REPO, name);
    if (existsSync(source)) cpSync(source, join(dir, name), { recursive: true });
  }
  if (content) cpSync(content, join(dir, 'content'), { recursive: true });
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(REPO, 'node_modules'))) {
    // Caches stay out, so every build here starts cold (Astro's data store, Vite, and the social-image cache).
    if (name !== '.astro' && name !== '.vite' && name !== '.cache') symlinkSync(join(REPO, 'node_modules', name), join(modules, name));
  }
  return {
    dir,
    build(options = {}) {
      return buildIn(dir, options);
    },
    async dev(port, options = {}) {
      const timeoutMs = options.timeoutMs ?? 60_000;
      // With `log`, the terminal output goes to that file (a file, not a pipe: nothing must drain it).
      const out = options.log ? openSync(options.log, 'w') : 'ignore';
      const child = spawn(join(REPO, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
        cwd: dir,
        env: childEnv(),
        stdio: ['ignore', out, out],
        detached: true,
      });
      for (let i = 0; i < timeoutMs / 500; i++) {
        try {
          if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      process.kill(-child.pid!);
      throw new Error(`astro dev did not start within ${timeoutMs / 1000} s`);
    },
    remove() {
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    },
  };
}
