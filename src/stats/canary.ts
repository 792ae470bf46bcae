/**
 * Canary metric classification, modelled on Kayenta's MannWhitneyClassifier (spinnaker/kayenta,
 * kayenta-judge): run the Mann–Whitney test with the Hodges–Lehmann CI of canary − baseline and
 * call the metric High (or Low) only when the whole CI lies beyond the allowed change on that side.
 * Like Kayenta with a metric direction of Increase (or Decrease), only the bad side is reported:
 * a canary that is better than its baseline passes.
 *
 * Differences from Kayenta, and why:
 * - Positive metrics (latency, CPU, memory) are compared on logs, so the CI is a ratio and the
 *   allowed change is relative: High ⇔ CI_lo > 1 + allowedChange, Low ⇔ CI_hi < 1 − allowedChange.
 *   Kayenta compares raw differences with a fraction of the estimate; a ratio is what people mean.
 * - Metrics with zeros (error counts) have no logs; they fall back to Kayenta's scale: the raw
 *   shift over |median(baseline)|, i.e. ratio = 1 + Δ/|median|. A zero median makes any shift
 *   infinite relative to it, so there only the sign of the CI counts and the ratio is null.
 * - The p-value returned is the one-sided Mann–Whitney p in the bad direction.
 */
import { hodgesLehmannShift } from './hodges-lehmann.js';
import { mannWhitneyGreater } from './mann-whitney.js';
import { median } from './median.js';

export type CanaryDirection = 'increase-is-bad' | 'decrease-is-bad';
export type CanaryClassification = 'High' | 'Low' | 'Pass' | 'NoData';

export interface CanaryMetricInput {
  readonly baseline: readonly number[];
  readonly canary: readonly number[];
  readonly direction: CanaryDirection;
  /** Relative change tolerated before the metric is High/Low, e.g. 0.1 = 10%. */
  readonly allowedChange: number;
  /** Two-sided confidence of the CI (default 0.95, Kayenta's classifier default). */
  readonly confidence?: number;
}

export interface CanaryMetricResult {
  readonly classification: CanaryClassification;
  /** canary/baseline (Hodges–Lehmann); null when there is no data or no scale. */
  readonly ratio: number | null;
  readonly ci: readonly [number, number] | null;
  readonly pValue: number | null;
  readonly scale: 'log' | 'linear';
  readonly reason: string;
}

export function compareMetric(input: CanaryMetricInput): CanaryMetricResult {
  const { baseline, canary, direction, allowedChange } = input;
  const confidence = input.confidence ?? 0.95;
  if (!(allowedChange >= 0 && allowedChange < 1)) throw new RangeError(`compareMetric: allowedChange must be in [0, 1), got ${allowedChange}`);
  const values = [...baseline, ...canary];
  const finite = values.every(Number.isFinite);
  if (baseline.length === 0 || canary.length === 0 || !finite) {
    const what = !finite ? 'a value is not a finite number' : `no ${baseline.length === 0 ? 'baseline' : 'canary'} data`;
    return { classification: 'NoData', ratio: null, ci: null, pValue: null, scale: 'log', reason: what };
  }
  const positive = values.every((v) => v > 0);
  const log = (xs: readonly number[]) => (positive ? xs.map(Math.log) : [...xs]);
  const [c, b] = [log(canary), log(baseline)];
  const pValue = direction === 'increase-is-bad' ? mannWhitneyGreater(c, b).pValue : mannWhitneyGreater(b, c).pValue;
  const scale = positive ? 'log' : 'linear';
  if (new Set(values).size === 1) return { classification: 'Pass', ratio: 1, ci: [1, 1], pValue, scale, reason: 'every value is the same' };
  const shift = hodgesLehmannShift(c, b, { confidence });
  const toRatio = ratioScale(positive, baseline);
  const ratio = toRatio(shift.estimate);
  const ci = [toRatio(shift.ci[0]), toRatio(shift.ci[1])] as const;
  const cls = classify(direction, shift.ci, ci, allowedChange);
  const bound = direction === 'increase-is-bad' ? `1 + ${allowedChange}` : `1 − ${allowedChange}`;
  const shown = ratio === null ? `shift ${shift.estimate.toPrecision(3)} on a zero baseline median` : `ratio ${ratio.toFixed(3)}, CI [${ci[0]!.toFixed(3)}, ${ci[1]!.toFixed(3)}]`;
  const reason = cls === 'Pass' ? `${shown}: not wholly beyond ${bound}` : `${shown}: the whole CI is beyond ${bound}`;
  return { classification: cls, ratio, ci: ratio === null ? null : (ci as readonly [number, number]), pValue, scale, reason };
}

/** Shift → ratio: exp on logs; 1 + Δ/|median(baseline)| on raw values; null without a scale. */
function ratioScale(positive: boolean, baseline: readonly number[]): (shift: number) => number | null {
  if (positive) return Math.exp;
  const middle = median(baseline);
  return middle === 0 ? () => null : (shift) => 1 + shift / Math.abs(middle);
}

function classify(direction: CanaryDirection, shiftCi: readonly [number, number], ci: readonly [number | null, number | null], allowed: number): CanaryClassification {
  if (direction === 'increase-is-bad') {
    const high = ci[0] === null ? shiftCi[0] > 0 : ci[0] > 1 + allowed;
    return high ? 'High' : 'Pass';
  }
  const low = ci[1] === null ? shiftCi[1] < 0 : ci[1] < 1 - allowed;
  return low ? 'Low' : 'Pass';
}
