import { describe, expect, it } from '@jest/globals';
import { createRng, gamma, normal, shuffleInPlace, studentT, uniformInt, xoshiro128ss } from '../../../src/stats/random.js';

describe('xoshiro128**', () => {
  it('gives the reference sequence for the state 1, 2, 3, 4 (as the rand_xoshiro crate tests it; first three checked by hand)', () => {
    const rng = xoshiro128ss([1, 2, 3, 4]);
    expect(Array.from({ length: 10 }, () => rng.nextUint32())).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804
    ]);
  });
  it('refuses the all-zero state, which would stay zero for ever', () => {
    expect(() => xoshiro128ss([0, 0, 0, 0])).toThrow(RangeError);
  });
  it('repeats a seeded stream exactly, and different seeds differ', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });
});

describe('draws', () => {
  const rng = createRng(2024);
  const many = (f: () => number, n = 200_000) => Array.from({ length: n }, f);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = (xs: number[]) => {
    const m = mean(xs);
    return xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1);
  };
  it('next() is uniform on [0, 1): mean 1/2, variance 1/12', () => {
    const xs = many(() => rng.next());
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mean(xs)).toBeCloseTo(0.5, 2);
    expect(variance(xs)).toBeCloseTo(1 / 12, 3);
  });
  it('normal() has mean 0 and variance 1, and 2.5% above 1.96', () => {
    const xs = many(() => normal(rng));
    expect(mean(xs)).toBeCloseTo(0, 2);
    expect(variance(xs)).toBeCloseTo(1, 1);
    expect(xs.filter((x) => x > 1.959964).length / xs.length).toBeCloseTo(0.025, 2);
  });
  it('gamma(shape) has mean shape and variance shape, also below 1', () => {
    for (const shape of [0.5, 1.5, 4]) {
      const xs = many(() => gamma(rng, shape), 100_000);
      expect(mean(xs)).toBeCloseTo(shape, 1);
      expect(variance(xs) / shape).toBeCloseTo(1, 1);
    }
  });
  it('studentT(3) puts 2.5% above t(0.975, 3) = 3.182446 and has variance df/(df − 2) for df = 10', () => {
    const t3 = many(() => studentT(rng, 3));
    expect(t3.filter((x) => x > 3.182446).length / t3.length).toBeCloseTo(0.025, 2);
    expect(variance(many(() => studentT(rng, 10)))).toBeCloseTo(10 / 8, 1);
  });
  it('uniformInt covers [0, n) evenly and shuffle returns a permutation', () => {
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[uniformInt(rng, 3)]!++;
    for (const c of counts) expect(c / 30_000).toBeCloseTo(1 / 3, 1);
    const values = Array.from({ length: 50 }, (_, i) => i);
    expect([...shuffleInPlace(rng, [...values])].sort((a, b) => a - b)).toEqual(values);
  });
});
