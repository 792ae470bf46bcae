import { percent } from '../model/format.js';
import { compareMetric, type CanaryClassification, type CanaryDirection } from '../stats/canary.js';

/**
 * The canary decision, after Kayenta's judge (spinnaker/kayenta, NetflixACAJudge with the
 * WeightedSumScorer): classify each metric (src/stats/canary.ts), score the canary as the
 * weighted share of passing metrics, and map the score to promote / hold / rollback.
 *
 * How missing data counts, and why:
 * - NoData metrics are left out of the score's denominator: the score is the share of the
 *   evidence we have that says "as good as the baseline". Kayenta's group score does the same
 *   (Pass / (Pass + High + Low)). Counting NoData as failing instead would make one broken or
 *   empty query push a clean canary from promote to hold or rollback, mixing up "the monitoring
 *   did not answer" with "the canary is worse", and the score would no longer say which.
 * - Missing data is not ignored: when the NoData share of the total weight exceeds `maxNodata`
 *   the score is 0 (rollback), so a canary never passes on the few metrics that happened to
 *   answer. With no metric having data at all the score is 0 too.
 * - A critical metric must pass. If it fails (High/Low) the score is 0; if it has no data the
 *   score is 0 as well, as in Kayenta (whose critical check is "not Pass"): an error-rate query
 *   that returned nothing cannot vouch for the canary, and rolling a canary back is cheap while
 *   promoting a broken one is not. (For error rates, `… or vector(0)` makes "no errors" a 0.)
 * These vetoes decide rollback whatever the thresholds, so `pass: 0` cannot promote a canary
 * whose critical metric failed.
 */

export type CanaryDecision = 'promote' | 'hold' | 'rollback';

export interface CanaryMetricSettings {
  readonly direction: CanaryDirection;
  /** Fraction in [0, 1): 0.1 tolerates a 10% change in the bad direction. */
  readonly allowedChange: number;
  readonly critical: boolean;
  /** > 0; relative to the other metrics' weights. */
  readonly weight: number;
}

export interface CanaryMetricSamples {
  readonly name: string;
  readonly baseline: readonly number[];
  readonly canary: readonly number[];
  readonly settings: CanaryMetricSettings;
  /** Added to the metric's reason, e.g. "3 NaN points left out". */
  readonly note?: string;
}

export interface CanaryThresholds {
  /** 0–100: a score ≥ pass promotes. */
  readonly pass: number;
  /** 0–100, below pass: a score ≥ marginal holds, anything lower rolls back. */
  readonly marginal: number;
  /** 0–1: the largest NoData share of the total weight that still gets a score. */
  readonly maxNodata: number;
}

export interface LastGreen {
  readonly sha: string;
  readonly runUrl: string;
}

export interface CanaryJudgeInput {
  readonly metrics: readonly CanaryMetricSamples[];
  readonly thresholds: CanaryThresholds;
  /** The last commit whose gates passed on the default branch: what a rollback redeploys. */
  readonly lastGreen?: LastGreen;
  /** Two-sided confidence of each metric's CI (default 0.95). */
  readonly confidence?: number;
}

export interface CanaryMetricVerdict {
  readonly name: string;
  readonly classification: CanaryClassification;
  readonly ratio: number | null;
  readonly ci: readonly [number, number] | null;
  readonly pValue: number | null;
  readonly direction: CanaryDirection;
  readonly allowedChange: number;
  readonly critical: boolean;
  readonly weight: number;
  readonly samples: { readonly baseline: number; readonly canary: number };
  readonly reason: string;
}

export interface CanaryJudgement {
  readonly decision: CanaryDecision;
  /** 0–100, rounded to 2 decimals; this rounded value is what the thresholds compare. */
  readonly score: number;
  /** Why, most important first: vetoes, then the score against the thresholds. */
  readonly reasons: readonly string[];
  readonly metrics: readonly CanaryMetricVerdict[];
  readonly thresholds: CanaryThresholds;
  /** Only when the decision is rollback, and only when known. */
  readonly lastGreen?: LastGreen;
}

export function judgeCanary(input: CanaryJudgeInput): CanaryJudgement {
  const { thresholds } = input;
  checkThresholds(thresholds);
  const metrics = input.metrics.map((m) => classifyMetric(m, input.confidence));
  const { score, vetoes, notes } = scoreOf(metrics, thresholds.maxNodata);
  const decision = vetoes.length ? 'rollback' : decide(score, thresholds);
  const reasons = [...vetoes, verdictLine(decision, score, thresholds, vetoes.length > 0), ...notes];
  const lastGreen = decision === 'rollback' ? input.lastGreen : undefined;
  if (lastGreen) reasons.push(`last known good commit: ${lastGreen.sha}`);
  return { decision, score, reasons, metrics, thresholds, ...(lastGreen && { lastGreen }) };
}

