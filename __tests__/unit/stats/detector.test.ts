import { describe, expect, it } from '@jest/globals';
import { compareSamples, samplesNeeded, type BenchmarkSamples, type Direction } from '../../../src/stats/detector.js';

// Ten base samples with a ±0.5% spread, so any shift of 2% or more separates head from base.
const BASE = [100, 100.3, 99.6, 100.5, 99.8, 100.1, 99.5, 100.4, 99.7, 100.2];
const bench = (name: string, factor: number, direction: Direction = 'smaller-is-better', base = BASE): BenchmarkSamples => ({
  name,
  base,
  head: base.map((b) => b * factor),
  direction
});
const pick = (v: ReturnType<typeof compareSamples>[number]) => [v.verdict, v.strong];

describe('compareSamples: verdicts', () => {
  it('a 10% slowdown, fully separated: regression, strong, p = 1/C(20, 10)', () => {
    const [v] = compareSamples([bench('parse', 1.1)]);
    expect(pick(v!)).toEqual(['regression', true]);
    expect(v!.ratio).toBeCloseTo(1.1, 12);
    expect(v!.pValue).toBeCloseTo(1 / 184756, 15);
    expect(v!.qValue).toBe(v!.pValue);
    expect(v!.samples).toEqual({ base: 10, head: 10 });
    expect(v!.reason).toMatch(/^10% worse \(q = 5\.4e-6 ≤ 0\.01, at least 3%\); the whole CI/);
  });
  it('a 10% speed-up: improvement (reported, never a regression)', () => {
    expect(pick(compareSamples([bench('parse', 1 / 1.1)])[0]!)).toEqual(['improvement', true]);
  });
  it('bigger is better: a 10% drop in throughput is the regression, a rise the improvement', () => {
    const [drop, rise] = compareSamples([bench('ops', 0.9, 'bigger-is-better'), bench('ops2', 1.1, 'bigger-is-better')]);
    expect([drop!.verdict, drop!.ratio! < 1, rise!.verdict]).toEqual(['regression', true, 'improvement']);
  });
  it('identical samples: unchanged, ratio 1', () => {
    const [v] = compareSamples([{ name: 'same', base: BASE, head: [...BASE], direction: 'smaller-is-better' }]);
    expect([v!.verdict, v!.ratio, v!.strong]).toEqual(['unchanged', 1, false]);
    expect(v!.pValue!).toBeGreaterThan(0.5);
  });
});

