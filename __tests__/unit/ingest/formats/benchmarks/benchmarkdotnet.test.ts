import { describe, expect, it } from '@jest/globals';
import { benchmarkdotnetFormat } from '../../../../../src/ingest/formats/benchmarks/benchmarkdotnet.js';
import { located, normalised, parseFixture, rows } from './helpers.js';

describe('BenchmarkDotNet JSON exporter', () => {
  it('mean in ns, standard deviation as range, OriginalValues (else the Result measurements) as samples, allocations per operation', async () => {
    const { benchmarks, problems, warnings } = await parseFixture(benchmarkdotnetFormat, 'benchmarkdotnet/full.json', 300);
    expect(rows(benchmarks)).toEqual([
      ['Acme.Benchmarks.StringBench.Concat(N: 10)', 100.70625, 'ns', 'smaller', 8],
      ['Acme.Benchmarks.StringBench.Concat(N: 10) - B/op', 304, 'B/op', 'smaller', 0],
      ['Acme.Benchmarks.StringBench.Builder(N: 10)', 56.5, 'ns', 'smaller', 4]
    ]);
    expect(benchmarks[0]!.range).toBe('± 0.8640591497610046');
    expect(benchmarks[2]!.samples).toEqual([55, 56, 56.5, 58.5]);
    expect(normalised(benchmarks)[1]).toEqual(['Acme.Benchmarks.StringBench.Concat(N: 10) - B/op', 'B', 304]);
    expect(problems).toEqual([]);
    expect(located(warnings)).toEqual(['320:5 Benchmarks[2]: "Acme.Benchmarks.StringBench.Broken(N: 10)" has no statistics (the benchmark did not run)']);
  });
});
