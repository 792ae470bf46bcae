/**
 * History mode: one value per benchmark per run, the head run judged against the last N runs of the
 * default branch. Much weaker than same-job A/B (the runner changes from run to run), so its verdicts
 * carry `action: 'warn'` unless the caller asks otherwise.
 *
 * The null comes from each benchmark's own past (history-null.ts): its residuals after the run-wide
 * shift is removed, an exact conformal rank within their range and a generalised Pareto tail beyond
 * it; the benchmark must look worse with and without the shift removed (see `judge`). Then
 * Benjamini–Hochberg across benchmarks and the A/B detector's decision rule (q ≤ level and at least
 * minEffect, direction-aware).
 *
 * What one run cannot do: on a series whose runs vary by 8%, a 5% move is indistinguishable from
 * noise. When the head is worse by at least minEffect but not significant, the verdict is
 * "insufficient" with the reason and `detectable`, the smallest move one run could prove.
 *
 * On the default branch (`confirm: true`) a suspected regression (q ≤ watchQ, at least minEffect) is
 * "watching": it becomes a regression only when the next `confirmRuns` runs each stay worse than
 * half the suspected move (and minEffect) against the same baseline, the way a reviewer reads a
 * chart. Real CI histories are full of one-run spikes (+50% and back is common), and those never
 * page anyone. The defaults (tail shape, watchQ 0.05, 2 confirming runs) were chosen on half of the
 * real histories in the shared corpus and checked on the other half (bench/detector.mjs).
 *
 * A benchmark with fewer than `minRuns` values, or a head ≤ 0, is "insufficient", never a silent pass.
 * Pass benchmarks that share the runner's speed in one call; deterministic metrics (no spread in
 * the window) are recognised and left out of the run shift.
 */
import { percent, sig3 } from '../model/format.js';
import { decide, DEFAULT_MIN_EFFECT, DEFAULT_Q, fmt, pct, BOUNDARY_TOLERANCE, type Decision, type Direction, type VerdictKind } from './detector.js';
import { DEFAULT_TAIL_SHAPE, detectableResidual, fitWindow, headShift, lowerTail, residualOf, upperTail, type SeriesNull, type WindowFit } from './history-null.js';
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
  /** How many of the most recent runs form the baseline (default 20). */
  readonly window?: number;
  /** Fewest runs with a value before a benchmark is judged (default 10). */
  readonly minRuns?: number;
  readonly q?: number;
  readonly minEffect?: number;
  /** ξ of the generalised Pareto tail beyond the largest past residual (default DEFAULT_TAIL_SHAPE). */
  readonly tailShape?: number;
  /** What a regression does; history mode defaults to warn. */
  readonly action?: 'warn' | 'block';
  /** Fewest benchmarks in a run before its shift is estimated (default 3; else taken as 0). */
  readonly minBenchmarksForShift?: number;
  /** Remove every run's shared shift (default true). */
  readonly adjustHistoryRuns?: boolean;
  /** A default-branch run: suspected regressions wait for the next run to confirm them (default false: a pull request). */
  readonly confirm?: boolean;
  /** With `confirm`: the q-value at which a move worse by minEffect is suspected and watched (default 0.05). */
  readonly watchQ?: number;
  /** With `confirm`: how many later runs must stay at a suspected level before it is a regression (default 2). */
  readonly confirmRuns?: number;
}

export type HistoryVerdictKind = VerdictKind | 'watching';

export interface HistoryVerdict {
  readonly name: string;
  readonly verdict: HistoryVerdictKind;
  readonly action: 'warn' | 'block';
  /** head / typical level, with the run shift removed. */
  readonly ratio: number | null;
  /** head / typical level, as measured. */
  readonly rawRatio: number | null;
  /** The series' typical run-to-run move, exp(d̄) − 1. */
  readonly spread: number | null;
  readonly pValue: number | null;
  readonly qValue: number | null;
  readonly runs: number;
  readonly strong: boolean;
  readonly reason: string;
  /** The smallest head/level ratio (worse side) one run of this series could prove; null when not judged. */
  readonly detectable: number | null;
  /** The run whose suspected shift this verdict confirms or refutes. */
  readonly since?: string;
}

