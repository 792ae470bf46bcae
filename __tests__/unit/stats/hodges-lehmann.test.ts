import { describe, expect, it } from '@jest/globals';
import { hodgesLehmannRatio, hodgesLehmannShift, pairwiseDifferences } from '../../../src/stats/hodges-lehmann.js';
import { uSigma } from '../../../src/stats/mann-whitney.js';
import { enumerateU } from './enumerate.js';

const HW_X = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
const HW_Y = [1.15, 0.88, 0.9, 0.74, 1.21];
const round = (x: number) => +x.toFixed(10);

describe('hodgesLehmannShift, exact branch, against R’s wilcox.test(x, y, conf.int = TRUE)', () => {
  it('H&W chorioamnion example: estimate 0.305, 95% CI [−0.15, 0.76] (R’s documented output)', () => {
    const r = hodgesLehmannShift(HW_X, HW_Y);
    expect([round(r.estimate), r.ci.map(round), r.method]).toEqual([0.305, [-0.15, 0.76], 'exact']);
  });
  it('the same interval from first principles: C = 9 by enumerating C(15, 5) placements, coverage 1 − 2·60/3003', () => {
    const counts = enumerateU(10, 5);
    let c = 0;
    let cumulative = counts[0]!;
    while (cumulative / 3003 < 0.025) cumulative += counts[++c]!;
    const diffs = pairwiseDifferences(HW_X, HW_Y);
    const r = hodgesLehmannShift(HW_X, HW_Y);
    expect(c).toBe(9);
    expect(r.ci).toEqual([diffs[c - 1], diffs[50 - c]]);
    expect(r.achievedConfidence).toBeCloseTo(1 - (2 * 60) / 3003, 12);
  });
  it('tiny samples cannot reach 95%: C is raised to 1 and the interval is [min D, max D], as R does', () => {
    const r = hodgesLehmannShift([5, 6], [1, 2]);
    expect([r.ci, r.estimate, round(r.achievedConfidence)]).toEqual([[3, 5], 4, round(1 - 2 / 6)]);
  });
  it('a pure shift is recovered exactly: head = base + 2 gives estimate 2', () => {
    const base = [3.1, 4.7, 2.2, 9.4, 5.5, 6.1, 1.3];
    expect(hodgesLehmannShift(base.map((b) => b + 2), base).estimate).toBeCloseTo(2, 12);
  });
});

describe('hodgesLehmannShift, normal branch (H&W large-sample C)', () => {
  it('with ties: C = round(mn/2 − 1.96·σ_U) with the tie-corrected σ_U, here 38 for 12 × 12', () => {
    const head = [5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 12, 13];
    const base = [1, 2, 3, 3, 4, 5, 6, 6, 7, 8, 9, 10];
    const r = hodgesLehmannShift(head, base);
    // Ties in the pooled sample: 3×2, 5×2, 6×4, 7×2, 8×2, 9×3, 10×2, 12×2 → Σ(t³ − t) = 120 by hand;
    // σ_U² = (144/12)(25 − 120/(24·23)) = 297.39, σ_U = 17.245, C = round(72 − 1.96 · 17.245) = round(38.2).
    const tieTerm = 6 + 6 + 60 + 6 + 6 + 24 + 6 + 6;
    expect(uSigma(12, 12, tieTerm)).toBeCloseTo(17.245, 3);
    const c = 38;
    const diffs = pairwiseDifferences(head, base);
    expect(r.method).toBe('normal');
    expect(r.ci).toEqual([diffs[c - 1], diffs[144 - c]]);
  });
  it('agrees with the exact interval to a neighbouring order statistic when both apply (20 × 20, forced)', () => {
    const head = Array.from({ length: 20 }, (_, i) => Math.sin(i + 1) * 3 + 1);
    const base = Array.from({ length: 20 }, (_, j) => Math.cos(j * 1.7) * 3);
    const diffs = Array.from(pairwiseDifferences(head, base));
    const exact = hodgesLehmannShift(head, base);
    const normal = hodgesLehmannShift(head, base, { exact: false });
    const rank = (x: number) => diffs.indexOf(x);
    expect(Math.abs(rank(exact.ci[0]) - rank(normal.ci[0]))).toBeLessThanOrEqual(1);
    expect(exact.estimate).toBe(normal.estimate);
  });
});

describe('hodgesLehmannRatio', () => {
  it('is the shift on logs: head = base × 1.1 gives ratio 1.1', () => {
    const base = [100, 103, 98, 101, 99, 104, 97, 102];
    const r = hodgesLehmannRatio(base.map((b) => b * 1.1), base);
    expect(r.ratio).toBeCloseTo(1.1, 12);
    expect(r.ci[0]).toBeLessThanOrEqual(r.ratio);
    expect(r.ci[1]).toBeGreaterThanOrEqual(r.ratio);
  });
  it('refuses values that have no logarithm', () => {
    expect(() => hodgesLehmannRatio([1, 0], [1, 2])).toThrow(/positive/);
    expect(() => hodgesLehmannShift([1], [2], { confidence: 1 })).toThrow(RangeError);
  });
});
