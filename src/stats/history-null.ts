/**
 * The null model of history mode: what one run's value of a benchmark looks like when nothing
 * changed, learnt from that benchmark's own past runs rather than assumed.
 *
 * Model, on oriented log values (log of a time, minus log of a rate, so that "slower" is positive
 * for every benchmark): y_{b,k} = level_b + shift_k + e_{b,k}, b a benchmark, k a run. Every
 * benchmark in a run shares the runner's speed shift_k; e is the benchmark's own noise.
 * 1. Robust two-way fit, two sweeps of Tukey's median polish (Tukey 1977, Exploratory Data
 *    Analysis, ch. 11): level_b = median_k (y − shift_k); shift_k = median_b (y − level_b) over the
 *    benchmarks that move with the runner (needs ≥ 3 in the run, else 0). Deterministic metrics
 *    (sizes, counts: no spread at all in the window) are neither used for nor adjusted by it.
 * 2. Each past run's residual leaves its own value out of the level (e = y − shift − median of the
 *    others), so past residuals are out-of-sample, as the head's residual is.
 * 3. Under "no change" the head's residual is exchangeable with the n past residuals, so its rank
 *    among them gives an exact conformal p-value, (1 + #{e ≥ r}) / (n + 1) (Vovk, Gammerman &
 *    Shafer 2005, Algorithmic Learning in a Random World, ch. 2); the + 1 is the finite-sample
 *    correction. It cannot go below 1/(n + 1), about 0.05 for 20 runs: one run proves little.
 * 4. Beyond the largest past residual, the tail is extrapolated as a generalised Pareto law
 *    (Pickands 1975; the peaks-over-threshold limit of extreme-value theory) anchored there:
 *      p = (1/(n + 1)) · (1 + ξ (r − e_max) / d̄)^(−1/ξ),  d̄ = mean |e| (the series' own spread).
 *    The shape ξ is the one constant fitted to data: on real continuous-benchmark histories
 *    (bench/detector.mjs replays them), one-run spikes of +50% on 2%-noise series are common, so the
 *    tail is heavier than exponential (ξ = 0). See DEFAULT_TAIL_SHAPE.
 */
import { median } from './median.js';

/** ξ of the tail beyond the largest past residual; calibrated on half the real histories, checked on the rest. */
export const DEFAULT_TAIL_SHAPE = 0.5;
const MIN_SHIFT_BENCHMARKS = 3;

export interface NullOptions {
  readonly minRuns: number;
  readonly minBenchmarksForShift?: number;
  readonly adjustHistoryRuns?: boolean;
  readonly tailShape?: number;
}

/** One benchmark's past, as the fit leaves it. */
export interface SeriesNull {
  /** Oriented log level (median of the run-adjusted past). */
  readonly level: number;
  /** Leave-one-out residuals, ascending. */
  readonly residuals: Float64Array;
  /** Mean absolute residual d̄ (0 for a deterministic metric). */
  readonly spread: number;
  /** Moves with the runner: the run shift is removed from it. */
  readonly shiftable: boolean;
}

/** The window's fit; `series[b]` is undefined for a benchmark with fewer than minRuns values. */
export interface WindowFit {
  readonly series: readonly (SeriesNull | undefined)[];
  readonly counts: readonly number[];
  readonly minBenchmarksForShift: number;
  /** The largest |shift_k| of the window: runner moves the model has seen in this history. */
  readonly shiftRange: number;
}

const present = (row: Float64Array): number[] => Array.from(row).filter((x) => !Number.isNaN(x));

function madOf(values: readonly number[]): number {
  const m = median(values);
  return median(values.map((x) => Math.abs(x - m)));
}

/** shift_k per run: the median deviation of the shiftable benchmarks, or 0 with too few of them. */
function runShifts(rows: readonly Float64Array[], levels: readonly number[], shiftable: readonly boolean[], runs: number, least: number): Float64Array {
  const shifts = new Float64Array(runs);
  for (let k = 0; k < runs; k++) {
    const deltas: number[] = [];
    rows.forEach((row, b) => {
      if (shiftable[b] && !Number.isNaN(row[k]!)) deltas.push(row[k]! - levels[b]!);
    });
    shifts[k] = deltas.length >= least ? median(deltas) : 0;
  }
  return shifts;
}

/**
 * Residual of each value against the median of the others (step 2). For the value at sorted index
 * i the others' median is read off the sorted list with that one index skipped.
 */
export function leaveOneOutResiduals(values: readonly number[]): Float64Array {
  const sorted = Float64Array.from(values).sort();
  const m = sorted.length - 1;
  const at = (j: number, i: number) => sorted[j < i ? j : j + 1]!;
  const out = new Float64Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const others = m % 2 === 1 ? at((m - 1) / 2, i) : (at(m / 2 - 1, i) + at(m / 2, i)) / 2;
    out[i] = sorted[i]! - others;
  }
  return out.sort();
}

