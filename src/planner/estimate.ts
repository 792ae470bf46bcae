/**
 * Seconds per test from stale, noisy history. Timings come from different runners (a whole run
 * 2× slower), tests flap, suites get restructured, and new tests have no timing at all; the
 * estimate must be good for the *next* run, not fit the last one. Per test: the values of the
 * newest `window` distinct snapshots, each scaled to the newest runner, combined (weighted to the
 * newest by default), skipping snapshots from before a restructuring; tests never timed get a
 * guess (`guess.ts`).
 */
import { DEFAULT_SECONDS, guessMissing } from './guess.js';
import type { Estimate, EstimateSource, TimingSnapshot } from './types.js';

export { DEFAULT_SECONDS };

export interface EstimateOptions {
  /** How many of the newest distinct snapshots to combine. */
  readonly window?: number;
  /** `median` of the scaled values, or `recent`: a mean weighted toward the newest. */
  readonly combine?: 'median' | 'recent';
  /** Older snapshots whose spread against the newest exceeds this are another regime and ignored. */
  readonly regime?: number;
}

/**
 * Window and combination, chosen on the corpus replay (`npm run bench:planner -- --sweep`: 9
 * projects, 460 plan-and-score steps at file and case level; median / p90 realised makespan ÷
 * floor, and `err` = Σ|estimate − next| ÷ Σ next for tests with history):
 *   the last snapshot only        1.033 / 1.270, err 0.159
 *   2, weighted 2:1 to the newest 1.037 / 1.297, err 0.154   ← chosen
 *   2, mean                       1.041 / 1.301, err 0.154
 *   3, median                     1.047 / 1.323, err 0.170
 *   8, median                     1.064 / 1.387, err 0.174 (1.103 / 1.470 without the regime cut)
 * Plans from one or two snapshots tie within the corpus's noise; two weighted to the newest predict
 * the next run best and still damp a one-off slow run by a third. Longer windows and medians lose:
 * between versions weeks apart, real changes outnumber flaps, and a median of three needs two
 * agreeing runs to follow one. The regime cut (see `calibrate`) is what keeps long windows usable.
 */
export const DEFAULT_WINDOW = 2;
export const DEFAULT_COMBINE: 'median' | 'recent' = 'recent';
/** See `calibrate`: between the corpus's noise (≤ 0.2) and its restructured suites (≥ 0.3). */
export const DEFAULT_REGIME = 0.25;
/** Fewer common tests than this and a snapshot's scale factor is not trusted (taken as 1). */
const MIN_COMMON = 3;

/** Estimate sources by code, for the array form. */
export const SOURCES: readonly EstimateSource[] = ['history', 'file', 'folder', 'suite', 'default'];

/** Estimates parallel to `tests`: seconds, and the source as an index into `SOURCES`. */
export interface EstimateArrays {
  readonly seconds: Float64Array;
  readonly source: Uint8Array;
}

/**
 * Seconds and source per test (`history`: its own timings, or a moved test's; else a guess).
 * `options` exist for the benchmark's sweep; the defaults are its choice.
 */
export function estimateTests(
  tests: readonly string[],
  history: readonly TimingSnapshot[],
  options: EstimateOptions = {}
): Map<string, Estimate> {
  const { seconds, source } = estimateArrays(tests, history, options);
  const estimates = new Map<string, Estimate>();
  tests.forEach((test, i) => estimates.set(test, { seconds: seconds[i]!, source: SOURCES[source[i]!]! }));
  return estimates;
}

/**
 * The planner's form of `estimateTests`: typed arrays and one hash lookup per test and snapshot
 * read, so 100,000 tests stay cheap (the lookups are most of the time).
 */
export function estimateArrays(tests: readonly string[], history: readonly TimingSnapshot[], options: EstimateOptions = {}): EstimateArrays {
  const { rows, scales } = readWindow(tests, history, options);
  const seconds = combine(rows, scales, options.combine ?? DEFAULT_COMBINE, tests.length);
  const source = new Uint8Array(tests.length);
  for (const [i, guess] of guessMissing(tests, seconds, history[history.length - 1])) {
    seconds[i] = guess.seconds;
    source[i] = SOURCES.indexOf(guess.source);
  }
  return { seconds, source };
}

/**
 * The newest `window` distinct measurements, newest first, as rows parallel to `tests` (NaN: not
 * timed), each with its scale to the newest runner. A snapshot identical to the one after it is
 * skipped (at most 2 × window are read); the reading stops at the first one from another regime.
 */
function readWindow(tests: readonly string[], history: readonly TimingSnapshot[], options: EstimateOptions): { rows: Float64Array[]; scales: number[] } {
  const window = Math.max(1, options.window ?? DEFAULT_WINDOW);
  const rows: Float64Array[] = [];
  const scales: number[] = [];
  for (let s = history.length - 1; s >= Math.max(0, history.length - 2 * window) && rows.length < window; s--) {
    const row = readRow(tests, history[s]!);
    if (rows.length > 0 && sameTimings(rows[rows.length - 1]!, row)) continue;
    const calibration = rows.length === 0 ? { scale: 1, spread: 0 } : calibrate(rows[0]!, row);
    if (calibration.spread > (options.regime ?? DEFAULT_REGIME)) break;
    rows.push(row);
    scales.push(calibration.scale);
  }
  return { rows, scales };
}

