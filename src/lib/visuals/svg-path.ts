/**
 * Shortens SVG path data as d3-geo writes it (absolute `M`/`L`/`Z` commands)
 * by rounding to the given precision, writing each line segment relative to
 * the previous point and dropping segments that round to nothing. A locator
 * map's outlines are most of its bytes; this roughly halves them without a
 * visible change at the size they are drawn. Pure.
 */

const format = (n: number, digits: number) => {
  const rounded = Math.round(n * 10 ** digits) / 10 ** digits;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};

/** Numbers joined the shortest valid way: a minus sign separates as well as a space does. */
const joinNumbers = (numbers: string[]) => numbers.map((n, i) => (i === 0 || n.startsWith('-') ? n : ` ${n}`)).join('');

export function compactPath(d: string, digits = 1): string {
  const scale = 10 ** digits;
  const snap = (n: number) => Math.round(n * scale) / scale;
  let out = '';
  let x = 0;
  let y = 0;
  let run: string[] = [];
  const flush = () => {
    if (run.length) out += `l${joinNumbers(run)}`;
    run = [];
  };
  for (const [, command, args] of d.matchAll(/([MLZAHVCSQTmlzahvcsqt])([^MLZAHVCSQTmlzahvcsqt]*)/g)) {
    const numbers = (args!.match(/-?\d*\.?\d+(?:e-?\d+)?/gi) ?? []).map(Number);
    if (command === 'Z' || command === 'z') {
      flush();
      out += 'z';
      continue;
    }
    if (command !== 'M' && command !== 'L') throw new Error(`compactPath handles absolute M, L and Z only, not "${command}"`);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const [px, py] = [snap(numbers[i]!), snap(numbers[i + 1]!)];
      if (command === 'M' && i === 0) {
        flush();
        out += `M${joinNumbers([format(px, digits), format(py, digits)])}`;
      } else {
        const [dx, dy] = [px - x, py - y];
        if (Math.abs(dx) < 1e-9 && Math.abs(dy) < 1e-9) continue;
        run.push(format(dx, digits), format(dy, digits));
      }
      [x, y] = [px, py];
    }
  }
  flush();
  return out;
}
