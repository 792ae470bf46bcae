import { describe, expect, it } from '@jest/globals';
import { detectableResidual, fitWindow, headShift, leaveOneOutResiduals, lowerTail, upperTail, type SeriesNull } from '../../../src/stats/history-null.js';
import { createRng, normal } from '../../../src/stats/random.js';

/** A series null with these residuals (sorted here) and their mean absolute value as the spread. */
const nullOf = (residuals: number[]): SeriesNull => {
  const sorted = Float64Array.from(residuals).sort();
  return { level: 0, residuals: sorted, spread: residuals.reduce((s, e) => s + Math.abs(e), 0) / residuals.length, shiftable: true };
};

describe('leaveOneOutResiduals', () => {
  it.each([
    // each value minus the median of the others, ascending
    [[1, 2, 3], [-1.5, 0, 1.5]],
    [[1, 2, 3, 10], [-2, -1, 1, 8]],
    [[5, 5, 5], [0, 0, 0]]
  ])('%j → %j', (values, expected) => {
    expect(Array.from(leaveOneOutResiduals(values))).toEqual(expected);
  });
});

describe('upperTail: conformal rank within the past, generalised Pareto beyond it', () => {
  const s = nullOf([-0.04, -0.02, -0.01, 0, 0.01, 0.02, 0.03, 0.05, 0.06]); // n = 9, d̄ = 0.0267, max 0.06
  it.each([
    [-1, 1], // below everything: all 9 past residuals are ≥, (1 + 9)/10
    [0.01, 6 / 10], // 5 past residuals ≥ 0.01
    [0.06, 2 / 10], // equal to the largest counts it
    [0.06 + 0.0267 * 2, (1 + 0.5 * 2) ** -2 / 10] // two spreads past the max: (1 + ξt)^(−1/ξ)/(n + 1)
  ])('r = %d → p = %d', (r, p) => {
    expect(upperTail(r, s, 0.5)).toBeCloseTo(p, 3);
  });
  it('ξ = 0 is the exponential tail; a larger ξ is heavier (a larger p far out)', () => {
    const far = 0.06 + 0.0267 * 10;
    expect(upperTail(far, s, 0)).toBeCloseTo(Math.exp(-10) / 10, 6);
    expect(upperTail(far, s, 1)).toBeGreaterThan(upperTail(far, s, 0.5));
  });
  it('the lower tail mirrors it, and a deterministic series (no spread) is certain either way', () => {
    expect(lowerTail(-0.06, s, 0.5)).toBeCloseTo(upperTail(0.06, nullOf([0.04, 0.02, 0.01, 0, -0.01, -0.02, -0.03, -0.05, -0.06]), 0.5), 12);
    const flat = nullOf([0, 0, 0]);
    expect([upperTail(0.1, flat), upperTail(0, flat), lowerTail(-0.1, flat)]).toEqual([0, 1, 0]);
  });
  it('is a valid p-value on exchangeable data: P(p ≤ 1/21) ≤ 1/21 for 20 past runs (2,000 trials)', () => {
    const rng = createRng(42);
    let small = 0;
    for (let t = 0; t < 2000; t++) {
      const past = Array.from({ length: 20 }, () => normal(rng));
      const head = normal(rng);
      const row = Float64Array.from(past);
      const fit = fitWindow([row], { minRuns: 10 });
      if (upperTail(head - fit.series[0]!.level, fit.series[0]!) <= 1 / 21) small++;
    }
    // Exact for the rank alone; the level taken out of the head adds a little: allow Monte-Carlo noise.
    expect(small / 2000).toBeLessThan(1 / 21 + 0.015);
  });
});

describe('detectableResidual inverts the tail', () => {
  const s = nullOf([-0.04, -0.02, -0.01, 0, 0.01, 0.02, 0.03, 0.05, 0.06]);
  it.each([0.01, 0.001, 0.0001])('at level %d the tail p of the answer is the level', (level) => {
    expect(upperTail(detectableResidual(s, level, 0.5), s, 0.5)).toBeCloseTo(level, 8);
  });
  it('within the ranks: just past the residual that leaves few enough above', () => {
    const x = detectableResidual(s, 0.3, 0.5); // (1 + #{e ≥ x}) ≤ 3 → at most 2 above
    expect(x).toBeGreaterThan(0.03);
    expect(upperTail(x, s, 0.5)).toBeLessThanOrEqual(0.3);
  });
});

describe('fitWindow and headShift', () => {
  it('levels and run shifts: three benchmarks share each run’s speed, which a head run’s shift recovers', () => {
    const speeds = [0, 0.1, -0.05, 0.02, 0.08, -0.1, 0, 0.03, -0.02, 0.05];
    const rows = [1, 2, 3].map((level) => Float64Array.from(speeds, (s) => level + s));
    const fit = fitWindow(rows, { minRuns: 5 });
    expect(fit.series.map((x) => x!.level)).toEqual([1, 2, 3].map((l) => expect.closeTo(l + 0.01, 9)));
    expect(fit.series.every((x) => x!.spread < 1e-9)).toBe(true);
    expect(headShift(fit, [1.21, 2.21, 3.21]).shift).toBeCloseTo(0.2, 9);
    expect(fit.shiftRange).toBeCloseTo(0.11, 9);
  });
  it('a deterministic metric is neither used for the shift nor adjusted by it', () => {
    const speeds = [0, 0.1, -0.05, 0.02, 0.08, -0.1, 0, 0.03, -0.02, 0.05];
    const rows = [...[1, 2, 3].map((l) => Float64Array.from(speeds, (s) => l + s)), Float64Array.from(speeds, () => 7)];
    const fit = fitWindow(rows, { minRuns: 5 });
    expect([fit.series[3]!.shiftable, fit.series[3]!.spread, fit.series[0]!.shiftable]).toEqual([false, 0, true]);
  });
  it('fewer values than minRuns: no null for that benchmark', () => {
    const fit = fitWindow([Float64Array.of(1, 2, NaN, NaN)], { minRuns: 3 });
    expect([fit.series[0], fit.counts[0]]).toEqual([undefined, 2]);
  });
});