export interface HistoryResult {
  /** The head run's shared shift as a ratio (1.04 = every benchmark 4% slower this run). */
  readonly runShift: number;
  /** How many benchmarks it was estimated from (0 = not removed). */
  readonly runShiftBenchmarks: number;
  readonly verdicts: HistoryVerdict[];
}

type Options = Required<HistoryOptions>;
/** Calibrated with the tail shape on real histories (bench/detector.mjs --sweep); see the README. */
const DEFAULT_WATCH_Q = 0.05;
const DEFAULT_CONFIRM_RUNS = 2;

/** One benchmark of one run against one baseline. */
interface Tested {
  readonly series: SeriesNull;
  readonly raw: number;
  readonly residual: number;
  readonly qWorse: number;
  readonly decision: Decision;
  readonly detectable: number;
}

interface RunJudgement {
  readonly fit: WindowFit;
  readonly shift: { shift: number; benchmarks: number };
  readonly tested: readonly (Tested | undefined)[];
}

const valid = (v: number | undefined): v is number => v !== undefined && v > 0 && Number.isFinite(v);
/** Oriented log: positive = worse for either direction. */
const oriented = (direction: Direction, v: number | undefined) => (valid(v) ? (direction === 'smaller-is-better' ? 1 : -1) * Math.log(v) : NaN);
const atLeast = (x: number, bound: number) => x >= bound - (Math.abs(bound) + 1) * BOUNDARY_TOLERANCE;

function options(o: HistoryOptions): Options {
  const full = {
    window: o.window ?? 20,
    minRuns: o.minRuns ?? 10,
    q: o.q ?? DEFAULT_Q,
    minEffect: o.minEffect ?? DEFAULT_MIN_EFFECT,
    tailShape: o.tailShape ?? DEFAULT_TAIL_SHAPE,
    action: o.action ?? 'warn',
    minBenchmarksForShift: o.minBenchmarksForShift ?? 3,
    adjustHistoryRuns: o.adjustHistoryRuns ?? true,
    confirm: o.confirm ?? false,
    watchQ: o.watchQ ?? DEFAULT_WATCH_Q,
    confirmRuns: o.confirmRuns ?? DEFAULT_CONFIRM_RUNS
  } as const;
  if (!(full.q > 0 && full.q < 1)) throw new RangeError(`historyMode: q must be in (0, 1), got ${full.q}`);
  if (!(full.minEffect >= 0 && full.minEffect < 1)) throw new RangeError(`historyMode: minEffect must be in [0, 1), got ${full.minEffect}`);
  if (!(full.tailShape >= 0 && Number.isFinite(full.tailShape))) throw new RangeError(`historyMode: tailShape must be ≥ 0, got ${full.tailShape}`);
  if (!(Number.isInteger(full.confirmRuns) && full.confirmRuns >= 1)) throw new RangeError(`historyMode: confirmRuns must be an integer ≥ 1, got ${full.confirmRuns}`);
  if (!(Number.isInteger(full.window) && full.window >= 1 && full.minRuns >= 2)) throw new RangeError('historyMode: window must be ≥ 1 and minRuns ≥ 2');
  return full;
}

/**
 * Judges `heads` (oriented logs) against the window `runs`: fit, residuals, p-values, BH, decision.
 * When this run's shift is larger than any the window's runs had, the benchmark must look worse
 * both with and without the removal (an intersection–union test: p = the larger of the two): the
 * runner model is trusted for moves of the size it was fitted on, not beyond. On real runs, a
 * runner 20% faster on most benchmarks is not 20% faster on all of them, and the others would
 * otherwise look 20% slower.
 */
