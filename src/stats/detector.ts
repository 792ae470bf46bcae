/**
 * Same-job A/B regression verdicts: base and head samples of each benchmark, measured interleaved
 * in one job, so the runner's run-level speed cancels and only the sample noise is left.
 *
 * Per benchmark, on log values (a slowdown is a ratio; logs make ×1.1 and ÷1.1 the same size):
 * - a one-sided Mann–Whitney U test in the bad direction (head slower, or head lower for
 *   bigger-is-better) and, symmetrically, one in the good direction for improvements;
 * - the Hodges–Lehmann shift as a ratio head/base with its distribution-free CI.
 * Across benchmarks, Benjamini–Hochberg q-values, separately for the regression tests and the
 * improvement tests (improvements never block, so they must not spend the regression budget).
 *
 * regression  ⇔ q_regression ≤ level AND the estimate is worse by at least minEffect
 *               (ratio ≥ 1 + minEffect when smaller is better, ratio ≤ 1 − minEffect when bigger is);
 * improvement ⇔ the mirror image; unchanged otherwise;
 * insufficient ⇔ the test can never reach the level (1/C(m+n, m) > level: too few samples), or a
 *               value is ≤ 0 or not finite (no logs): never a silent pass.
 * strong      ⇔ the whole CI lies beyond minEffect on the verdict's side.
 * "Exactly at the boundary counts": an effect equal to minEffect or a q equal to the level flags,
 * with a relative tolerance of 1e-9 so that rounding in log/exp cannot move a value across it.
 */
import { percent } from '../model/format.js';
import { hodgesLehmannShift } from './hodges-lehmann.js';
import { mannWhitney, minimumPValue, type MannWhitneyBoth } from './mann-whitney.js';
import { benjaminiHochberg } from './multiple.js';

/** As `BetterDirection` in src/model/benchmarks.ts. */
export type Direction = 'smaller-is-better' | 'bigger-is-better';
export type VerdictKind = 'regression' | 'improvement' | 'unchanged' | 'insufficient';

export interface BenchmarkSamples {
  readonly name: string;
  readonly base: readonly number[];
  readonly head: readonly number[];
  readonly direction: Direction;
}

export interface CompareOptions {
  /** False discovery rate level for the BH q-values (default 0.01). */
  readonly q?: number;
  /** Smallest relative change worth failing for (default 0.03 = 3%). */
  readonly minEffect?: number;
  /** Two-sided confidence of the reported CI (default 0.95). */
  readonly confidence?: number;
}

export interface Verdict {
  readonly name: string;
  readonly verdict: VerdictKind;
  /** Hodges–Lehmann head/base ratio; null when logs are impossible. */
  readonly ratio: number | null;
  readonly ci: readonly [number, number] | null;
  /** One-sided p of the test on the side the estimate points to (worse → regression test). */
  readonly pValue: number | null;
  /** Its BH q-value within that family; null when the benchmark could not be tested. */
  readonly qValue: number | null;
  readonly samples: { readonly base: number; readonly head: number };
  readonly strong: boolean;
  readonly reason: string;
}

export const DEFAULT_Q = 0.01;
export const DEFAULT_MIN_EFFECT = 0.03;
export const DEFAULT_CONFIDENCE = 0.95;
/** Relative tolerance at the boundaries (see the header). */
export const BOUNDARY_TOLERANCE = 1e-9;

interface Tested {
  readonly index: number;
  /** Log shift oriented so that positive = worse. */
  readonly badShift: number;
  readonly badCi: readonly [number, number];
  readonly pWorse: number;
  readonly pBetter: number;
}

/** Fewest samples per side for which 1/C(2k, k) ≤ level. */
export function samplesNeeded(level: number): number {
  let k = 1;
  while (minimumPValue(k, k) > level * (1 + BOUNDARY_TOLERANCE)) k++;
  return k;
}

