import type { BenchmarkResult, BetterDirection } from '../model/benchmarks.js';
import { failureStatus, type GateAction, type GateItem, type GateResult } from '../model/verdict.js';
import { compareSamples, type BenchmarkSamples, type Verdict as SampleVerdict } from '../stats/detector.js';
import { historyMode, type HistoryRun as StatsHistoryRun, type HistoryVerdictKind } from '../stats/history-mode.js';
import { median } from '../stats/median.js';
import { count, percent, sig3 } from '../model/format.js';

/**
 * The performance gate: the regression detector's verdicts turned into one gate. With base samples
 * from the same job it runs the A/B test (Mann–Whitney + Hodges–Lehmann + BH); without them it
 * compares one value per run against the history of the base branch (robust z, warn by default).
 */

export interface PerformanceGateOptions {
  readonly action: GateAction;
  /** Action for history-mode verdicts: one value per run is weaker evidence. */
  readonly historyAction: 'block' | 'warn';
  readonly q: number;
  readonly minEffect: number;
  /** Benchmark name → the largest slowdown allowed; it replaces minEffect for that benchmark. */
  readonly maxRegression: Readonly<Record<string, number>>;
}

/** One benchmark's values over the past runs of the base branch, oldest first. */
export interface BenchmarkHistory {
  readonly runs: readonly { readonly id: string; readonly values: Readonly<Record<string, number>> }[];
  /** Unit of each benchmark's stored values. */
  readonly units: Readonly<Record<string, string>>;
}

export interface PerformanceGateInput {
  readonly head: readonly BenchmarkResult[];
  /** The base commit's results from the same job (A/B); empty or absent → history mode. */
  readonly base?: readonly BenchmarkResult[];
  readonly history?: BenchmarkHistory;
  /** This run extends the default branch's history: history-mode suspicions wait for the next runs. */
  readonly defaultBranch?: boolean;
}

/** A benchmark's comparison as the report and the JSON verdict show it: the detector's verdict and where it came from. */
export interface BenchmarkComparison extends Omit<SampleVerdict, 'verdict'> {
  /** History mode adds "watching": a default-branch regression seen once, waiting for the next runs. */
  readonly verdict: HistoryVerdictKind;
  readonly mode: 'ab' | 'history';
  readonly unit: string;
  readonly direction: BetterDirection;
  /** History mode: the smallest ratio (worse side) one run of this benchmark could prove. */
  readonly detectable?: number;
  /** History mode, default branch: the run whose suspected shift this verdict confirms, watches or dismisses. */
  readonly since?: string;
}

export interface PerformanceEvaluation {
  readonly gate: GateResult;
  readonly comparisons: readonly BenchmarkComparison[];
  /** History mode: the whole run's shared shift as a ratio, removed before judging. */
  readonly runShift?: number;
}

/** Samples of one benchmark name, merged over files (several files = several samples). */
interface Series {
  readonly name: string;
  readonly unit: string;
  readonly direction: BetterDirection;
  readonly values: number[];
}

const LISTED = 10;

/** Values in a base unit when the tool's unit converts to one, so `ms` and `µs` runs compare. */
export function seriesOf(results: readonly BenchmarkResult[]): Map<string, Series> {
  const out = new Map<string, Series>();
  for (const r of results) {
    const n = r.normalized;
    const unit = n ? n.unit : r.unit;
    const values = n ? [...(n.samples ?? [n.value])] : [...(r.samples ?? [r.value])];
    const seen = out.get(r.name);
    if (seen && seen.unit === unit) seen.values.push(...values);
    else if (!seen) out.set(r.name, { name: r.name, unit, direction: r.direction, values });
  }
  return out;
}

export function evaluatePerformanceGate(input: PerformanceGateInput, options: PerformanceGateOptions): PerformanceEvaluation {
  const head = seriesOf(input.head);
  if (head.size === 0) return { gate: noBenchmarks(options), comparisons: [] };
  const base = seriesOf(input.base ?? []);
  if (base.size > 0) return abGate(head, base, options);
  return historyGate(head, input.history, options, input.defaultBranch ?? false);
}

