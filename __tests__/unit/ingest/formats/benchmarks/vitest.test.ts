import { describe, expect, it } from '@jest/globals';
import { vitestFormat } from '../../../../../src/ingest/formats/benchmarks/vitest.js';
import { located, parseFixture, parseText, rows } from './helpers.js';

describe('vitest bench --outputJson (vitest 3.2.7)', () => {
  it('group > bench names, the mean in ms, rme as range, ops/sec and the sample count in extra', async () => {
    const { benchmarks, problems } = await parseFixture(vitestFormat, 'vitest/bench.json', 77);
    expect(rows(benchmarks)).toEqual([
      ['src/fib.bench.js > top-level sort', 0.00046047154763563666, 'ms', 'smaller', 0],
      ['src/fib.bench.js > fib > fib(10)', 0.001149209565836895, 'ms', 'smaller', 0],
      ['src/fib.bench.js > fib > fib(15)', 0.01184066990291273, 'ms', 'smaller', 0]
    ]);
    expect(benchmarks[1]).toMatchObject({ range: '±1.44%', extra: '870163.3102677532 ops/sec\n43509 samples' });
    expect(benchmarks[1]!.normalized!.value).toBeCloseTo(1.149209565836895e-6, 18);
    expect(problems).toEqual([]);
  });

  it('samples, when a version wrote them, are kept; a broken benchmark is a problem of its own', async () => {
    const bench = (name: string, extra = '') => `{"name": "${name}", "mean": 2, "rme": 1, "hz": 500, "sampleCount": 3, "samples": [1, 2, 3]${extra}}`;
    const json = `{"files": [{"filepath": "/w/a.bench.ts", "groups": [{"fullName": "a.bench.ts", "benchmarks": [${bench('ok')}, {"name": "bad"}]}]}]}`;
    const { benchmarks, problems } = await parseText(vitestFormat, json);
    expect(rows(benchmarks)).toEqual([['a.bench.ts > ok', 2, 'ms', 'smaller', 3]]);
    expect(located(problems)).toEqual(['1:12 files[0].groups[0].benchmarks[1]: mean: expected a number, found nothing']);
  });
});
