/**
 * A throwaway copy of this project for whole-build tests: the real src/,
 * config and packages, with content/ of the test's choosing. Its own
 * node_modules folder (of links) keeps Astro's cache separate from the repo's.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');

/** The environment of a child Astro process: Node 24 first on PATH, and no Vitest variables, which change Astro's behaviour. */
export function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST') env[key] = value;
  }
  env.PATH = `${join(REPO, 'node_modules/.bin')}:${process.env.PATH}`;
  return env;
}

export interface TempProject {
  dir: string;
  /** Runs `astro build` there; returns exit status and combined output. */
  build(): { status: number | null; output: string };
  /** Starts `astro dev` on `port`; resolves once it answers. */
  dev(port: number): Promise<ChildProcess>;
  remove(): void;
}

/** `content` is a folder to copy as the project's content/; without it the caller writes content/ itself. */
export function tempProject(content?: string): TempProject {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-build-'));
  // Copies, not links: Vite resolves links to real paths, which confuses Astro's per-component style modules.
  for (const name of ['src', 'public', 'package.json', 'tsconfig.json', 'astro.config.mjs']) {
    cpSync(join(REPO, name), join(dir, name), { recursive: true });
  }
  if (content) cpSync(content, join(dir, 'content'), { recursive: true });
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(REPO, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(join(REPO, 'node_modules', name), join(modules, name));
  }
  return {
    dir,
    build() {
      const result = spawnSync(join(REPO, 'node_modules/.bin/astro'), ['build'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 180_000,
        env: childEnv(),
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    async dev(port) {
      const child = spawn(join(REPO, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
        cwd: dir,
        env: childEnv(),
        stdio: 'ignore',
        detached: true,
      });
      for (let i = 0; i < 120; i++) {
        try {
          if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      process.kill(-child.pid!);
      throw new Error('astro dev did not start within 60 s');
    },
    remove() {
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    },
  };
}
