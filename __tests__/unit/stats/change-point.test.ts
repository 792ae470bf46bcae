import { describe, expect, it } from '@jest/globals';
import { bestSplit, bumps, eDivisive } from '../../../src/stats/change-point.js';
import { median } from '../../../src/stats/median.js';
import { createRng, normal } from '../../../src/stats/random.js';

/** A seeded series: [length, level] pieces with 2% log-normal noise. */
function series(seed: number, pieces: Array<[number, number]>, noise = 0.02): number[] {
  const rng = createRng(seed);
  return pieces.flatMap(([length, level]) => Array.from({ length }, () => level * Math.exp(normal(rng, 0, noise))));
}

/** Q̂(τ) straight from Matteson & James's definition, for checking the O(L²) sweep. */
function qByDefinition(z: number[], tau: number): number {
  const x = z.slice(0, tau);
  const y = z.slice(tau);
  const [n, m] = [x.length, y.length];
  let cross = 0;
  for (const a of x) for (const b of y) cross += Math.abs(a - b);
  const within = (s: number[]) => {
    let sum = 0;
    for (let i = 0; i < s.length; i++) for (let k = i + 1; k < s.length; k++) sum += Math.abs(s[i]! - s[k]!);
    return sum / ((s.length * (s.length - 1)) / 2);
  };
  return ((n * m) / (n + m)) * ((2 * cross) / (n * m) - within(x) - within(y));
}

