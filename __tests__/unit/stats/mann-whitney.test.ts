import { describe, expect, it } from '@jest/globals';
import {
  exactDistribution,
  exactLowerTail,
  exactQuantile,
  exactUpperTail,
  mannWhitney,
  mannWhitneyGreater,
  minimumPValue,
  normalUpperTail
} from '../../../src/stats/mann-whitney.js';
import { binomial, enumerateU, uByPairs } from './enumerate.js';

// Hollander & Wolfe (1973, p. 69f.), the example in R's ?wilcox.test: permeability constants of the
// human chorioamnion at term (x) and at 12–26 weeks (y); alternative: greater at term.
const HW_X = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
const HW_Y = [1.15, 0.88, 0.9, 0.74, 1.21];

// R's airquality data set, Ozone (NAs dropped) in May and August: ?wilcox.test runs
// wilcox.test(Ozone ~ Month, data = airquality, subset = Month %in% c(5, 8)).
const MAY = [41, 36, 12, 18, 28, 23, 19, 8, 7, 16, 11, 14, 18, 14, 34, 6, 30, 11, 1, 11, 4, 32, 23, 45, 115, 37];
const AUG = [39, 9, 16, 78, 35, 66, 122, 89, 110, 44, 28, 65, 22, 59, 23, 31, 44, 21, 9, 45, 168, 73, 76, 118, 84, 85];