function judge(runs: readonly HistoryRun[], heads: readonly number[], benchmarks: readonly HistoryBenchmark[], o: Options): RunJudgement {
  const rows = benchmarks.map((b) => Float64Array.from(runs, (r) => oriented(b.direction, r.values[b.name])));
  const fit = fitWindow(rows, o);
  const shift = headShift(fit, heads);
  // The runner model is trusted for runner moves of the size it was fitted on; past them, not alone.
  const unusual = shift.benchmarks > 0 && Math.abs(shift.shift) > fit.shiftRange;
  const plain = unusual ? fitWindow(rows, { ...o, adjustHistoryRuns: false }) : undefined;
  const found = benchmarks.map((_, i) => {
    const s = fit.series[i];
    if (!s || Number.isNaN(heads[i]!)) return undefined;
    const residual = residualOf(s, heads[i]!, shift.shift);
    const both = [{ s, r: residual }, ...(plain?.series[i] ? [{ s: plain.series[i], r: heads[i]! - plain.series[i].level }] : [])];
    const pWorse = Math.max(...both.map((x) => upperTail(x.r, x.s, o.tailShape)));
    const pBetter = Math.max(...both.map((x) => lowerTail(x.r, x.s, o.tailShape)));
    return { s, both, raw: heads[i]! - s.level, residual, pWorse, pBetter };
  });
  const used = found.filter((f) => f !== undefined);
  const qWorse = benjaminiHochberg(used.map((f) => f.pWorse));
  const qBetter = benjaminiHochberg(used.map((f) => f.pBetter));
  // A lone regression among m benchmarks needs p ≤ q/m under BH: that is what one run can prove.
  const loneLevel = o.q / Math.max(1, used.length);
  let k = 0;
  const tested = found.map((f, i): Tested | undefined => {
    if (!f) return undefined;
    const q = { qWorse: qWorse[k]!, qBetter: qBetter[k++]! };
    const decision = decide(benchmarks[i]!.direction, { badShift: f.residual, pWorse: f.pWorse, pBetter: f.pBetter, ...q }, o);
    const detectable = Math.max(...f.both.map((x) => detectableResidual(x.s, loneLevel, o.tailShape) + f.residual - x.r), Math.log1p(o.minEffect));
    return { series: f.s, raw: f.raw, residual: f.residual, qWorse: q.qWorse, decision, detectable };
  });
  return { fit, shift, tested };
}

export function historyMode(runs: readonly HistoryRun[], benchmarks: readonly HistoryBenchmark[], opts: HistoryOptions = {}): HistoryResult {
  const o = options(opts);
  const heads = benchmarks.map((b) => oriented(b.direction, b.head));
  const now = judge(runs.slice(-o.window), heads, benchmarks, o);
  const previous = o.confirm ? suspicions(runs, heads, benchmarks, o) : [];
  const verdicts = benchmarks.map((b, i): HistoryVerdict => {
    const t = now.tested[i];
    if (!t) return insufficient(b, now.fit.counts[i]!, o);
    const own = oneRunVerdict(b, t, now.fit.counts[i]!, o);
    if (!o.confirm) return own;
    return confirmed(own, suspected(t, o), previous[i], o);
  });
  const { shift, benchmarks: used } = now.shift;
  return { runShift: Math.exp(shift), runShiftBenchmarks: used, verdicts };
}

/** A pull request (or a single run): regression, improvement, unchanged, or insufficient evidence. */
function oneRunVerdict(b: HistoryBenchmark, t: Tested, runs: number, o: Options): HistoryVerdict {
  const sign = b.direction === 'smaller-is-better' ? 1 : -1;
  const detectable = Math.exp(sign * t.detectable);
  const common = {
    name: b.name, action: o.action, ratio: Math.exp(sign * t.residual), rawRatio: Math.exp(sign * t.raw),
    spread: Math.expm1(t.series.spread), pValue: t.decision.pValue, qValue: t.decision.qValue, runs, strong: false, detectable
  };
  if (t.decision.verdict === 'unchanged' && atLeast(t.residual, Math.log1p(o.minEffect))) {
    const noise = `its last ${t.series.residuals.length} runs moved by ±${logPct(t.series.spread)} typically and up to +${logPct(t.series.residuals.at(-1)!)}`;
    const reason = `insufficient evidence: ${pct(Math.exp(t.residual))} worse, but one run cannot tell that from this benchmark's own noise (${noise}); one run proves only moves beyond ×${sig3(detectable)}`;
    return { ...common, verdict: 'insufficient', reason };
  }
  return { ...common, verdict: t.decision.verdict, reason: t.decision.reason };
}

/** A suspected regression in one of the last runs, and whether every run since stayed at its level. */
interface Suspicion {
  readonly id: string;
  readonly move: number;
  readonly qValue: number;
  /** This run's residual against the suspect run's baseline. */
  readonly now: number;
  readonly stays: boolean;
  /** Runs after the suspect one, this run included. */
  readonly since: number;
}

/** Oriented logs of a run's values for the benchmarks. */
const headsOf = (run: HistoryRun, benchmarks: readonly HistoryBenchmark[]) => benchmarks.map((b) => oriented(b.direction, run.values[b.name]));

