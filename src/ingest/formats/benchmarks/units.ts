import type { BaseUnit, BenchmarkResult, BetterDirection } from '../../../model/benchmarks.js';

/**
 * Units as benchmark tools write them, and what follows from them: the base unit and factor that
 * make `1.2 ms` and `1200 µs` compare, and which way is better.
 *
 * A unit is read as one of: a time (`ns`, `usec`), a size (`B`, `MiB`, `Megabytes`), a percentage,
 * a count (`allocs`, `cycles`); a rate `<thing>/<time>` (`ops/sec`, `MB/s`, `ops/ms`, `MS/s`); or a
 * cost per operation `<thing>/<op>` (`ns/op`, `ns/iter`, `B/op`, `allocs/op`). Units we cannot
 * read get no normalised value (never a guessed one), and are smaller-is-better, as every tool
 * github-action-benchmark knows treats them.
 */

export interface UnitInfo {
  readonly base: BaseUnit;
  /** Multiply a value in this unit by `factor` to get it in `base`. */
  readonly factor: number;
  /** Something per unit of time: more is better. */
  readonly rate: boolean;
}

const TIMES: Readonly<Record<string, number>> = {
  ns: 1e-9, nsec: 1e-9, nanosecond: 1e-9, nanoseconds: 1e-9,
  us: 1e-6, 'µs': 1e-6, 'μs': 1e-6, usec: 1e-6, microsecond: 1e-6, microseconds: 1e-6,
  ms: 1e-3, msec: 1e-3, millisecond: 1e-3, milliseconds: 1e-3,
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
  min: 60, minute: 60, minutes: 60
};

// Decimal prefixes for B are SI (Go's and libtest's MB/s are 10^6 bytes per second).
const SIZES: Readonly<Record<string, number>> = {
  B: 1, byte: 1, bytes: 1,
  kB: 1e3, KB: 1e3, kilobyte: 1e3, kilobytes: 1e3,
  MB: 1e6, megabyte: 1e6, megabytes: 1e6,
  GB: 1e9, gigabyte: 1e9, gigabytes: 1e9,
  TB: 1e12, terabyte: 1e12, terabytes: 1e12,
  KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4
};

/** Things counted per second or per operation, which an SI prefix may scale (`MS/s`, `kops/s`). */
const COUNTED = new Set(['op', 'ops', 'iter', 'iters', 'iteration', 'iterations', 'item', 'items', 'req', 'reqs', 'request', 'requests', 'call', 'calls', 'run', 'runs', 'S', 'sample', 'samples', 'event', 'events', 'msg', 'msgs', 'message', 'messages', 'element', 'elements', 'tx', 'frame', 'frames']);
const COUNTS = new Set(['count', 'allocs', 'alloc', 'allocations', 'cycles', 'instructions', ...COUNTED]);
const PREFIXES: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, M: 1e6, G: 1e9 };

/** Exact spelling first; only spelled-out words match case-insensitively (`MS` is mega-samples, not ms). */
function lookup(table: Readonly<Record<string, number>>, word: string): number | undefined {
  return table[word] ?? (word.length > 3 ? table[word.toLowerCase()] : undefined);
}

/** The factor of a counted thing with an optional SI prefix, e.g. `MS` → 1e6; undefined when not one. */
function countFactor(word: string): number | undefined {
  if (COUNTED.has(word) || COUNTED.has(word.toLowerCase())) return 1;
  const prefix = PREFIXES[word[0] ?? ''];
  const rest = word.slice(1);
  return prefix && (COUNTED.has(rest) || COUNTED.has(rest.toLowerCase())) ? prefix : undefined;
}

function rateOf(numerator: string, seconds: number): UnitInfo {
  const size = lookup(SIZES, numerator);
  if (size !== undefined) return { base: 'B/s', factor: size / seconds, rate: true };
  // An unknown thing per second is still a rate of something: 1/s, unscaled.
  return { base: '1/s', factor: (countFactor(numerator) ?? 1) / seconds, rate: true };
}

function perOperation(numerator: string): UnitInfo | undefined {
  const time = lookup(TIMES, numerator);
  if (time !== undefined) return { base: 's', factor: time, rate: false };
  const size = lookup(SIZES, numerator);
  if (size !== undefined) return { base: 'B', factor: size, rate: false };
  return COUNTS.has(numerator) || COUNTS.has(numerator.toLowerCase()) ? { base: 'count', factor: 1, rate: false } : undefined;
}

/** What a unit string means, or undefined when we cannot tell. */
export function unitInfo(raw: string): UnitInfo | undefined {
  const unit = raw.trim();
  if (unit === '%' || /^percent(age)?$/i.test(unit)) return { base: 'ratio', factor: 0.01, rate: false };
  const parts = unit.split('/');
  if (parts.length === 1) return perOperation(unit);
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  const [numerator, denominator] = parts as [string, string];
  const seconds = lookup(TIMES, denominator);
  if (seconds !== undefined) return rateOf(numerator, seconds);
  // `ns/op`, `B/op`, `allocs/op`, `cycles/iter`: a cost per operation of the benchmark.
  return perOperation(numerator);
}

/** Rates (ops/sec, MB/s) are bigger-is-better; times, sizes, counts and unknown units smaller. */
export function inferDirection(unit: string): BetterDirection {
  return unitInfo(unit)?.rate ? 'bigger-is-better' : 'smaller-is-better';
}

/** One result as a tool gives it; `result` adds what follows (direction, normalised values). */
export interface Draft {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly range?: string;
  readonly extra?: string;
  /** When the tool says (JMH modes, custom formats); otherwise inferred from the unit. */
  readonly direction?: BetterDirection;
  readonly samples?: readonly number[];
}

export function result(d: Draft): BenchmarkResult {
  const info = unitInfo(d.unit);
  const samples = d.samples && d.samples.length > 0 ? d.samples : undefined;
  return {
    name: d.name,
    value: d.value,
    unit: d.unit,
    ...(d.range !== undefined && { range: d.range }),
    ...(d.extra !== undefined && { extra: d.extra }),
    direction: d.direction ?? inferDirection(d.unit),
    ...(samples && { samples }),
    ...(info && {
      normalized: {
        unit: info.base,
        value: d.value * info.factor,
        ...(samples && { samples: samples.map((s) => s * info.factor) })
      }
    })
  };
}

/**
 * The value of repeated runs when the tool gives none of its own (go -count, Google Benchmark
 * repetitions, Julia trials) is their median, as benchstat and Google Benchmark's own `_median`
 * do: one slow outlier run does not move it.
 */
export { median } from '../../../stats/median.js';