/** Steps 1–2 over a window: `rows[b][k]` is benchmark b's oriented log value in run k (NaN when absent). */
export function fitWindow(rows: readonly Float64Array[], o: NullOptions): WindowFit {
  const least = o.minBenchmarksForShift ?? MIN_SHIFT_BENCHMARKS;
  const values = rows.map(present);
  const counts = values.map((v) => v.length);
  const usable = counts.map((c) => c >= o.minRuns && c >= 2);
  const shiftable = values.map((v, b) => usable[b]! && (o.adjustHistoryRuns ?? true) && madOf(v) > 0);
  const runs = rows[0]?.length ?? 0;
  let levels = values.map((v, b) => (usable[b] ? median(v) : NaN));
  let shifts: Float64Array = new Float64Array(runs);
  if (shiftable.some(Boolean)) {
    for (let sweep = 0; sweep < 2; sweep++) {
      shifts = runShifts(rows, levels, shiftable, runs, least);
      levels = rows.map((row, b) => (usable[b] ? median(adjusted(row, shiftable[b]!, shifts)) : NaN));
    }
  }
  const series = rows.map((row, b): SeriesNull | undefined => {
    if (!usable[b]) return undefined;
    const residuals = leaveOneOutResiduals(adjusted(row, shiftable[b]!, shifts));
    const spread = residuals.reduce((s, e) => s + Math.abs(e), 0) / residuals.length;
    return { level: levels[b]!, residuals, spread, shiftable: shiftable[b]! };
  });
  const shiftRange = shifts.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  return { series, counts, minBenchmarksForShift: least, shiftRange };
}

function adjusted(row: Float64Array, shiftable: boolean, shifts: Float64Array): number[] {
  const out: number[] = [];
  row.forEach((x, k) => {
    if (!Number.isNaN(x)) out.push(shiftable ? x - shifts[k]! : x);
  });
  return out;
}

/** A new run's shared shift against the fitted levels: `heads[b]` oriented log or NaN. */
export function headShift(fit: WindowFit, heads: readonly number[]): { shift: number; benchmarks: number } {
  const deltas = heads.flatMap((y, b) => {
    const s = fit.series[b];
    return s?.shiftable && !Number.isNaN(y) ? [y - s.level] : [];
  });
  return deltas.length >= fit.minBenchmarksForShift ? { shift: median(deltas), benchmarks: deltas.length } : { shift: 0, benchmarks: 0 };
}

/** The head's residual (step 2 for the new run): its value minus level and, when it moves with the runner, the run's shift. */
export function residualOf(s: SeriesNull, y: number, shift: number): number {
  return y - s.level - (s.shiftable ? shift : 0);
}

/** P(E ≥ x) under the series' null (steps 3–4); `residuals` ascending. */
export function upperTail(x: number, s: SeriesNull, xi = DEFAULT_TAIL_SHAPE): number {
  const e = s.residuals;
  const n = e.length;
  if (s.spread === 0) return x > 0 ? 0 : 1;
  const top = e[n - 1]!;
  if (x <= top) return (1 + (n - lowerBound(e, x))) / (n + 1);
  const t = (x - top) / s.spread;
  return (xi === 0 ? Math.exp(-t) : (1 + xi * t) ** (-1 / xi)) / (n + 1);
}

/** P(E ≤ x): the upper tail of the mirrored residuals. */
export function lowerTail(x: number, s: SeriesNull, xi = DEFAULT_TAIL_SHAPE): number {
  const mirrored = Float64Array.from(s.residuals, (e) => -e).reverse();
  return upperTail(-x, { ...s, residuals: mirrored }, xi);
}

/**
 * The smallest worse residual whose one-run p-value reaches `level` (inverting step 4, or the rank
 * of step 3 when the level is within reach of the ranks). Infinity when nothing could.
 */
export function detectableResidual(s: SeriesNull, level: number, xi = DEFAULT_TAIL_SHAPE): number {
  const e = s.residuals;
  const n = e.length;
  if (s.spread === 0) return 0;
  const top = e[n - 1]!;
  const scaled = level * (n + 1);
  if (scaled >= 1) {
    // (1 + #{e ≥ x}) ≤ scaled: at most ⌊scaled⌋ − 1 past residuals at or above x.
    const allowed = Math.floor(scaled) - 1;
    return allowed >= n ? -Infinity : e[n - 1 - allowed]! + 1e-12;
  }
  const t = xi === 0 ? -Math.log(scaled) : (scaled ** -xi - 1) / xi;
  return top + t * s.spread;
}

/** First index with e[i] ≥ x in an ascending array. */
function lowerBound(e: Float64Array, x: number): number {
  let lo = 0;
  let hi = e.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (e[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
