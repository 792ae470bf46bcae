import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { compareSamples } from '../../../src/stats/detector.js';
import { hodgesLehmannShift, pairwiseDifferences } from '../../../src/stats/hodges-lehmann.js';
import { exactLowerTail, exactUpperTail, mannWhitneyGreater } from '../../../src/stats/mann-whitney.js';
import { benjaminiHochberg } from '../../../src/stats/multiple.js';

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const sample = (max = 25) => fc.array(value, { minLength: 1, maxLength: max });
const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true, noDefaultInfinity: true });
const RUNS = { numRuns: 300 };

describe('Mann–Whitney properties', () => {
  it('p-values lie in [0, 1]', () => {
    fc.assert(fc.property(sample(), sample(), (x, y) => {
      const p = mannWhitneyGreater(x, y).pValue;
      return p >= 0 && p <= 1;
    }), RUNS);
  });
  it('the two one-sided p-values cover everything: P(U ≥ u) + P(U ≤ u) ≥ 1', () => {
    fc.assert(fc.property(sample(), sample(), (x, y) => mannWhitneyGreater(x, y).pValue + mannWhitneyGreater(y, x).pValue >= 1 - 1e-12), RUNS);
  });
  it('symmetric: "head larger" on (x, y) is "head smaller" on (−x, −y)', () => {
    fc.assert(fc.property(sample(), sample(), (x, y) => {
      const a = mannWhitneyGreater(x, y).pValue;
      const b = mannWhitneyGreater(y.map((v) => -v), x.map((v) => -v)).pValue;
      return Math.abs(a - b) < 1e-12;
    }), RUNS);
  });
  it('invariant under a monotone transform of both samples (ranks only): logs do not change p', () => {
    fc.assert(fc.property(fc.array(positive, { minLength: 1, maxLength: 20 }), fc.array(positive, { minLength: 1, maxLength: 20 }), (x, y) => {
      return mannWhitneyGreater(x, y).pValue === mannWhitneyGreater(x.map(Math.log), y.map(Math.log)).pValue || hasLogCollision(x, y);
    }), RUNS);
  });
  it('the exact law is a distribution: P(U ≤ u) + P(U ≥ u + 1) = 1', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 15 }), fc.nat(), (m, n, k) => {
      const u = k % (m * n + 1);
      return Math.abs(exactLowerTail(u, m, n) + exactUpperTail(u + 1, m, n) - 1) < 1e-12;
    }), RUNS);
  });
});

/** Two distinct doubles can share a rounded logarithm; then the ranks may tie after logs. */
function hasLogCollision(x: number[], y: number[]): boolean {
  const all = [...x, ...y];
  return new Set(all).size !== new Set(all.map(Math.log)).size;
}

describe('Hodges–Lehmann properties', () => {
  it('the CI contains the estimate, and the ends are ordered', () => {
    fc.assert(fc.property(sample(), sample(), fc.double({ min: 0.5, max: 0.999, noNaN: true }), (x, y, confidence) => {
      const r = hodgesLehmannShift(x, y, { confidence });
      return r.ci[0] <= r.estimate && r.estimate <= r.ci[1] && r.achievedConfidence >= 0 && r.achievedConfidence <= 1;
    }), RUNS);
  });
  it('equivariant: adding c to every head value adds c to the estimate and the CI (without ties; ties pick the normal C, as in R, and moving the head changes them)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 15 }), fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 15 }), fc.integer({ min: -500, max: 500 }), (x, y, c) => {
      const distinct = (xs: number[]) => new Set(xs).size === xs.length;
      fc.pre(distinct([...x, ...y]) && distinct([...x.map((v) => v + c), ...y]));
      const a = hodgesLehmannShift(x, y);
      const b = hodgesLehmannShift(x.map((v) => v + c), y);
      return b.estimate === a.estimate + c && b.ci[0] === a.ci[0] + c && b.ci[1] === a.ci[1] + c;
    }), RUNS);
  });
  it('antisymmetric: swapping the samples negates the estimate and mirrors the CI', () => {
    fc.assert(fc.property(sample(15), sample(15), (x, y) => {
      const a = hodgesLehmannShift(x, y);
      const b = hodgesLehmannShift(y, x);
      return b.estimate === -a.estimate && b.ci[0] === -a.ci[1] && b.ci[1] === -a.ci[0];
    }), RUNS);
  });
});

describe('Benjamini–Hochberg properties', () => {
  it('q ≥ p, q ≤ 1, and q keeps the order of p', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }), (ps) => {
      const qs = benjaminiHochberg(ps);
      return ps.every((p, i) => qs[i]! >= p - 1e-15 && qs[i]! <= 1 && ps.every((p2, j) => !(p < p2) || qs[i]! <= qs[j]!));
    }), RUNS);
  });
});

describe('detector properties', () => {
  const bench = fc.record({
    base: fc.array(positive, { minLength: 0, maxLength: 12 }),
    head: fc.array(positive, { minLength: 0, maxLength: 12 }),
    direction: fc.constantFrom('smaller-is-better' as const, 'bigger-is-better' as const)
  });
  it('a regression always has q ≤ level and an effect ≥ minEffect in the bad direction; every benchmark gets a verdict', () => {
    fc.assert(fc.property(fc.array(bench, { maxLength: 6 }), (bs) => {
      const named = bs.map((b, i) => ({ ...b, name: `b${i}` }));
      const verdicts = compareSamples(named, { q: 0.05 });
      return verdicts.length === named.length && verdicts.every((v, i) => {
        if (v.verdict !== 'regression') return true;
        const worse = named[i]!.direction === 'smaller-is-better' ? v.ratio! >= 1.03 - 1e-9 : v.ratio! <= 0.97 + 1e-9;
        return v.qValue! <= 0.05 * (1 + 1e-9) && worse;
      });
    }), RUNS);
  });
  it('swapping base and head of a smaller-is-better benchmark turns a regression into an improvement', () => {
    fc.assert(fc.property(fc.array(positive, { minLength: 6, maxLength: 12 }), fc.array(positive, { minLength: 6, maxLength: 12 }), (base, head) => {
      const [a] = compareSamples([{ name: 'x', base, head, direction: 'smaller-is-better' }]);
      const [b] = compareSamples([{ name: 'x', base: head, head: base, direction: 'smaller-is-better' }]);
      const mirror: Record<string, string> = { regression: 'improvement', improvement: 'regression', unchanged: 'unchanged', insufficient: 'insufficient' };
      return b!.verdict === mirror[a!.verdict];
    }), RUNS);
  });
});

it('a fixed check that the property runner itself works', () => {
  expect(mannWhitneyGreater([2], [1]).pValue).toBe(0.5);
});

describe('Hodges–Lehmann selection', () => {
  it('the estimate and CI ends are the order statistics of the fully sorted differences', () => {
    fc.assert(fc.property(sample(20), sample(20), (x, y) => {
      const sorted = pairwiseDifferences(x, y);
      const r = hodgesLehmannShift(x, y);
      const mid = sorted.length >> 1;
      const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
      // The ends are D_(C) and D_(mn + 1 − C) for one C: mirror-image ranks of the sorted list.
      return r.estimate === median && Array.from(sorted).some((v, k) => v === r.ci[0] && sorted[sorted.length - 1 - k] === r.ci[1]);
    }), RUNS);
  });
});