/**
 * For each of the last `confirmRuns` runs (oldest first), judged against the runs before it: the
 * benchmarks it suspected, and whether every later run, this one included, stayed worse than half
 * the suspected move (and minEffect) against that same baseline, each with its own run shift.
 */
function suspicions(runs: readonly HistoryRun[], heads: readonly number[], benchmarks: readonly HistoryBenchmark[], o: Options): (Suspicion | undefined)[] {
  const found: (Suspicion | undefined)[] = benchmarks.map(() => undefined);
  for (let j = Math.min(o.confirmRuns, runs.length); j >= 1; j--) {
    const suspect = runs[runs.length - j]!;
    const then = judge(runs.slice(Math.max(0, runs.length - j - o.window), runs.length - j), headsOf(suspect, benchmarks), benchmarks, o);
    const later = [...runs.slice(runs.length - j + 1).map((r) => headsOf(r, benchmarks)), heads];
    const shifts = later.map((h) => headShift(then.fit, h).shift);
    then.tested.forEach((t, i) => {
      if (found[i]?.stays || !t || !suspected(t, o)) return;
      const bar = Math.max(Math.log1p(o.minEffect), t.residual / 2);
      const moves = later.map((h, k) => (Number.isNaN(h[i]!) ? NaN : residualOf(t.series, h[i]!, shifts[k]!)));
      const now = moves.at(-1)!;
      if (Number.isNaN(now)) return;
      const stays = moves.every((m) => Number.isNaN(m) || atLeast(m, bar));
      found[i] = { id: suspect.id ?? `the run ${j} before this one`, move: t.residual, qValue: t.qWorse, now, stays, since: j };
    });
  }
  return found;
}

/** Worse by minEffect at the watch level: worth the next runs' look. */
function suspected(t: Tested, o: Options): boolean {
  return atLeast(t.residual, Math.log1p(o.minEffect)) && t.qWorse <= Math.max(o.watchQ, o.q) * (1 + BOUNDARY_TOLERANCE);
}

/** Default branch: a suspected regression is watched until `confirmRuns` later runs stay at its level. */
function confirmed(own: HistoryVerdict, suspect: boolean, before: Suspicion | undefined, o: Options): HistoryVerdict {
  const worse = (x: number) => `${pct(Math.exp(x))} worse`;
  const was = before ? `${before.id} was ${worse(before.move)} (q = ${fmt(before.qValue)})` : '';
  if (before?.stays && before.since >= o.confirmRuns) {
    const reason = `${worse(before.now)} against the runs before ${before.id}, confirmed: ${was} and the ${before.since === 1 ? 'next run' : `${before.since} runs since`} stayed at that level`;
    return { ...own, verdict: 'regression', qValue: before.qValue, reason, since: before.id };
  }
  if (before?.stays) {
    const reason = `watching: ${was} and this run stayed at that level (${before.since} of ${o.confirmRuns} runs confirm it)`;
    return { ...own, verdict: 'watching', reason, since: before.id };
  }
  const refuted = before ? `${was} but this run is not: a spike, not a regression. ` : '';
  if (suspect) {
    const evidence = own.verdict === 'regression' ? own.reason : `${pct(own.ratio ?? 1)} worse (q = ${fmt(own.qValue ?? 1)} ≤ ${Math.max(o.watchQ, o.q)})`;
    const reason = `${refuted}watching: ${evidence}; the next default-branch ${o.confirmRuns === 1 ? 'run confirms' : `${o.confirmRuns} runs confirm`} it (or show a one-run spike)`;
    return { ...own, verdict: 'watching', reason };
  }
  return before ? { ...own, reason: `${refuted}${own.reason}`, since: before.id } : own;
}

function insufficient(b: HistoryBenchmark, runs: number, o: Options): HistoryVerdict {
  const reason = !valid(b.head)
    ? `this run's value (${b.head}) is zero, negative or not finite: levels are compared on logs`
    : `${runs} of the last ${o.window} runs have a value; at least ${o.minRuns} are needed`;
  const none = { ratio: null, rawRatio: null, spread: null, pValue: null, qValue: null, detectable: null };
  return { name: b.name, verdict: 'insufficient', action: o.action, ...none, runs, strong: false, reason };
}

const logPct = (logMove: number) => percent(Math.expm1(logMove), 1);