/** score ≥ pass → promote; ≥ marginal → hold; else rollback. */
export function decide(score: number, thresholds: Pick<CanaryThresholds, 'pass' | 'marginal'>): CanaryDecision {
  if (score >= thresholds.pass) return 'promote';
  return score >= thresholds.marginal ? 'hold' : 'rollback';
}

function checkThresholds(t: CanaryThresholds): void {
  const pct = (v: number) => v >= 0 && v <= 100;
  if (!pct(t.pass) || !pct(t.marginal) || !(t.marginal < t.pass)) throw new RangeError(`judgeCanary: thresholds need 0 ≤ marginal < pass ≤ 100, got pass ${t.pass}, marginal ${t.marginal}`);
  if (!(t.maxNodata >= 0 && t.maxNodata <= 1)) throw new RangeError(`judgeCanary: maxNodata must be in [0, 1], got ${t.maxNodata}`);
}

function classifyMetric(m: CanaryMetricSamples, confidence: number | undefined): CanaryMetricVerdict {
  const { direction, allowedChange, critical, weight } = m.settings;
  if (!(weight > 0 && Number.isFinite(weight))) throw new RangeError(`judgeCanary: the weight of ${m.name} must be > 0, got ${weight}`);
  const r = compareMetric({ baseline: m.baseline, canary: m.canary, direction, allowedChange, ...(confidence !== undefined && { confidence }) });
  const infinite = r.classification === 'NoData' ? infiniteNote(m) : '';
  const reason = [r.reason + infinite, m.note].filter(Boolean).join('; ');
  return {
    name: m.name,
    classification: r.classification,
    ratio: r.ratio,
    ci: r.ci,
    pValue: r.pValue,
    direction,
    allowedChange,
    critical,
    weight,
    samples: { baseline: m.baseline.length, canary: m.canary.length },
    reason
  };
}

/** ±Inf is real data (a quantile above the top histogram bucket), but not comparable: say so. */
function infiniteNote(m: CanaryMetricSamples): string {
  const count = (xs: readonly number[]) => xs.filter((x) => x === Infinity || x === -Infinity).length;
  const parts = [['baseline', count(m.baseline)], ['canary', count(m.canary)]].filter(([, n]) => n).map(([side, n]) => `${side} ${n}`);
  return parts.length ? ` (infinite values: ${parts.join(', ')}; a histogram_quantile above the top bucket is +Inf, so add a larger bucket)` : '';
}

function scoreOf(metrics: readonly CanaryMetricVerdict[], maxNodata: number): { score: number; vetoes: string[]; notes: string[] } {
  const vetoes: string[] = [];
  const total = sum(metrics.map((m) => m.weight));
  const withData = metrics.filter((m) => m.classification !== 'NoData');
  const dataWeight = sum(withData.map((m) => m.weight));
  for (const m of metrics.filter((x) => x.critical && x.classification !== 'Pass')) {
    vetoes.push(m.classification === 'NoData' ? `critical metric ${m.name} has no data: ${m.reason}` : `critical metric ${m.name} is ${m.classification}: ${m.direction === 'increase-is-bad' ? 'higher' : 'lower'} than the baseline beyond the allowed ${percent(m.allowedChange, 1)}`);
  }
  if (metrics.length === 0) vetoes.push('no metrics to judge');
  else if (withData.length === 0) vetoes.push('no metric has data');
  else {
    const missing = (total - dataWeight) / total;
    if (missing > maxNodata) vetoes.push(`too much missing data: ${percent(missing, 1)} of the weight has no data (max-nodata ${percent(maxNodata, 1)})`);
  }
  if (vetoes.length) return { score: 0, vetoes, notes: [] };
  const passWeight = sum(withData.filter((m) => m.classification === 'Pass').map((m) => m.weight));
  const nodata = metrics.filter((m) => m.classification === 'NoData');
  const notes = nodata.length ? [`left out of the score for lack of data (${percent((total - dataWeight) / total, 1)} of the weight, max-nodata ${percent(maxNodata, 1)}): ${nodata.map((m) => m.name).join(', ')}`] : [];
  return { score: Math.round((10000 * passWeight) / dataWeight) / 100, vetoes, notes };
}

function verdictLine(decision: CanaryDecision, score: number, t: CanaryThresholds, vetoed: boolean): string {
  if (vetoed) return `score 0: ${decision}`;
  if (decision === 'promote') return `score ${score} ≥ pass ${t.pass}: promote`;
  if (decision === 'hold') return `score ${score} is below pass ${t.pass} but ≥ marginal ${t.marginal}: hold (watch the canary longer, then judge again)`;
  return `score ${score} < marginal ${t.marginal}: rollback`;
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
