import { describe, expect, it } from '@jest/globals';
import { evaluatePerformanceGate, seriesOf, type PerformanceGateOptions } from '../../../src/gates/performance-gate.js';
import type { BenchmarkResult } from '../../../src/model/benchmarks.js';

const OPTIONS: PerformanceGateOptions = { action: 'block', historyAction: 'warn', q: 0.01, minEffect: 0.03, maxRegression: {} };

/** n samples spread evenly ±2% around `level` (deterministic, no ties). */
const around = (level: number, n = 20) => Array.from({ length: n }, (_, i) => level * (0.98 + (0.04 * i) / (n - 1)));
const bench = (name: string, samples: number[], over: Partial<BenchmarkResult> = {}): BenchmarkResult => ({
  name, value: samples[0] ?? 0, unit: 'ns/iter', direction: 'smaller-is-better', samples, ...over
});

describe('same-job A/B', () => {
  it('flags a 20% slowdown as a regression and leaves an unchanged benchmark alone', () => {
    const r = evaluatePerformanceGate(
      { base: [bench('parse', around(100)), bench('render', around(50))], head: [bench('parse', around(120)), bench('render', around(50))] },
      OPTIONS
    );
    expect(r.comparisons.map((c) => [c.name, c.verdict, c.mode])).toEqual([['parse', 'regression', 'ab'], ['render', 'unchanged', 'ab']]);
    const parse = r.comparisons[0]!;
    expect(parse.ratio).toBeCloseTo(1.2, 2);
    expect(parse.ci![0]).toBeLessThanOrEqual(1.2);
    expect(parse.ci![1]).toBeGreaterThanOrEqual(1.2);
    expect(parse.samples).toEqual({ base: 20, head: 20 });
    expect(r.gate).toMatchObject({ gate: 'performance', status: 'failed', action: 'block', actual: 1, threshold: 0 });
    expect(r.gate.items?.[0]?.text).toMatch(/^parse: 20% slower/);
  });

  it('a throughput that drops is a regression; one that rises is an improvement', () => {
    const ops = (samples: number[]) => ({ unit: 'ops/sec', direction: 'bigger-is-better' as const, samples });
    const r = evaluatePerformanceGate(
      { base: [bench('a', [], ops(around(1000))), bench('b', [], ops(around(1000)))], head: [bench('a', [], ops(around(800))), bench('b', [], ops(around(1300)))] },
      OPTIONS
    );
    expect(r.comparisons.map((c) => c.verdict)).toEqual(['regression', 'improvement']);
  });

  it('warn turns a regression into a warning, not a failure', () => {
    const r = evaluatePerformanceGate({ base: [bench('a', around(100))], head: [bench('a', around(130))] }, { ...OPTIONS, action: 'warn' });
    expect(r.gate.status).toBe('warning');
  });

  it('max-regression lets one benchmark slow down by up to its own allowance', () => {
    const input = { base: [bench('import', around(100)), bench('parse', around(100))], head: [bench('import', around(115)), bench('parse', around(115))] };
    const r = evaluatePerformanceGate(input, { ...OPTIONS, maxRegression: { import: 0.2 } });
    expect(r.comparisons.map((c) => [c.name, c.verdict])).toEqual([['import', 'unchanged'], ['parse', 'regression']]);
  });

  it('too few samples is "insufficient" and a warning, never a silent pass', () => {
    const r = evaluatePerformanceGate({ base: [bench('a', [10, 11, 12])], head: [bench('a', [20, 21, 22])] }, OPTIONS);
    expect(r.comparisons[0]).toMatchObject({ verdict: 'insufficient', samples: { base: 3, head: 3 } });
    expect(r.comparisons[0]?.reason).toContain('at least');
    expect(r.gate).toMatchObject({ status: 'warning', action: 'warn', actual: null });
    expect(r.gate.message).toContain('No benchmark could be judged: insufficient samples');
  });

  it('some judged and some not: a warning that names the unjudged', () => {
    const r = evaluatePerformanceGate({ base: [bench('a', around(10)), bench('b', [1, 2])], head: [bench('a', around(10)), bench('b', [1, 2])] }, OPTIONS);
    expect(r.gate).toMatchObject({ status: 'warning', action: 'warn' });
    expect(r.gate.items?.map((i) => i.text.split(':')[0])).toEqual(['b']);
  });

  it('a benchmark new in the head has no base samples and says so', () => {
    const r = evaluatePerformanceGate({ base: [bench('a', around(10))], head: [bench('a', around(10)), bench('new', around(10))] }, OPTIONS);
    expect(r.comparisons[1]).toMatchObject({ name: 'new', verdict: 'insufficient', reason: 'no base samples' });
  });

  it('compares in a base unit: ms in the base and µs in the head are the same time', () => {
    const ms = (v: number[]) => ({ unit: 'ms', normalized: { unit: 's' as const, value: v[0]! / 1000, samples: v.map((x) => x / 1000) } });
    const us = (v: number[]) => ({ unit: 'us', normalized: { unit: 's' as const, value: v[0]! / 1e6, samples: v.map((x) => x / 1e6) } });
    const r = evaluatePerformanceGate({ base: [bench('a', [], ms(around(2)))], head: [bench('a', [], us(around(2000)))] }, OPTIONS);
    expect(r.comparisons[0]).toMatchObject({ verdict: 'unchanged', unit: 's' });
    expect(r.comparisons[0]?.ratio).toBeCloseTo(1, 3);
  });

  it('several files of one benchmark are several samples', () => {
    const base = around(100).map((v) => bench('a', [v]));
    const head = around(100).map((v) => bench('a', [v * 1.25]));
    expect(seriesOf(head).get('a')?.values).toHaveLength(20);
    expect(evaluatePerformanceGate({ base, head }, OPTIONS).comparisons[0]?.verdict).toBe('regression');
  });

  it('no benchmark results at all fails the gate with what to do', () => {
    const r = evaluatePerformanceGate({ head: [] }, OPTIONS);
    expect(r.gate).toMatchObject({ status: 'failed', actual: null });
    expect(r.gate.suggestions[0]).toContain('reports.benchmarks');
  });
});