function abGate(head: Map<string, Series>, base: Map<string, Series>, options: PerformanceGateOptions): PerformanceEvaluation {
  const family: BenchmarkSamples[] = [];
  const unitClash: BenchmarkComparison[] = [];
  for (const h of head.values()) {
    const b = base.get(h.name);
    if (b && b.unit !== h.unit) {
      unitClash.push(insufficient(h, 'ab', `the base is in ${b.unit} and the head in ${h.unit}, which do not convert`, b.values.length));
      continue;
    }
    family.push({ name: h.name, direction: h.direction, head: h.values, base: b?.values ?? [] });
  }
  // BH's q-values do not depend on the minimum effect, so one call per distinct effect over the
  // whole family gives every benchmark its own effect with the family's correction.
  const verdicts = new Map<string, SampleVerdict>();
  const effects = new Set(family.map((b) => effectFor(b.name, options)));
  for (const minEffect of effects) {
    for (const v of compareSamples(family, { q: options.q, minEffect })) if (effectFor(v.name, options) === minEffect) verdicts.set(v.name, v);
  }
  const comparisons = [
    ...family.map((b) => ({ ...(verdicts.get(b.name) as SampleVerdict), mode: 'ab' as const, unit: head.get(b.name)!.unit, direction: b.direction })),
    ...unitClash
  ].map(tidy);
  return { gate: summarise(comparisons, options.action, options, 'ab'), comparisons };
}

function historyGate(head: Map<string, Series>, history: BenchmarkHistory | undefined, options: PerformanceGateOptions, confirm: boolean): PerformanceEvaluation {
  const runs: StatsHistoryRun[] = (history?.runs ?? []).map((r) => ({ id: r.id, values: r.values }));
  const comparable = [...head.values()].filter((h) => !history?.units[h.name] || history.units[h.name] === h.unit);
  const benchmarks = comparable.map((h) => ({ name: h.name, head: median(h.values), direction: h.direction }));
  const results = new Map<string, ReturnType<typeof historyMode>['verdicts'][number]>();
  let runShift: number | undefined;
  for (const minEffect of new Set(benchmarks.map((b) => effectFor(b.name, options)))) {
    const r = historyMode(runs, benchmarks, { q: options.q, minEffect, action: options.historyAction, confirm });
    runShift = r.runShiftBenchmarks > 0 ? r.runShift : undefined;
    for (const v of r.verdicts) if (effectFor(v.name, options) === minEffect) results.set(v.name, v);
  }
  const comparisons: BenchmarkComparison[] = [...head.values()].map((h) => {
    const v = results.get(h.name);
    if (!v) return insufficient(h, 'history', `the history holds it in ${history?.units[h.name] ?? '?'}, this run in ${h.unit}`, 0);
    const extra = { ...(v.detectable !== null ? { detectable: v.detectable } : {}), ...(v.since !== undefined ? { since: v.since } : {}) };
    return tidy({ name: h.name, mode: 'history', verdict: v.verdict, unit: h.unit, direction: h.direction, ratio: v.ratio, ci: null, pValue: v.pValue, qValue: v.qValue, samples: { base: v.runs, head: h.values.length }, strong: v.strong, reason: v.reason, ...extra });
  });
  const gate = summarise(comparisons, options.historyAction, options, 'history');
  return { gate, comparisons, ...(runShift !== undefined ? { runShift } : {}) };
}

function effectFor(name: string, options: PerformanceGateOptions): number {
  return options.maxRegression[name] ?? options.minEffect;
}

function insufficient(h: Series, mode: 'ab' | 'history', reason: string, base: number): BenchmarkComparison {
  return { name: h.name, mode, verdict: 'insufficient', unit: h.unit, direction: h.direction, ratio: null, ci: null, pValue: null, qValue: null, samples: { base, head: h.values.length }, strong: false, reason };
}

/** Ratios to 4 significant digits: the JSON verdict is read by people too. */
function tidy(c: BenchmarkComparison): BenchmarkComparison {
  const r = (x: number) => Number(x.toPrecision(4));
  return { ...c, ratio: c.ratio === null ? null : r(c.ratio), ci: c.ci ? [r(c.ci[0]), r(c.ci[1])] : null, ...(c.detectable !== undefined ? { detectable: r(c.detectable) } : {}) };
}