describe('the exact null distribution (Mann & Whitney 1947 recurrence)', () => {
  it('equals brute-force enumeration of all rank placements for every m, n ≤ 7', () => {
    for (let m = 1; m <= 7; m++) {
      for (let n = 1; n <= 7; n++) {
        const counts = enumerateU(m, n);
        const total = binomial(m + n, m);
        const dist = Array.from(exactDistribution(m, n));
        dist.forEach((p, u) => expect(p).toBeCloseTo(counts[u]! / total, 14));
      }
    }
  });
  it('reproduces Mann & Whitney’s Table I for m = n = 3: P(U ≤ 0..4) = .05, .10, .20, .35, .50', () => {
    expect([0, 1, 2, 3, 4].map((u) => +exactLowerTail(u, 3, 3).toFixed(10))).toEqual([0.05, 0.1, 0.2, 0.35, 0.5]);
  });
  it('gives the table critical value for m = n = 10, one-sided 5%: U ≤ 27 (P = 0.0446), against enumeration', () => {
    const counts = enumerateU(10, 10);
    const total = binomial(20, 10);
    const cumulative = (q: number) => counts.slice(0, q + 1).reduce((a, b) => a + b, 0) / total;
    expect(exactLowerTail(27, 10, 10)).toBeCloseTo(cumulative(27), 12);
    expect(exactLowerTail(27, 10, 10)).toBeCloseTo(0.0446, 4);
    expect(exactQuantile(0.05, 10, 10)).toBe(28); // R: qwilcox(0.05, 10, 10) is the first q with P(U ≤ q) ≥ 0.05
    expect(exactLowerTail(28, 10, 10)).toBeGreaterThanOrEqual(0.05);
  });
  it('sums to one and is symmetric about mn/2, and the law of U(m, n) is that of U(n, m)', () => {
    const dist = exactDistribution(12, 30);
    expect(dist.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (let u = 0; u <= 360; u++) expect(dist[u]).toBeCloseTo(dist[360 - u]!, 15);
    expect(Array.from(exactDistribution(30, 12))).toEqual(Array.from(dist));
  });
});

describe('mannWhitneyGreater against R’s wilcox.test', () => {
  it('H&W example, alternative "greater", exact: W = 35, p = 0.1272', () => {
    const r = mannWhitneyGreater(HW_X, HW_Y);
    expect([r.u, r.method, +r.pValue.toFixed(4)]).toEqual([35, 'exact', 0.1272]);
    // The exact value is a count over C(15, 10) = 3003 placements: 382 with U ≥ 35.
    const counts = enumerateU(10, 5);
    expect(r.pValue).toBeCloseTo(counts.slice(35).reduce((a, b) => a + b, 0) / 3003, 14);
  });
  it('H&W example, exact = FALSE, correct = FALSE (H&W large-sample approximation): p = 0.1103', () => {
    const r = mannWhitneyGreater(HW_X, HW_Y, { exact: false, correct: false });
    expect([r.method, +r.pValue.toFixed(4)]).toEqual(['normal', 0.1103]);
  });
  it('H&W example two-sided exact p = 0.2544 = 2 · min of the one-sided p-values', () => {
    const p = 2 * Math.min(mannWhitneyGreater(HW_X, HW_Y).pValue, mannWhitneyGreater(HW_Y, HW_X).pValue);
    expect(+p.toFixed(4)).toBe(0.2544);
  });
  it('airquality Ozone May vs August, with ties: W = 127.5, two-sided p = 0.0001208 (normal, tie and continuity corrected)', () => {
    const less = mannWhitneyGreater(AUG, MAY);
    const greater = mannWhitneyGreater(MAY, AUG);
    expect([MAY.length, AUG.length, greater.u, greater.ties, greater.method]).toEqual([26, 26, 127.5, true, 'normal']);
    expect(+(2 * Math.min(less.pValue, greater.pValue)).toPrecision(4)).toBe(0.0001208);
  });
  it('U counts pairs, ties one half, whatever the order of the data', () => {
    const head = [3, 1, 4, 1, 5, 9, 2, 6];
    const base = [2, 7, 1, 8, 2, 8];
    expect(mannWhitneyGreater(head, base).u).toBe(uByPairs(head, base));
  });
  it('complete separation gives the smallest p, 1/C(m + n, m)', () => {
    expect(mannWhitneyGreater([6, 7, 8, 9, 10], [1, 2, 3, 4, 5]).pValue).toBeCloseTo(1 / 252, 15);
    expect(minimumPValue(5, 5)).toBeCloseTo(1 / 252, 15);
    expect(minimumPValue(4, 4)).toBeCloseTo(1 / 70, 15);
    expect(minimumPValue(20, 20)).toBeCloseTo(1 / 137846528820, 20);
    expect(minimumPValue(0, 5)).toBe(1);
  });
  it('every value tied: p = 1, as R (z = −0.5/0 = −∞)', () => {
    expect(mannWhitneyGreater([2, 2, 2], [2, 2, 2]).pValue).toBe(1);
  });
  it('refuses empty or non-finite samples', () => {
    expect(() => mannWhitneyGreater([], [1])).toThrow(RangeError);
    expect(() => mannWhitneyGreater([1, NaN], [1])).toThrow(RangeError);
  });
});

describe('the exact/normal switch at m·n = 2,500', () => {
  const sep = (m: number, n: number) => [Array.from({ length: m }, (_, i) => 1000 + i), Array.from({ length: n }, (_, j) => j)] as const;
  it('is exact at 50 × 50 and 5 × 500, normal at 50 × 51 and with ties', () => {
    expect(mannWhitneyGreater(...sep(50, 50)).method).toBe('exact');
    expect(mannWhitneyGreater(...sep(5, 500)).method).toBe('exact');
    expect(mannWhitneyGreater(...sep(50, 51)).method).toBe('normal');
    expect(mannWhitneyGreater([1, 2, 2], [2, 3]).method).toBe('normal');
  });
  it('exact: true is honoured up to m·n = 10,000 (60 × 60), and falls back to normal past it (101 × 100)', () => {
    expect(mannWhitneyGreater(...sep(60, 60), { exact: true }).method).toBe('exact');
    expect(mannWhitneyGreater(...sep(101, 100), { exact: true }).method).toBe('normal');
  });
  it('both one-sided p-values from one ranking: pLess(x, y) = pGreater(y, x), exact and normal', () => {
    for (const [x, y] of [[HW_X, HW_Y], [MAY, AUG]] as const) {
      const both = mannWhitney(x, y);
      expect(both.pLess).toBeCloseTo(mannWhitneyGreater(y, x).pValue, 15);
      expect(both.pGreater).toBe(mannWhitneyGreater(x, y).pValue);
    }
  });
  it('past the switch the normal p is close and on the safe side: 50 × 51 within 0.5% at 0.05, ≤ 30% above at 1e-4', () => {
    const near = (target: number) => {
      let u = 1275;
      while (exactUpperTail(u + 1, 50, 51) >= target) u++;
      return { exact: exactUpperTail(u, 50, 51), normal: normalUpperTail(u, 50, 51, 0) };
    };
    const at05 = near(0.05);
    expect(Math.abs(at05.normal / at05.exact - 1)).toBeLessThan(0.005);
    const at1e4 = near(1e-4);
    expect(at1e4.normal / at1e4.exact).toBeGreaterThan(1);
    expect(at1e4.normal / at1e4.exact).toBeLessThan(1.3);
  });
});