describe('history mode (no base samples in the job)', () => {
  const runs = (n: number, level: Record<string, number>) =>
    Array.from({ length: n }, (_, i) => ({ id: `r${i}`, values: Object.fromEntries(Object.entries(level).map(([k, v]) => [k, v * (1 + 0.01 * Math.sin(i * 1.7))])) }));
  const units = { a: 'ns/iter', b: 'ns/iter', c: 'ns/iter', d: 'ns/iter' };

  it('no base yet: skipped, says so, does not fail', () => {
    const r = evaluatePerformanceGate({ head: [bench('a', [100])], history: { runs: runs(3, { a: 100 }), units } }, OPTIONS);
    expect(r.gate.status).toBe('skipped');
    expect(r.gate.message).toContain('history does not have enough runs');
    expect(r.comparisons[0]).toMatchObject({ mode: 'history', verdict: 'insufficient' });
  });

  it('one run that cannot prove its move is inconclusive, listed with the reason, and does not warn', () => {
    // "b" varies by ±20% from run to run; +10% in one run is well within that.
    const wobbly = Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, values: { a: 100 * (1 + 0.01 * Math.sin(i)), b: 200 * (1 + 0.2 * Math.sin(i * 2.3)), c: 300, d: 400 } }));
    const head = [bench('a', [100]), bench('b', [220]), bench('c', [300]), bench('d', [400])];
    const r = evaluatePerformanceGate({ head, history: { runs: wobbly, units } }, OPTIONS);
    const b = r.comparisons.find((c) => c.name === 'b')!;
    expect([b.verdict, b.reason.startsWith('insufficient evidence: '), b.detectable! > 1.2]).toEqual(['insufficient', true, true]);
    expect(r.gate.status).toBe('passed');
    expect(r.gate.message).toBe('No regression. 4 benchmarks compared (one value per run against the base branch history); 1 inconclusive (one run cannot prove their move).');
  });

  it('on the default branch the jump is watched, not reported: the gate passes and says so', () => {
    const level = { a: 100, b: 200, c: 300, d: 400 };
    const head = [bench('a', [160]), bench('b', [200]), bench('c', [300]), bench('d', [400])];
    const r = evaluatePerformanceGate({ head, history: { runs: runs(20, level), units }, defaultBranch: true }, OPTIONS);
    expect(r.comparisons.find((c) => c.name === 'a')).toMatchObject({ verdict: 'watching' });
    expect(r.gate).toMatchObject({ status: 'passed', actual: 0 });
  });

  it('a large jump in one benchmark against a steady history is a regression, acted on as warn by default', () => {
    const level = { a: 100, b: 200, c: 300, d: 400 };
    const head = [bench('a', [160]), bench('b', [200]), bench('c', [300]), bench('d', [400])];
    const r = evaluatePerformanceGate({ head, history: { runs: runs(20, level), units } }, OPTIONS);
    expect(r.comparisons.find((c) => c.name === 'a')).toMatchObject({ verdict: 'regression', mode: 'history' });
    expect(r.comparisons.filter((c) => c.verdict === 'regression')).toHaveLength(1);
    expect(r.gate).toMatchObject({ status: 'warning', action: 'warn' });
  });
});