describe('bestSplit', () => {
  it('maximises Q̂ exactly as the definition computes it', () => {
    const z = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4];
    const taus = Array.from({ length: 20 - 2 * 3 + 1 }, (_, i) => i + 3);
    const qs = taus.map((t) => qByDefinition(z, t));
    const best = Math.max(...qs);
    const split = bestSplit(z, 3)!;
    expect(split.tau).toBe(taus[qs.indexOf(best)]);
    expect(split.q).toBeCloseTo(best, 10);
  });
  it('α ≠ 1 takes the quadratic path and agrees with the definition too', () => {
    const z = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8];
    const split = bestSplit(z, 3, 0.5)!;
    const byDefinition = (tau: number) => {
      const d = (a: number, b: number) => Math.abs(a - b) ** 0.5;
      const [x, y] = [z.slice(0, tau), z.slice(tau)];
      let cross = 0;
      for (const a of x) for (const b of y) cross += d(a, b);
      const within = (s: number[]) => {
        let sum = 0;
        for (let i = 0; i < s.length; i++) for (let k = i + 1; k < s.length; k++) sum += d(s[i]!, s[k]!);
        return sum / ((s.length * (s.length - 1)) / 2);
      };
      return ((x.length * y.length) / z.length) * ((2 * cross) / (x.length * y.length) - within(x) - within(y));
    };
    expect(split.q).toBeCloseTo(Math.max(...[3, 4, 5, 6, 7, 8, 9].map(byDefinition)), 10);
  });
  it('needs minSize points on each side', () => {
    expect(bestSplit([1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toBeUndefined();
    expect(bestSplit([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5)!.tau).toBe(5);
  });
});

describe('eDivisive', () => {
  it('finds a planted +10% shift at index 30 of 60 (2% noise), with the smallest permutation p', () => {
    const found = eDivisive(series(11, [[30, 100], [30, 110]]));
    expect(found.map((c) => c.index)).toEqual([30]);
    expect(found[0]!.change).toBeGreaterThan(0.08);
    expect(found[0]!.pValue).toBe(1 / 200);
  });
  it('finds nothing in 60 points of pure noise', () => {
    for (const seed of [1, 2, 3, 4, 5]) expect(eDivisive(series(seed, [[60, 100]]))).toEqual([]);
  });
  it('finds two shifts (up 15%, then down 17%) by recursive bisection', () => {
    const found = eDivisive(series(11, [[20, 100], [25, 115], [20, 95]]));
    expect(found.map((c) => [c.index, Math.sign(c.change)])).toEqual([[20, 1], [45, -1]]);
  });
  it('reports a real 3% move only when the minimum magnitude allows it', () => {
    const s = series(7, [[40, 100], [40, 103]], 0.005);
    expect(eDivisive(s)).toEqual([]);
    expect(eDivisive(s, { minMagnitude: 0.02 }).map((c) => c.index)).toEqual([40]);
  });
  it('is reproducible: the same seed gives the same p-values; an injected generator is used as given', () => {
    const s = series(3, [[15, 100], [15, 104]], 0.03);
    const options = { minMagnitude: 0, permutations: 99 };
    expect(eDivisive(s, { ...options, seed: 9 })).toEqual(eDivisive(s, { ...options, seed: 9 }));
    expect(eDivisive(s, { ...options, rng: createRng(9) })).toEqual(eDivisive(s, { ...options, seed: 9 }));
  });
  it('leaves short series alone and refuses bad options', () => {
    expect(eDivisive([1, 2, 3])).toEqual([]);
    expect(() => eDivisive([1, NaN])).toThrow(RangeError);
    expect(() => eDivisive([1, 2], { minSize: 1 })).toThrow(RangeError);
    expect(() => eDivisive([1, 2], { alpha: 2 })).toThrow(RangeError);
  });
  it('searches first and filters after: a staircase whose first split moves the median under 5% still shows its five 5–6.6% shifts', () => {
    const levels: Array<[number, number]> = [[25, 100], [20, 106.6], [30, 101], [20, 106.5], [25, 100.8], [30, 106]];
    const s = series(4, levels, 0.005);
    const top = bestSplit(s, 5)!;
    const firstMove = Math.abs(median(s.slice(top.tau)) / median(s.slice(0, top.tau)) - 1);
    expect(firstMove).toBeCloseTo(0.048, 3); // what used to stop the search
    const found = eDivisive(s, { significance: 0.01 });
    expect(found.map((c) => c.index)).toEqual([25, 45, 75, 95, 120]);
    expect(found.every((c) => Math.abs(c.change) >= 0.05 && Math.abs(c.change) <= 0.07)).toBe(true);
  });
  it('re-measures a move on the merged segments when a smaller neighbour is dropped', () => {
    // +2% then +8%: the 2% move goes, and the 8% one is measured from the merged 60 runs before it
    // (median ≈ 101), not from the 30 at 102 it was first found against.
    const found = eDivisive(series(6, [[30, 100], [30, 102], [30, 110]], 0.003), { significance: 0.01 });
    expect(found.map((c) => c.index)).toEqual([60]);
    expect(found[0]!.change).toBeCloseTo(0.09, 2);
    expect(found[0]!.before).toBeCloseTo(101, 0);
  });
  it('a 40/10/40 up-and-back bump is found with both ends and paired as a bump', () => {
    const found = eDivisive(series(5, [[40, 100], [10, 130], [40, 100]]), { significance: 0.01 });
    expect(found.map((c) => [c.index, Math.round(c.change * 100)])).toEqual([[40, 31], [50, -23]]);
    expect(bumps(found, 0.05).map((b) => [b.up.index, b.down.index])).toEqual([[40, 50]]);
  });
  it('a step up and a later step further up is no bump; nor is a fall that does not come back', () => {
    const stairs = eDivisive(series(3, [[30, 100], [30, 115], [30, 130]]), { significance: 0.01 });
    expect(stairs).toHaveLength(2);
    expect(bumps(stairs, 0.05)).toEqual([]);
    const partial = eDivisive(series(3, [[30, 100], [30, 130], [30, 115]]), { significance: 0.01 });
    expect(bumps(partial, 0.05)).toEqual([]);
  });
  it('stops permuting a noise segment as soon as it cannot be significant (far fewer draws than 199 full permutations)', () => {
    const inner = createRng(8);
    let draws = 0;
    const counting = { next: () => (draws++, inner.next()), nextUint32: () => (draws++, inner.nextUint32()) };
    const s = series(8, [[100, 100]]);
    expect(eDivisive(s, { rng: counting, significance: 0.01 })).toEqual([]);
    expect(draws).toBeLessThan((199 * 100) / 10);
  });
});