function checkOptions(options: CompareOptions) {
  const q = options.q ?? DEFAULT_Q;
  const minEffect = options.minEffect ?? DEFAULT_MIN_EFFECT;
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  if (!(q > 0 && q < 1)) throw new RangeError(`compareSamples: q must be in (0, 1), got ${q}`);
  if (!(minEffect >= 0 && minEffect < 1)) throw new RangeError(`compareSamples: minEffect must be in [0, 1), got ${minEffect}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`compareSamples: confidence must be in (0, 1), got ${confidence}`);
  return { q, minEffect, confidence };
}

/** Why a benchmark cannot be tested, or undefined when it can. */
export function insufficiency(base: readonly number[], head: readonly number[], level: number): string | undefined {
  const bad = [...base, ...head].filter((v) => !(v > 0 && Number.isFinite(v))).length;
  if (bad > 0) return `${bad} value(s) are zero, negative or not finite: ratios are compared on logs, so this benchmark cannot be tested`;
  const least = minimumPValue(base.length, head.length);
  if (least > level * (1 + BOUNDARY_TOLERANCE)) {
    return `${base.length} base and ${head.length} head samples: the smallest possible p-value, 1/C(${base.length + head.length}, ${head.length}) = ${fmt(least)}, is above the level ${level}; at least ${samplesNeeded(level)} samples each are needed`;
  }
  return undefined;
}

const pair = (r: MannWhitneyBoth) => ({ pWorse: r.pGreater, pBetter: r.pLess });

function measure(b: BenchmarkSamples, index: number, confidence: number): Tested {
  const sign = b.direction === 'smaller-is-better' ? 1 : -1;
  const head = b.head.map((v) => sign * Math.log(v));
  const base = b.base.map((v) => sign * Math.log(v));
  const shift = hodgesLehmannShift(head, base, { confidence });
  return {
    index,
    badShift: shift.estimate,
    badCi: shift.ci,
    ...pair(mannWhitney(head, base))
  };
}

export function compareSamples(benchmarks: readonly BenchmarkSamples[], options: CompareOptions = {}): Verdict[] {
  const { q, minEffect, confidence } = checkOptions(options);
  const reasons = benchmarks.map((b) => insufficiency(b.base, b.head, q));
  const tested = benchmarks.flatMap((b, i) => (reasons[i] === undefined ? [measure(b, i, confidence)] : []));
  const qWorse = benjaminiHochberg(tested.map((t) => t.pWorse));
  const qBetter = benjaminiHochberg(tested.map((t) => t.pBetter));
  const byIndex = new Map(tested.map((t, k) => [t.index, verdictOf(benchmarks[t.index]!, t, qWorse[k]!, qBetter[k]!, { q, minEffect })]));
  return benchmarks.map((b, i) => byIndex.get(i) ?? insufficientVerdict(b, reasons[i]!, confidence));
}

function insufficientVerdict(b: BenchmarkSamples, reason: string, confidence: number): Verdict {
  const samples = { base: b.base.length, head: b.head.length };
  // Exact counters (Go's B/op and allocs/op, often 0) that read the same on every run of both
  // sides did not change, however few the samples and even at zero, where logs are impossible.
  const [first] = b.base;
  if (first !== undefined && Number.isFinite(first) && samples.head > 0 && [...b.base, ...b.head].every((v) => v === first)) {
    return { name: b.name, verdict: 'unchanged', ratio: 1, ci: [1, 1], pValue: null, qValue: null, samples, strong: false, reason: `every sample is ${first} on both sides` };
  }
  const positive = [...b.base, ...b.head].every((v) => v > 0 && Number.isFinite(v));
  const estimable = positive && samples.base > 0 && samples.head > 0;
  const shift = estimable ? hodgesLehmannShift(b.head.map(Math.log), b.base.map(Math.log), { confidence }) : undefined;
  return {
    name: b.name,
    verdict: 'insufficient',
    ratio: shift ? Math.exp(shift.estimate) : null,
    ci: shift ? [Math.exp(shift.ci[0]), Math.exp(shift.ci[1])] : null,
    pValue: null,
    qValue: null,
    samples,
    strong: false,
    reason: samples.base === 0 || samples.head === 0 ? `no ${samples.base === 0 ? 'base' : 'head'} samples` : reason
  };
}

/** Log thresholds, oriented so that positive = worse: worse by minEffect, better by minEffect. */
function thresholds(direction: Direction, minEffect: number) {
  const up = Math.log1p(minEffect);
  const down = -Math.log1p(-minEffect);
  // Smaller is better: worse = ratio ≥ 1 + e (log ≥ up); better = ratio ≤ 1 − e (log ≤ −down).
  // Bigger is better, in the flipped sign: worse = ratio ≤ 1 − e; better = ratio ≥ 1 + e.
  return direction === 'smaller-is-better' ? { worse: up, better: down } : { worse: down, better: up };
}

/** One benchmark's evidence, oriented so that a positive shift is worse. */
export interface OrientedEvidence {
  readonly badShift: number;
  /** CI of badShift, when there is one (it decides "strong"). */
  readonly badCi?: readonly [number, number];
  readonly pWorse: number;
  readonly pBetter: number;
  readonly qWorse: number;
  readonly qBetter: number;
}

export interface Decision {
  readonly verdict: Exclude<VerdictKind, 'insufficient'>;
  readonly pValue: number;
  readonly qValue: number;
  readonly strong: boolean;
  readonly reason: string;
}

/** The verdict rule of the header, shared by the A/B detector and history mode. */
export function decide(direction: Direction, e: OrientedEvidence, o: { q: number; minEffect: number }): Decision {
  const limit = thresholds(direction, o.minEffect);
  const atLeast = (value: number, bound: number) => value >= bound - (Math.abs(bound) + 1) * BOUNDARY_TOLERANCE;
  const significant = (qValue: number) => qValue <= o.q * (1 + BOUNDARY_TOLERANCE);
  const worseSide = e.badShift >= 0;
  const pValue = worseSide ? e.pWorse : e.pBetter;
  const qValue = worseSide ? e.qWorse : e.qBetter;
  const ratio = Math.exp(direction === 'smaller-is-better' ? e.badShift : -e.badShift);
  const change = `${pct(ratio)} ${worseSide ? 'worse' : 'better'}`;
  const flagged = significant(qValue) && atLeast(Math.abs(e.badShift), worseSide ? limit.worse : limit.better);
  if (flagged) {
    // The CI end nearest to "no change" must itself be beyond the minimum effect.
    const near = e.badCi ? (worseSide ? e.badCi[0] : -e.badCi[1]) : -Infinity;
    const strong = atLeast(near, worseSide ? limit.worse : limit.better);
    const tail = strong ? '; the whole CI is beyond the minimum effect' : '';
    return { verdict: worseSide ? 'regression' : 'improvement', pValue, qValue, strong, reason: `${change} (q = ${fmt(qValue)} ≤ ${o.q}, at least ${pct1(o.minEffect)})${tail}` };
  }
  const why = significant(qValue) ? `significant (q = ${fmt(qValue)}) but smaller than the ${pct1(o.minEffect)} minimum effect` : `not significant (q = ${fmt(qValue)} > ${o.q})`;
  return { verdict: 'unchanged', pValue, qValue, strong: false, reason: `${change}, ${why}` };
}

function verdictOf(b: BenchmarkSamples, t: Tested, qWorse: number, qBetter: number, o: { q: number; minEffect: number }): Verdict {
  const sign = b.direction === 'smaller-is-better' ? 1 : -1;
  const ends = [Math.exp(sign * t.badCi[0]), Math.exp(sign * t.badCi[1])].sort((x, y) => x - y) as [number, number];
  const decision = decide(b.direction, { ...t, qWorse, qBetter }, o);
  return { name: b.name, ratio: Math.exp(sign * t.badShift), ci: ends, samples: { base: b.base.length, head: b.head.length }, ...decision };
}

export function fmt(x: number): string {
  return x >= 0.001 ? x.toPrecision(2) : x.toExponential(1);
}
/** How far `ratio` is from 1, as people read a change: `1.1` → `10%`, `0.955` → `4.5%`. */
export function pct(ratio: number): string {
  return percent(Math.abs(ratio - 1), 1);
}
export function pct1(fraction: number): string {
  return percent(fraction, 2);
}