describe('compareSamples: boundaries', () => {
  it('an effect exactly at minEffect (3.0%) counts; a minimum of 3.01% does not', () => {
    expect(compareSamples([bench('b', 1.03)])[0]!.verdict).toBe('regression');
    const [v] = compareSamples([bench('b', 1.03)], { minEffect: 0.0301 });
    expect(v!.verdict).toBe('unchanged');
    expect(v!.reason).toMatch(/significant \(q = 5\.4e-6\) but smaller than the 3\.01% minimum effect/);
  });
  it('bigger is better: a drop to exactly 0.97 counts at minEffect 3%', () => {
    expect(compareSamples([bench('b', 0.97, 'bigger-is-better')])[0]!.verdict).toBe('regression');
  });
  it('strong only when the CI end nearest to 1 is beyond the minimum: with the minimum at the estimate it is not', () => {
    const [v] = compareSamples([bench('b', 1.03)]);
    expect(v!.ci![0]).toBeLessThan(1.03);
    expect(v!.strong).toBe(false);
  });
  it('q exactly at the level flags: 5 vs 5 separated has p = q = 1/252', () => {
    const base = BASE.slice(0, 5);
    const [v] = compareSamples([bench('b', 1.2, 'smaller-is-better', base)], { q: 1 / 252 });
    expect([v!.verdict, v!.qValue]).toEqual(['regression', 1 / 252]);
  });
  it('a level just below 1/252 cannot be reached by 5 vs 5: insufficient, never a silent pass', () => {
    const base = BASE.slice(0, 5);
    const [v] = compareSamples([bench('b', 1.2, 'smaller-is-better', base)], { q: 0.999 / 252 });
    expect([v!.verdict, v!.pValue, v!.qValue]).toEqual(['insufficient', null, null]);
    expect(v!.ratio).toBeCloseTo(1.2, 12);
  });
  it('n too small at the default q = 0.01: 4 vs 4 (smallest p 1/70) is insufficient and says 5 are needed', () => {
    const [v] = compareSamples([bench('b', 2, 'smaller-is-better', BASE.slice(0, 4))]);
    expect(v!.verdict).toBe('insufficient');
    expect(v!.reason).toBe('4 base and 4 head samples: the smallest possible p-value, 1/C(8, 4) = 0.014, is above the level 0.01; at least 5 samples each are needed');
    expect(samplesNeeded(0.01)).toBe(5);
    expect(samplesNeeded(0.001)).toBe(7);
  });
  it('zeros or negatives prevent logs: insufficient with the reason, no ratio', () => {
    const [zero, negative] = compareSamples([
      { name: 'z', base: [0, ...BASE], head: BASE, direction: 'smaller-is-better' },
      { name: 'n', base: BASE, head: [-1, ...BASE], direction: 'smaller-is-better' }
    ]);
    expect([zero!.verdict, zero!.ratio, negative!.verdict]).toEqual(['insufficient', null, 'insufficient']);
    expect(zero!.reason).toMatch(/^1 value\(s\) are zero, negative or not finite: ratios are compared on logs/);
  });
  it('the same exact count on every run of both sides (Go allocs/op 0, B/op 48): unchanged, even with 3 samples', () => {
    const [zeros, bytes, moved] = compareSamples([
      { name: 'allocs/op', base: [0, 0, 0], head: [0, 0, 0], direction: 'smaller-is-better' },
      { name: 'B/op', base: [48, 48, 48], head: [48, 48, 48], direction: 'smaller-is-better' },
      { name: 'B/op moved', base: [0, 0, 0], head: [0, 0, 16], direction: 'smaller-is-better' }
    ]);
    expect([zeros!.verdict, zeros!.ratio, zeros!.reason]).toEqual(['unchanged', 1, 'every sample is 0 on both sides']);
    expect([bytes!.verdict, bytes!.reason]).toEqual(['unchanged', 'every sample is 48 on both sides']);
    expect(moved!.verdict).toBe('insufficient');
  });
  it('no samples on one side: insufficient, named', () => {
    const [v] = compareSamples([{ name: 'e', base: [], head: BASE, direction: 'smaller-is-better' }]);
    expect([v!.verdict, v!.reason, v!.ratio]).toEqual(['insufficient', 'no base samples', null]);
  });
  it('refuses options outside their ranges', () => {
    expect(() => compareSamples([], { q: 0 })).toThrow(RangeError);
    expect(() => compareSamples([], { minEffect: 1 })).toThrow(RangeError);
    expect(() => compareSamples([], { confidence: 1.5 })).toThrow(RangeError);
  });
});

describe('compareSamples: Benjamini–Hochberg across benchmarks', () => {
  it('q = p · m / rank over the tested benchmarks; insufficient ones are not in the family', () => {
    const unchangedHead = [100.2, 99.9, 100.4, 99.6, 100.1, 100.3, 99.8, 100, 100.5, 99.7];
    const verdicts = compareSamples([
      bench('slow', 1.1),
      { name: 'noise', base: BASE, head: unchangedHead, direction: 'smaller-is-better' },
      bench('tiny', 1.1, 'smaller-is-better', BASE.slice(0, 3))
    ]);
    const [slow, noise, tiny] = verdicts;
    expect(tiny!.verdict).toBe('insufficient');
    // Two tested: the separated one has the smallest regression p, so q = 2 · p / 1.
    expect(slow!.qValue).toBeCloseTo(2 * slow!.pValue!, 15);
    expect(noise!.verdict).toBe('unchanged');
  });
  it('twenty benchmarks, one 3% slower with p just under 0.01: significant alone, not after BH', () => {
    const head = BASE.map((b, i) => b * (i < 8 ? 1.03 : 0.995)); // overlap keeps p moderate: 0.0073
    const alone = compareSamples([{ name: 'x', base: BASE, head, direction: 'smaller-is-better' }], { minEffect: 0 });
    const others = Array.from({ length: 19 }, (_, k) => ({ name: `o${k}`, base: BASE, head: [...BASE].reverse(), direction: 'smaller-is-better' as const }));
    const family = compareSamples([{ name: 'x', base: BASE, head, direction: 'smaller-is-better' }, ...others], { minEffect: 0 });
    expect(alone[0]!.pValue!).toBeLessThan(0.01);
    expect(alone[0]!.verdict).toBe('regression');
    expect(family[0]!.verdict).toBe('unchanged');
    expect(family[0]!.qValue!).toBeCloseTo(Math.min(1, alone[0]!.pValue! * 20), 12);
  });
});
