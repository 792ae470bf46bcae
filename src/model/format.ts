/**
 * Numbers as the people reading them expect: three significant digits, percentages rounded half
 * up as coverage.py and pytest-cov print them, times in the unit a benchmark tool's users read
 * (ms, µs), and counts with the noun in the right number. Every renderer goes through here, so a
 * number reads the same in the summary, the CLI and the plan; and so do the messages the gates,
 * the planner and the pipeline advisor write, which is why it lives in model/, below them all.
 * Pure, and imports nothing.
 */

/**
 * `x` rounded half up (away from zero) at `decimals` places, judged on the shortest decimal that
 * prints `x`: 1.005 → 1.01, where `toFixed` gives 1.00 because the binary value is 1.00499….
 */
export function roundHalfUp(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const [mantissa, exponent = '0'] = String(Math.abs(x)).split('e');
  const scaled = Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`));
  const [m2, e2 = '0'] = String(scaled).split('e');
  return Math.sign(x) * Number(`${m2}e${Number(e2) - decimals}`);
}

/** Three significant digits (`0.492`, `12.3`, `919`); whole numbers from 100 up keep every digit. */
export function sig3(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const digits = Math.floor(Math.log10(Math.abs(x)));
  return String(roundHalfUp(x, Math.max(0, 2 - digits)));
}

/** `fraction` (0.4286) as a percentage with up to `decimals` places: `42.86%`. */
export function percent(fraction: number, decimals = 2): string {
  return `${roundHalfUp(100 * fraction, decimals)}%`;
}

/** A difference of two percentages, in percentage points: `−1.5 pp`. Only for differences. */
export function points(difference: number, decimals = 2): string {
  return `${roundHalfUp(difference, decimals)} pp`;
}

/** `n` and the noun, in the right number: `1 test`, `2 tests`, `1 match`, `3 matches`. */
export function plural(n: number, one: string, many = /(?:s|x|z|ch|sh)$/.test(one) ? `${one}es` : `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

// The plural nouns gate metrics are named with ("failed tests", "regressed benchmarks").
const SINGULAR: Readonly<Record<string, string>> = {
  tests: 'test', benchmarks: 'benchmark', files: 'file', findings: 'finding', reports: 'report', shards: 'shard', runs: 'run', lines: 'line', metrics: 'metric'
};

/** `n` before a plural phrase, the phrase made singular for one: `1 failed test`, `2 failed tests`. */
export function count(n: number, phrase: string): string {
  if (n !== 1) return `${n} ${phrase}`;
  return `${n} ${phrase.replace(/\b(tests|benchmarks|files|findings|reports|shards|runs|lines|metrics)\b/, (w) => SINGULAR[w]!)}`;
}

/** Seconds in the unit that reads best: `820 ns`, `12.3 µs`, `1.09 ms`, `0.492 s` → `492 ms`, `12.3 s`. */
export function duration(s: number): string {
  const a = Math.abs(s);
  if (a === 0 || !Number.isFinite(a)) return `${s} s`;
  if (a < 1e-6) return `${sig3(s * 1e9)} ns`;
  if (a < 1e-3) return `${sig3(s * 1e6)} µs`;
  if (a < 1) return `${sig3(s * 1e3)} ms`;
  return `${sig3(s)} s`;
}

/** Wall-clock spans of a plan or a job: `42.5 s`, `13 min 10 s`. */
export function wallTime(s: number): string {
  if (s < 60) return `${sig3(s)} s`;
  const m = Math.floor(s / 60);
  const rest = Math.round(s - m * 60);
  return rest === 60 ? `${m + 1} min 0 s` : `${m} min ${rest} s`;
}

/** Bytes in binary units: `512 B`, `1.5 KiB`, `12.3 MiB`. */
export function bytes(b: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = b;
  let u = 0;
  while (Math.abs(v) >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? Math.round(v) : sig3(v)} ${units[u]}`;
}

/**
 * A benchmark value in its tool's unit, as the tool's users read it. Times in seconds scale to
 * ms/µs (hyperfine prints `491.9 ms`); pytest-benchmark's rate (`iter/sec`, kept as the stored
 * value so github-action-benchmark histories carry over) shows as time per round, as
 * pytest-benchmark's own table does; everything else keeps its unit with three digits.
 */
export function benchmarkValue(value: number, unit: string): string {
  if (unit === 's' || unit === 'sec' || unit === 'seconds') return duration(value);
  if (unit === 'iter/sec' && value > 0) return `${duration(1 / value)} per round`;
  return `${sig3(value)} ${unit}`;
}

/** Seconds kept in JSON (plans, reports): to the millisecond, far below timing noise. */
export function storedSeconds(s: number): number {
  return roundHalfUp(s, 3);
}
