/**
 * The two-sample Hodges–Lehmann shift estimate and its distribution-free confidence interval
 * (Hodges & Lehmann 1963; the interval is Moses's; Hollander, Wolfe & Chicken, Nonparametric
 * Statistical Methods, 3rd ed. 2014, §4.2 and §4.3).
 *
 * With D_(1) ≤ … ≤ D_(mn) the sorted pairwise differences head_i − base_j:
 * - estimate Δ̂ = median(D) (§4.2);
 * - interval [D_(C), D_(mn + 1 − C)], where C is the Mann–Whitney critical count: the interval
 *   misses the true shift Δ exactly when U computed on (head − Δ, base) is < C or > mn − C, so its
 *   coverage is 1 − 2·P(U ≤ C − 1) under the continuity assumption, whatever the distribution.
 *
 * C, as R's `wilcox.test(head, base, conf.int = TRUE)` picks it in its exact branch:
 *   C = qwilcox(α/2, m, n) (the smallest q with P(U ≤ q) ≥ α/2), raised to 1 when it is 0 (then the
 *   requested level cannot be reached and the interval is [min D, max D]); achieved level
 *   1 − 2·pwilcox(C − 1, m, n).
 * Otherwise (ties, or m·n past the exact limit) H&W's large-sample value, the integer nearest to
 *   C = mn/2 − z_{α/2} · σ_U,   σ_U the tie-corrected standard deviation of U (§4.3).
 * R finds its non-exact interval and estimate by root-finding on the corrected z statistic instead;
 * ours stays the textbook order-statistic form, so it can differ from R there by a neighbouring D.
 *
 * On log values the shift is a log ratio: `hodgesLehmannRatio` reports exp(Δ̂) and [exp(lo), exp(hi)].
 * Cost: the mn differences are materialised (8·mn bytes: 10,000 × 10,000 is the practical ceiling)
 * and three order statistics selected in expected O(mn); benchmark samples are far smaller.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { exactLowerTail, exactQuantile, rankSum, useExact, uSigma, type PValueMethod } from './mann-whitney.js';

export interface ShiftOptions {
  /** Two-sided confidence level of the interval (default 0.95). */
  readonly confidence?: number;
  /** Force or forbid the exact critical value (ties always use the normal one). */
  readonly exact?: boolean;
}

export interface ShiftEstimate {
  /** Median of all pairwise differences head_i − base_j. */
  readonly estimate: number;
  readonly ci: readonly [number, number];
  readonly confidence: number;
  /** The coverage the order statistics give (≥ requested, exact; approximate for 'normal'). */
  readonly achievedConfidence: number;
  readonly method: PValueMethod;
}

export interface RatioEstimate {
  /** exp(Δ̂) on log values: the typical head/base ratio. */
  readonly ratio: number;
  readonly ci: readonly [number, number];
  readonly confidence: number;
  readonly achievedConfidence: number;
  readonly method: PValueMethod;
}

/** All head_i − base_j, unsorted. */
function differences(head: readonly number[], base: readonly number[]): Float64Array {
  const diffs = new Float64Array(head.length * base.length);
  let k = 0;
  for (const h of head) for (const b of base) diffs[k++] = h - b;
  return diffs;
}

/** All head_i − base_j, sorted ascending. */
export function pairwiseDifferences(head: readonly number[], base: readonly number[]): Float64Array {
  return differences(head, base).sort();
}

/**
 * The k-th smallest of a[lo..hi] (0-based k), by Hoare's quickselect with a median-of-three pivot;
 * partitions `a` in place so that a[lo..k] ≤ a[k] ≤ a[k..hi]. Expected O(hi − lo): the estimate and
 * the CI need three order statistics of mn differences, not a full O(mn log mn) sort.
 */
function select(a: Float64Array, k: number, lo: number, hi: number): number {
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    const pivot = Math.max(Math.min(a[lo]!, a[mid]!), Math.min(Math.max(a[lo]!, a[mid]!), a[hi]!));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

/** Order statistics at the given 0-based ranks (ascending), each selection narrowing the next. */
function orderStatistics(a: Float64Array, ranks: readonly number[]): number[] {
  let lo = 0;
  return ranks.map((k) => {
    const v = select(a, k, lo, a.length - 1);
    lo = k;
    return v;
  });
}

/** The critical count C (1-based order statistic of the lower end) and the coverage it achieves. */
function criticalCount(head: readonly number[], base: readonly number[], alpha: number, exact: boolean | undefined) {
  const m = head.length;
  const n = base.length;
  const { tieTerm } = rankSum(head, base);
  if (useExact(m, n, tieTerm > 0, exact)) {
    const c = Math.max(1, exactQuantile(alpha / 2, m, n));
    return { c, achieved: 1 - 2 * exactLowerTail(c - 1, m, n), method: 'exact' as const };
  }
  const sigma = uSigma(m, n, tieTerm);
  const raw = Math.round((m * n) / 2 - normalQuantile(1 - alpha / 2, 0, 1) * sigma);
  const c = Math.min(Math.max(1, raw), Math.floor((m * n + 1) / 2));
  // P(U ≤ C − 1) by the same normal law, with the continuity correction.
  const tail = sigma > 0 ? normalCdf((c - 1 + 0.5 - (m * n) / 2) / sigma, 0, 1) : 0;
  return { c, achieved: 1 - 2 * tail, method: 'normal' as const };
}

export function hodgesLehmannShift(head: readonly number[], base: readonly number[], options: ShiftOptions = {}): ShiftEstimate {
  const confidence = options.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`hodgesLehmannShift: confidence must be in (0, 1), got ${confidence}`);
  if (head.length === 0 || base.length === 0) throw new RangeError('hodgesLehmannShift: both samples need at least one value');
  if (![...head, ...base].every(Number.isFinite)) throw new RangeError('hodgesLehmannShift: values must be finite');
  const diffs = differences(head, base);
  const { c, achieved, method } = criticalCount(head, base, 1 - confidence, options.exact);
  // 1-based D_(C) and D_(mn + 1 − C) → 0-based C − 1 and mn − C; the median from the middle one(s).
  const total = diffs.length;
  const mid = total >> 1;
  const middle = total % 2 === 1 ? [mid] : [mid - 1, mid];
  const ranks = [...new Set([c - 1, ...middle, total - c])].sort((x, y) => x - y);
  const values = new Map(orderStatistics(diffs, ranks).map((v, i) => [ranks[i]!, v]));
  const estimate = middle.length === 1 ? values.get(mid)! : (values.get(mid - 1)! + values.get(mid)!) / 2;
  const ci = [values.get(c - 1)!, values.get(total - c)!] as const;
  return { estimate, ci, confidence, achievedConfidence: achieved, method };
}

/** The shift on log values, reported as a ratio; every value must be positive and finite. */
export function hodgesLehmannRatio(head: readonly number[], base: readonly number[], options: ShiftOptions = {}): RatioEstimate {
  if (![...head, ...base].every((v) => v > 0 && Number.isFinite(v))) throw new RangeError('hodgesLehmannRatio: values must be positive (ratios are taken on logs)');
  const shift = hodgesLehmannShift(head.map(Math.log), base.map(Math.log), options);
  return {
    ratio: Math.exp(shift.estimate),
    ci: [Math.exp(shift.ci[0]), Math.exp(shift.ci[1])],
    confidence: shift.confidence,
    achievedConfidence: shift.achievedConfidence,
    method: shift.method
  };
}