/** Per test, the scaled values combined; NaN where no row timed it. */
function combine(rows: readonly Float64Array[], scales: readonly number[], how: 'median' | 'recent', n: number): Float64Array {
  if (rows.length === 1) return rows[0]!; // scale 1: the newest row is the estimate
  const seconds = new Float64Array(n);
  const scratch = new Float64Array(rows.length);
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let r = 0; r < rows.length; r++) {
      const v = rows[r]![i]!;
      if (v === v) scratch[count++] = v * scales[r]!; // newest first, as `recent` needs
    }
    seconds[i] = count === 0 ? NaN : how === 'recent' ? recentWeighted(scratch, count) : smallMedian(scratch, count);
  }
  return seconds;
}

function readRow(tests: readonly string[], snapshot: TimingSnapshot): Float64Array {
  const row = new Float64Array(tests.length);
  for (let i = 0; i < tests.length; i++) {
    const v = snapshot.get(tests[i]!);
    row[i] = v !== undefined && v >= 0 && v < Infinity ? v : NaN;
  }
  return row;
}

/**
 * True when every test both rows timed has the same seconds: the same measurement stored twice
 * (a timing file committed again unchanged), which must not count twice in the combination.
 */
function sameTimings(newer: Float64Array, older: Float64Array): boolean {
  let common = 0;
  for (let i = 0; i < newer.length; i++) {
    if (newer[i] === older[i]) common++;
    else if (newer[i] === newer[i] && older[i] === older[i]) return false; // both timed, and differ
  }
  return common > 0;
}

/**
 * How an older snapshot relates to the newest, over the tests both timed. `scale`: the median of
 * newest ÷ older, so scaling the older values puts them in the newest runner's seconds and a run
 * on a slower machine neither inflates its tests nor drags the median; the median, not the totals,
 * so tests that really changed do not move it. `spread`: the median |log| of what is left after
 * scaling — small when only noise separates the two (0.03–0.2 between consecutive versions in
 * the corpus), large when the suite was restructured (0.3–0.5), and then the old values say
 * little about the next run.
 */
function calibrate(newest: Float64Array, older: Float64Array): { scale: number; spread: number } {
  const ratios = new Float64Array(newest.length);
  let count = 0;
  for (let i = 0; i < newest.length; i++) {
    if (older[i]! > 0 && newest[i]! > 0) ratios[count++] = newest[i]! / older[i]!; // NaN > 0 is false
  }
  if (count < MIN_COMMON) return { scale: 1, spread: 0 }; // too little overlap to judge: trust, unscaled
  const common = ratios.subarray(0, count);
  const scale = median(common);
  for (let i = 0; i < count; i++) common[i] = Math.abs(Math.log(common[i]! / scale));
  return { scale, spread: median(common) };
}

/** Median by quickselect (linear time); reorders its argument, so callers pass scratch arrays. */
function median(values: Float64Array): number {
  const n = values.length;
  if (n === 0) return 0;
  const mid = n >> 1;
  const upper = select(values, mid);
  if (n % 2 === 1) return upper;
  let lower = -Infinity; // after select, values[0..mid) are the smaller half
  for (let i = 0; i < mid; i++) lower = Math.max(lower, values[i]!);
  return (lower + upper) / 2;
}

/** The k-th smallest value, leaving smaller ones before it and larger ones after (Hoare). */
function select(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    const pivot = middleOf(a[left]!, a[(left + right) >> 1]!, a[right]!);
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        [a[i], a[j]] = [a[j]!, a[i]!];
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return a[k]!;
  }
  return a[k]!;
}

function middleOf(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}

/** Median of the first `count` values, for the handful one test has: no allocation. */
function smallMedian(values: Float64Array, count: number): number {
  if (count === 1) return values[0]!;
  if (count === 2) return (values[0]! + values[1]!) / 2;
  if (count === 3) return middleOf(values[0]!, values[1]!, values[2]!);
  for (let i = 1; i < count; i++) {
    const v = values[i]!;
    let j = i - 1;
    for (; j >= 0 && values[j]! > v; j--) values[j + 1] = values[j]!;
    values[j + 1] = v;
  }
  const mid = count >> 1;
  return count % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

/** A mean with weights 1, ½, ¼, … from the newest value (given first). */
function recentWeighted(values: Float64Array, count: number): number {
  let sum = 0;
  let weights = 0;
  let weight = 1;
  for (let i = 0; i < count; i++) {
    sum += values[i]! * weight;
    weights += weight;
    weight /= 2;
  }
  return sum / weights;
}
