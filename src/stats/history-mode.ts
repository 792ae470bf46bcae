/**
 * History mode: one value per benchmark per run, the head run judged against the last N runs of the
 * default branch. Much weaker than same-job A/B (the runner changes from run to run), so its verdicts
 * carry `action: 'warn'` unless the caller asks otherwise.
 *
 * Model, on log values: x_{b,k} = level_b + shift_k + noise, b a benchmark, k a run. Every benchmark
 * in a run shares the runner's speed shift_k; the noise is heavy-tailed.
 * 1. Robust two-way fit, one sweep of Tukey's median polish (Tukey 1977, Exploratory Data Analysis,
 *    ch. 11): level_b = median_k x_{b,k}; shift_k = median_b (x_{b,k} − level_b) (needs ≥ 3
 *    benchmarks in the run); level_b and the spread are then recomputed on x − shift_k. Taking the
 *    past runs' shifts out too (not only the head's) shrinks the spread to the benchmark's own noise.
 * 2. The head run's shift s = median_b (log head_b − level_b) is removed and reported; residual
 *    r_b = log head_b − level_b − s.
 * 3. Scale σ_b = 1.4826 · MAD of the adjusted history (consistent for the normal; when over half the
 *    values tie and MAD = 0, 1.2533 · mean absolute deviation instead), times √(1 + π/(2N)) for the
 *    error of level_b itself (Var median ≈ (π/2) σ²/N).
 * 4. Null: z = r_b / σ_b ~ Student-t with `df` degrees of freedom (default 3). Why heavy: a single
 *    value per run cannot average away stalls and noisy neighbours, and σ_b comes from N ≈ 20 values.
 *    bench/detector.mjs (5,000 A/A PRs of 20 benchmarks, N = 20) measures the false alarms per PR
 *    at q = 0.01: normal null 18.7%, t₅ 3.6%, t₄ 2.1%, t₃ 0.56% (Wilson 0.39–0.81%), t₂ 0.02%;
 *    3 is the largest whole df that keeps within the level. The price: one value per run only
 *    sees big moves (+100%: a third of PRs; +10%: almost never), so this mode warns by default.
 * 5. Benjamini–Hochberg across benchmarks, and the A/B detector's decision rule (q ≤ level and
 *    at least minEffect, direction-aware). A benchmark with fewer than `minRuns` values is
 *    "insufficient", never a silent pass.
 * Pass benchmarks that share the runner's speed (times, throughputs) in one call; deterministic
 * metrics (sizes, counts) belong in a call of their own, or the run shift would be added to them.
 */
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import { decide, DEFAULT_MIN_EFFECT, DEFAULT_Q, type Direction, type VerdictKind } from './detector.js';
import { median } from './median.js';
import { benjaminiHochberg } from './multiple.js';

export interface HistoryRun {
  readonly id?: string;
  /** One value per benchmark name, as measured in that run. */
  readonly values: Readonly<Record<string, number>>;
}

export interface HistoryBenchmark {
  readonly name: string;
  /** This run's value. */
  readonly head: number;
  readonly direction: Direction;
}

export interface HistoryOptions {
  /** How many of the most recent runs to use (default 20). */
  readonly window?: number;
  /** Fewest runs with a value before a benchmark is judged (default 10). */
  readonly minRuns?: number;
  readonly q?: number;
  readonly minEffect?: number;
  /** Degrees of freedom of the Student-t null (default 3). */
  readonly df?: number;
  /** What a regression does; history mode defaults to warn. */
  readonly action?: 'warn' | 'block';
  /** Fewest benchmarks in a run before its shift is estimated (default 3; else taken as 0). */
  readonly minBenchmarksForShift?: number;
  /** Remove every past run's shift as well (default true). */
  readonly adjustHistoryRuns?: boolean;
}

export interface HistoryVerdict {
  readonly name: string;
  readonly verdict: VerdictKind;
  readonly action: 'warn' | 'block';
  /** head / typical level, with the run shift removed. */
  readonly ratio: number | null;
  /** head / typical level, as measured. */
  readonly rawRatio: number | null;
  /** σ_b as a relative spread, exp(σ_b) − 1. */
  readonly spread: number | null;
  readonly z: number | null;
  readonly pValue: number | null;
  readonly qValue: number | null;
  readonly runs: number;
  readonly strong: boolean;
  readonly reason: string;
}

export interface HistoryResult {
  /** The head run's shared shift as a ratio (1.04 = every benchmark 4% slower this run). */
  readonly runShift: number;
  /** How many benchmarks it was estimated from (0 = not removed). */
  readonly runShiftBenchmarks: number;
  readonly verdicts: HistoryVerdict[];
}

const valid = (v: number | undefined): v is number => v !== undefined && v > 0 && Number.isFinite(v);
const MAD_TO_SD = 1.4826;
const MEAN_AD_TO_SD = 1.2533;

/** Log values per benchmark over the window, NaN where a run has none. */
function matrix(benchmarks: readonly HistoryBenchmark[], runs: readonly HistoryRun[]): Float64Array[] {
  return benchmarks.map((b) => Float64Array.from(runs, (r) => (valid(r.values[b.name]) ? Math.log(r.values[b.name]!) : NaN)));
}

const present = (row: Float64Array): number[] => Array.from(row).filter((x) => !Number.isNaN(x));

/** shift = median over usable rows of (value − level), or 0 with too few benchmarks. */
function sharedShift(values: number[], levels: number[], minBenchmarks: number): number {
  const deltas = values.flatMap((x, i) => (Number.isNaN(x) ? [] : [x - levels[i]!]));
  return deltas.length >= minBenchmarks ? median(deltas) : 0;
}