function summarise(comparisons: readonly BenchmarkComparison[], action: GateAction, options: PerformanceGateOptions, mode: 'ab' | 'history'): GateResult {
  const regressions = comparisons.filter((c) => c.verdict === 'regression');
  // History mode judged these, but one run cannot prove their move ("insufficient evidence"): noise, not a setup problem.
  const inconclusive = comparisons.filter((c) => c.verdict === 'insufficient' && c.detectable !== undefined).length;
  const unjudged = comparisons.filter((c) => c.verdict === 'insufficient' && c.detectable === undefined);
  const watching = comparisons.filter((c) => c.verdict === 'watching');
  const improved = comparisons.filter((c) => c.verdict === 'improvement').length;
  const how = mode === 'ab' ? 'same-job A/B samples' : 'one value per run against the base branch history';
  const base = {
    gate: 'performance', category: 'performance', action, metric: 'regressed benchmarks', comparator: '<=', threshold: 0, actual: regressions.length
  } as const;
  const tail = [
    improved ? `${improved} improved` : '',
    watching.length ? `${watching.length} watching (worse in one run; the next default-branch runs confirm or dismiss it)` : '',
    inconclusive ? `${inconclusive} inconclusive (one run cannot prove their move)` : '',
    unjudged.length ? `${unjudged.length} not judged` : ''
  ].filter(Boolean).join(', ');
  const counts = `${count(comparisons.length, 'benchmarks')} compared (${how})${tail ? `; ${tail}` : ''}`;
  if (regressions.length) {
    const items = regressions.slice(0, LISTED).map(regressionItem);
    return {
      ...base,
      status: failureStatus(action),
      message: `${regressions.length} ${regressions.length === 1 ? 'benchmark regressed' : 'benchmarks regressed'} by at least ${percent(options.minEffect)} (q ≤ ${options.q}). ${counts}.`,
      suggestions: [
        'Profile the regressed benchmarks against the base commit; the effect and its confidence interval are in the table.',
        'If the slowdown is intended, raise gates.performance.max-regression for that benchmark or waive the gate with an exception label.'
      ],
      items,
      ...(regressions.length > LISTED ? { moreItems: regressions.length - LISTED } : {})
    };
  }
  if (unjudged.length === comparisons.length && mode === 'history') {
    // No base yet (history mode's first runs) is not a failure: say so.
    return { ...base, status: 'skipped', actual: null, message: `No benchmark could be judged: the base branch history does not have enough runs yet. ${unjudged[0]?.reason ?? ''}`.trim(), suggestions: suggestionsFor(mode) };
  }
  if (unjudged.length === comparisons.length) {
    // Same-job samples that cannot reach significance are a setup problem the user must see.
    return {
      ...base, status: 'warning', action: 'warn', actual: null,
      message: `No benchmark could be judged: insufficient samples. ${unjudged[0]?.reason ?? ''}`.trim(),
      suggestions: suggestionsFor(mode),
      items: unjudged.slice(0, LISTED).map((c) => ({ text: `${c.name}: ${c.reason}` })),
      ...(unjudged.length > LISTED ? { moreItems: unjudged.length - LISTED } : {})
    };
  }
  if (unjudged.length) {
    return {
      ...base,
      status: 'warning',
      action: 'warn',
      message: `No regression among the judged benchmarks, but ${unjudged.length} could not be judged (insufficient samples). ${counts}.`,
      suggestions: suggestionsFor(mode),
      items: unjudged.slice(0, LISTED).map((c) => ({ text: `${c.name}: ${c.reason}` })),
      ...(unjudged.length > LISTED ? { moreItems: unjudged.length - LISTED } : {})
    };
  }
  return { ...base, status: 'passed', message: `No regression. ${counts}.`, suggestions: [] };
}

function suggestionsFor(mode: 'ab' | 'history'): string[] {
  return mode === 'ab'
    ? ['Give each benchmark more samples (repetitions, -count, --runs): with q = 0.01 the test needs at least 5 per side (7 for a lone regression among 20 benchmarks), 20 for useful power.']
    : ['Nothing to do: history mode starts judging after 10 runs of the default branch. For an answer on every PR, run base and head in the same job (benchmarks-base or measure base-dir).'];
}

function regressionItem(c: BenchmarkComparison): GateItem {
  const worse = c.direction === 'smaller-is-better' ? 'slower' : 'lower';
  const ratio = c.ratio ?? 1;
  const effect = `${percent(Math.abs(ratio - 1), 1)} ${worse}`;
  const ci = c.ci ? ` (95% CI ×${sig3(c.ci[0])}–×${sig3(c.ci[1])})` : '';
  const q = c.qValue !== null ? `, q = ${c.qValue.toPrecision(2)}` : '';
  return { text: `${c.name}: ${effect}${ci}${q}, ${c.samples.base} base / ${c.samples.head} head samples` };
}

function noBenchmarks(options: PerformanceGateOptions): GateResult {
  return {
    gate: 'performance', category: 'performance', action: options.action, metric: 'regressed benchmarks', comparator: '<=', threshold: 0, actual: null,
    status: failureStatus(options.action),
    message: 'The performance gate is configured, but no benchmark results were read.',
    suggestions: ['Point reports.benchmarks (or the benchmarks input) at the files your benchmark step writes, or configure measure.']
  };
}

