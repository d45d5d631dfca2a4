/** Reading Astro's build log: time per route type, time between phases. */

/** Sums Astro's per-route lines ("├─ /og/glossary/x.png (+51ms)") by the route's first path segment. */
export function routeTimes(log: string): Map<string, { count: number; ms: number }> {
  const out = new Map<string, { count: number; ms: number }>();
  for (const m of log.matchAll(/[├└]─ (\S+)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const path = m[1]!;
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const parts = path.split('/').filter(Boolean);
    const type = parts.length <= 1 ? path : parts[0] === 'og' ? `og/${parts[1]}` : parts[0]!;
    const row = out.get(type) ?? { count: 0, ms: 0 };
    row.count++;
    row.ms += ms;
    out.set(type, row);
  }
  return out;
}

/** Seconds between the timestamps of the first lines matching `from` and `to` (Astro prints HH:MM:SS). */
export function between(log: string, from: RegExp, to: RegExp): number | undefined {
  const stamp = (re: RegExp) => {
    for (const line of log.split('\n')) {
      if (!re.test(line)) continue;
      const t = /^(\d\d):(\d\d):(\d\d)/.exec(line);
      if (t) return Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3]);
    }
    return undefined;
  };
  const a = stamp(from);
  const b = stamp(to);
  return a !== undefined && b !== undefined ? b - a : undefined;
}

/** Per route type, sorted by total time: `og/glossary 2500 × 12.0 ms = 30.0 s`. */
export function routeSummary(log: string): string[] {
  return [...routeTimes(log)]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([type, { count, ms }]) => `${type}: ${count} × ${(ms / count).toFixed(1)} ms = ${(ms / 1000).toFixed(1)} s`);
}
