/**
 * Stress loop for the intermittent fixture-build hang: N parallel `astro
 * build`s of the base fixture, R rounds, each build in its own temporary
 * project and process group with a timeout. Prints every build's wall time
 * and exit, and for a build that overruns, the process tree still alive and
 * its last output lines, before killing the group.
 *
 *   node tests/bench/stress-builds.ts [--parallel 6] [--rounds 3] [--timeout 300] [--npx]
 *
 * `--npx` starts each build as `npx astro build`, as the build tests once did.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../fixtures/check/fixture.ts';
import { childEnv, tempProject } from '../build/temp-project.ts';

const arg = (name: string, fallback: number) => (process.argv.includes(`--${name}`) ? Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) : fallback);
const parallel = arg('parallel', 6);
const rounds = arg('rounds', 3);
const timeoutMs = arg('timeout', 300) * 1000;
const astro = join(import.meta.dirname, '../../node_modules/.bin/astro');

interface Outcome {
  round: number;
  build: number;
  seconds: number;
  status: number | null;
  hung: boolean;
  tail: string;
}

function runOne(round: number, build: number): Promise<Outcome> {
  const project = tempProject(join(FIXTURES_DIR, 'base/content'));
  const started = performance.now();
  return new Promise((resolve) => {
    const [command, args] = process.argv.includes('--npx') ? ['npx', ['astro', 'build']] : [astro, ['build']];
    const child = spawn(command, args, { cwd: project.dir, env: childEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      const tree = spawnSync('ps', ['-o', 'pid,ppid,stat,etime,pcpu,args', '-g', String(child.pid)], { encoding: 'utf8' }).stdout;
      console.log(`\n[round ${round} build ${build}] still running after ${timeoutMs / 1000} s in ${project.dir}\nprocess group:\n${tree}\nlast output:\n${output.trim().split('\n').slice(-8).join('\n')}\n`);
      process.kill(-child.pid!, 'SIGKILL');
    }, timeoutMs);
    // A process of the group that outlives astro (and holds its pipes) shows up as a gap between exit and close.
    let exitedAt = 0;
    child.on('exit', () => (exitedAt = performance.now()));
    child.on('close', (status) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      const lingered = (performance.now() - exitedAt) / 1000;
      if (lingered > 1) console.log(`[round ${round} build ${build}] its pipes stayed open ${lingered.toFixed(1)} s after astro exited`);
      const tail = output.trim().split('\n').at(-1) ?? '';
      project.remove();
      resolve({ round, build, seconds, status, hung, tail });
    });
  });
}

const all: Outcome[] = [];
for (let round = 1; round <= rounds; round++) {
  const outcomes = await Promise.all(Array.from({ length: parallel }, (_, i) => runOne(round, i + 1)));
  for (const o of outcomes) console.log(`round ${o.round} build ${o.build}: ${o.hung ? 'HUNG (killed)' : `exit ${o.status}`} after ${o.seconds.toFixed(1)} s  | ${o.tail.slice(0, 100)}`);
  all.push(...outcomes);
}
const times = all.filter((o) => !o.hung).map((o) => o.seconds).sort((a, b) => a - b);
console.log(`\n${all.length} builds, ${all.filter((o) => o.hung).length} hung, ${all.filter((o) => !o.hung && o.status !== 0).length} failed; wall time median ${times[Math.floor(times.length / 2)]?.toFixed(1)} s, slowest ${times.at(-1)?.toFixed(1)} s`);