/** Step 1: levels (and adjusted rows) after one sweep of median polish. */
function polish(rows: Float64Array[], usable: boolean[], o: Required<HistoryOptions>): Float64Array[] {
  if (!o.adjustHistoryRuns) return rows;
  const used = rows.filter((_, b) => usable[b]);
  const levels = used.map((row) => median(present(row)));
  const runs = used[0]?.length ?? 0;
  const shifts = Array.from({ length: runs }, (_, k) => sharedShift(used.map((row) => row[k]!), levels, o.minBenchmarksForShift));
  return rows.map((row, b) => (usable[b] ? row.map((x, k) => x - shifts[k]!) : row));
}

/** Step 3: σ_b from MAD (mean AD when MAD = 0), widened for the error of the level. */
function scaleOf(values: number[], level: number): number {
  const deviations = values.map((x) => Math.abs(x - level));
  const mad = MAD_TO_SD * median(deviations);
  const spread = mad > 0 ? mad : (MEAN_AD_TO_SD * deviations.reduce((a, d) => a + d, 0)) / deviations.length;
  return spread * Math.sqrt(1 + Math.PI / (2 * values.length));
}

function options(o: HistoryOptions): Required<HistoryOptions> {
  const full = {
    window: o.window ?? 20,
    minRuns: o.minRuns ?? 10,
    q: o.q ?? DEFAULT_Q,
    minEffect: o.minEffect ?? DEFAULT_MIN_EFFECT,
    df: o.df ?? 3,
    action: o.action ?? 'warn',
    minBenchmarksForShift: o.minBenchmarksForShift ?? 3,
    adjustHistoryRuns: o.adjustHistoryRuns ?? true
  } as const;
  if (!(full.q > 0 && full.q < 1)) throw new RangeError(`historyMode: q must be in (0, 1), got ${full.q}`);
  if (!(full.minEffect >= 0 && full.minEffect < 1)) throw new RangeError(`historyMode: minEffect must be in [0, 1), got ${full.minEffect}`);
  if (!(full.df > 0)) throw new RangeError(`historyMode: df must be > 0, got ${full.df}`);
  if (!(Number.isInteger(full.window) && full.window >= 1 && full.minRuns >= 2)) throw new RangeError('historyMode: window must be ≥ 1 and minRuns ≥ 2');
  return full;
}

export function historyMode(runs: readonly HistoryRun[], benchmarks: readonly HistoryBenchmark[], opts: HistoryOptions = {}): HistoryResult {
  const o = options(opts);
  const window = runs.slice(-o.window);
  const raw = matrix(benchmarks, window);
  const counts = raw.map((row) => present(row).length);
  const usable = benchmarks.map((b, i) => valid(b.head) && counts[i]! >= o.minRuns);
  const rows = polish(raw, usable, o);
  const levels = rows.map((row, i) => (usable[i] ? median(present(row)) : NaN));
  const heads = benchmarks.map((b, i) => (usable[i] ? Math.log(b.head) : NaN));
  const used = heads.flatMap((h, i) => (usable[i] ? [h - levels[i]!] : []));
  const shift = used.length >= o.minBenchmarksForShift ? median(used) : 0;
  const tested = benchmarks.flatMap((b, i) => (usable[i] ? [evidence(b, heads[i]! - levels[i]!, shift, rows[i]!, levels[i]!, o.df)] : []));
  const qWorse = benjaminiHochberg(tested.map((t) => t.pWorse));
  const qBetter = benjaminiHochberg(tested.map((t) => t.pBetter));
  let k = 0;
  const verdicts = benchmarks.map((b, i): HistoryVerdict => {
    if (!usable[i]) return insufficient(b, counts[i]!, o);
    const t = tested[k]!;
    // No CI here, so `decide` never calls a history verdict strong.
    const decision = decide(b.direction, { ...t, qWorse: qWorse[k]!, qBetter: qBetter[k++]! }, o);
    return { name: b.name, action: o.action, ratio: Math.exp(t.residual), rawRatio: Math.exp(t.raw), spread: Math.expm1(t.scale), z: t.z, runs: counts[i]!, ...decision };
  });
  return { runShift: Math.exp(shift), runShiftBenchmarks: used.length >= o.minBenchmarksForShift ? used.length : 0, verdicts };
}

/** Steps 2–4 for one benchmark: residual, scale, z and the two one-sided t p-values. */
function evidence(b: HistoryBenchmark, raw: number, shift: number, row: Float64Array, level: number, df: number) {
  const residual = raw - shift;
  const scale = scaleOf(present(row), level);
  const badShift = b.direction === 'smaller-is-better' ? residual : -residual;
  const z = scale > 0 ? badShift / scale : badShift === 0 ? 0 : Math.sign(badShift) * Infinity;
  // P(T ≥ z) as F(−z), so tiny p-values keep their digits.
  return { raw, residual, scale, z, badShift, pWorse: tCdf(-z, df), pBetter: tCdf(z, df) };
}

function insufficient(b: HistoryBenchmark, runs: number, o: Required<HistoryOptions>): HistoryVerdict {
  const reason = !valid(b.head)
    ? `this run's value (${b.head}) is zero, negative or not finite: levels are compared on logs`
    : `${runs} of the last ${o.window} runs have a value; at least ${o.minRuns} are needed`;
  const none = { ratio: null, rawRatio: null, spread: null, z: null, pValue: null, qValue: null };
  return { name: b.name, verdict: 'insufficient', action: o.action, ...none, runs, strong: false, reason };
}
