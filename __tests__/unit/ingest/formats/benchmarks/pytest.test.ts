import { describe, expect, it } from '@jest/globals';
import { pytestFormat } from '../../../../../src/ingest/formats/benchmarks/pytest.js';
import { located, parseFixture, parseText, rows } from './helpers.js';

describe('pytest-benchmark --benchmark-json', () => {
  it('pytest-benchmark 5.2.3: ops as value, stddev and mean as github-action-benchmark writes them, stats.data as samples in iter/sec', async () => {
    const { benchmarks, problems, warnings } = await parseFixture(pytestFormat, 'pytest/fib-and-sleep.json', 500);
    expect(rows(benchmarks)).toEqual([
      ['test_fib.py::test_fib_10', 68788.93349539141, 'iter/sec', 'bigger', 9],
      ['test_fib.py::test_fib_param[5]', 674088.0402510866, 'iter/sec', 'bigger', 35],
      ['test_fib.py::test_fib_param[15]', 6484.243290170106, 'iter/sec', 'bigger', 5],
      ['test_fib.py::test_sleep', 469.1838190458714, 'iter/sec', 'bigger', 5]
    ]);
    expect(benchmarks[3]).toMatchObject({ range: 'stddev: 0.000009040682052915418', extra: 'mean: 2.1313608001946704 msec\nrounds: 5' });
    expect(benchmarks[0]!.extra).toBe('mean: 14.537222038294809 usec\nrounds: 9');
    // Each round's seconds per iteration, inverted: the samples' harmonic mean is the value.
    const samples = benchmarks[3]!.samples!;
    expect(samples.length / samples.reduce((sum, s) => sum + 1 / s, 0)).toBeCloseTo(469.1838190458714, 6);
    expect(benchmarks[3]!.normalized).toMatchObject({ unit: '1/s', value: 469.1838190458714 });
    expect([problems, warnings]).toEqual([[], []]);
  });

  it('a trimmed stats.data keeps no samples, with a warning at the benchmark', async () => {
    const json = '{"machine_info": {}, "benchmarks": [\n  {"fullname": "t.py::a", "stats": {"ops": 2, "mean": 0.5, "stddev": 0.1, "rounds": 3, "data": [0.5, "… omitted"]}}]}';
    const { benchmarks, warnings } = await parseText(pytestFormat, json);
    expect(rows(benchmarks)).toEqual([['t.py::a', 2, 'iter/sec', 'bigger', 0]]);
    expect(located(warnings)).toEqual(['2:3 benchmarks[0]: stats.data holds something other than positive numbers; no samples kept for "t.py::a"']);
  });

  it.each([
    ['a benchmark without ops', '{"benchmarks": [{"fullname": "t.py::a", "stats": {"mean": 1}}]}', ['1:17 benchmarks[0]: ops: expected a number, found nothing']],
    ['stats as a string', '{"benchmarks": [{"fullname": "t.py::a", "stats": "n/a"}]}', ['1:17 benchmarks[0]: stats: expected an object, found the string “n/a”']],
    ['a cut-off file gives no results at all', '{"benchmarks": [{"fullname": "t.py::a", "stats": {"ops": 1, "mean": 1, "stddev": 0, "rounds": 1}}, {"full', ['1:106 unexpected end of file: expected more string characters and a closing quote (control characters must be escaped, e.g. \\n)']],
    ['an array is not a report', '[]', ['1:1 expected a pytest-benchmark JSON report (--benchmark-json) with "benchmarks", found an array']],
    ['an empty file', '', ['-:- the file is empty: expected a pytest-benchmark JSON report (--benchmark-json) with "benchmarks"']]
  ])('%s is a located problem', async (_situation, json, expected) => {
    const { benchmarks, problems } = await parseText(pytestFormat, json);
    expect(benchmarks).toEqual([]);
    expect(located(problems)).toEqual(expected);
  });
});
