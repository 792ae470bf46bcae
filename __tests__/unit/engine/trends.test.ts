import { describe, expect, it } from '@jest/globals';
import { benchmarkTrends, levelShifts } from '../../../src/engine/trends.js';
import { emptyHistory, type HistoryRun, type TimingHistory } from '../../../src/model/history.js';
import type { BenchmarkResult } from '../../../src/model/benchmarks.js';
import { createRng, type Rng } from '../../../src/stats/random.js';

const sha = (i: number) => i.toString(16).padStart(40, '0');

function run(i: number, benchmarks: Record<string, number[]>, unit = 's'): HistoryRun {
  return {
    runId: String(1000 + i), attempt: 1, sha: sha(i), ref: 'refs/heads/main', at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(), conclusion: 'success', tests: {},
    benchmarks: Object.fromEntries(Object.entries(benchmarks).map(([name, samples]) => [name, { unit, direction: 'smaller-is-better' as const, samples }]))
  };
}

function history(runs: HistoryRun[]): TimingHistory {
  return { ...emptyHistory('default'), runs };
}

function bench(name: string, value: number): BenchmarkResult {
  return { name, value, unit: 's', direction: 'smaller-is-better', samples: [value], normalized: { unit: 's', value, samples: [value] } };
}

/** A level of `level` with ±2% uniform noise, seeded. */
function noisy(rng: Rng, level: number): number {
  return level * (1 + 0.04 * (rng.next() - 0.5));
}

describe('benchmarkTrends', () => {
  it('takes the median of each stored run and appends this run last', () => {
    const h = history([run(1, { parse: [1, 3, 2] }), run(2, { parse: [4, 5, 6] })]);
    const [t] = benchmarkTrends(h, [bench('parse', 7)], { sha: 'f'.repeat(40), runId: '9' });
    expect(t?.points).toEqual([
      { sha: sha(1), runId: '1001', value: 2 },
      { sha: sha(2), runId: '1002', value: 5 },
      { sha: 'f'.repeat(40), runId: '9', value: 7, current: true }
    ]);
  });

  it('leaves out past runs stored in another unit instead of mixing levels', () => {
    const h = history([run(1, { parse: [1] }, 'B'), run(2, { parse: [2] })]);
    expect(benchmarkTrends(h, [bench('parse', 3)], { sha: sha(3), runId: '3' })[0]?.points.map((p) => p.value)).toEqual([2, 3]);
  });
});

describe('levelShifts', () => {
  const rng = createRng(42);
  const series = (levels: Array<[number, number]>) => levels.flatMap(([n, level]) => Array.from({ length: n }, () => noisy(rng, level)));

  it('names the commit range where a 20% slowdown landed, as worse, counting the runs since', () => {
    const values = series([[12, 100], [8, 120]]);
    const h = history(values.map((v, i) => run(i + 1, { render: [v] })));
    const shifts = levelShifts(benchmarkTrends(h, []));
    expect(shifts).toHaveLength(1);
    expect(shifts[0]).toMatchObject({ name: 'render', from: { sha: sha(12), runId: '1012' }, to: { sha: sha(13), runId: '1013' }, worse: true, runsSince: 8 });
    expect(shifts[0]?.change).toBeCloseTo(0.2, 1);
    expect(shifts[0]?.pValue).toBeLessThanOrEqual(0.01);
  });

  it('finds nothing in a stable noisy series, and nothing below the minimum change', () => {
    const stable = series([[30, 100]]);
    const small = series([[15, 100], [15, 103]]);
    const h = history(stable.map((v, i) => run(i + 1, { stable: [v], small: [small[i] ?? 0] })));
    expect(levelShifts(benchmarkTrends(h, []))).toEqual([]);
  });

  it('reports a 40/10/40 bump once, as a bump with the commits where it went up and where it came back', () => {
    const values = series([[40, 100], [10, 130], [40, 100]]);
    const h = history(values.map((v, i) => run(i + 1, { spike: [v] })));
    const [bump, ...rest] = levelShifts(benchmarkTrends(h, []));
    expect(rest).toEqual([]);
    expect(bump).toMatchObject({ kind: 'bump', worse: true, from: { runId: '1040' }, to: { runId: '1041' }, runsSince: 50 });
    expect(bump!.back).toMatchObject({ from: { runId: '1050' }, to: { runId: '1051' }, runs: 10 });
    expect(bump!.change).toBeCloseTo(0.3, 1);
    expect(bump!.back!.after).toBeCloseTo(100, -1);
  });

  it('calls a faster level better and needs five runs on each side', () => {
    const values = series([[8, 100], [5, 70]]);
    const h = history(values.map((v, i) => run(i + 1, { fast: [v] })));
    expect(levelShifts(benchmarkTrends(h, []))[0]).toMatchObject({ worse: false, runsSince: 5 });
    const short = history(values.slice(3, 12).map((v, i) => run(i + 1, { fast: [v] })));
    expect(levelShifts(benchmarkTrends(short, []))).toEqual([]);
  });

  it('is the same on a re-run (seeded per benchmark)', () => {
    const values = series([[10, 100], [10, 112]]);
    const h = history(values.map((v, i) => run(i + 1, { a: [v], b: [v * 2] })));
    expect(levelShifts(benchmarkTrends(h, []))).toEqual(levelShifts(benchmarkTrends(h, [])));
  });
});
