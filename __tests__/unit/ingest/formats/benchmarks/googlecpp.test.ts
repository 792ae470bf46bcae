import { describe, expect, it } from '@jest/globals';
import { googlecppFormat } from '../../../../../src/ingest/formats/benchmarks/googlecpp.js';
import { located, normalised, parseFixture, parseText, rows } from './helpers.js';

describe('Google Benchmark JSON (libbenchmark 1.7.1)', () => {
  it('one run per benchmark: real time per iteration, CPU time in extra, bytes per second as a rate result', async () => {
    const { benchmarks, problems } = await parseFixture(googlecppFormat, 'googlecpp/plain.json', 100);
    expect(rows(benchmarks)).toEqual([
      ['BM_Fib/10', 134.24160437100608, 'ns/iter', 'smaller', 0],
      ['BM_Fib/20', 13370.912881519307, 'ns/iter', 'smaller', 0],
      ['BM_Copy/4096', 1.5887787936923687, 'us/iter', 'smaller', 0],
      ['BM_Copy/4096 - bytes_per_second', 2679598740.077288, 'B/s', 'bigger', 0]
    ]);
    expect(benchmarks[0]!.extra).toBe('iterations: 106335\ncpu: 134.2947477312268 ns\nthreads: 1');
    expect(normalised(benchmarks)[2]).toEqual(['BM_Copy/4096', 's', 1.58877879369e-6]);
    expect(problems).toEqual([]);
  });

  it('--benchmark_repetitions=3: the repetitions are samples, the value their median, aggregates are not results', async () => {
    const { benchmarks } = await parseFixture(googlecppFormat, 'googlecpp/repetitions.json', 100);
    expect(rows(benchmarks)).toEqual([
      ['BM_Fib/10', 209.4739112780888, 'ns/iter', 'smaller', 3],
      ['BM_Copy/4096', 2.519417090028509, 'us/iter', 'smaller', 3],
      ['BM_Copy/4096 - bytes_per_second', 1637958416.8709233, 'B/s', 'bigger', 3]
    ]);
    expect(benchmarks[0]!.samples).toEqual([193.8440943237946, 209.4739112780888, 218.35702209106108]);
    expect(benchmarks[0]!.extra).toBe('iterations: 68612\ncpu: 208.61913367923978 ns\nthreads: 1\nrepetitions: 3');
  });

  it('--benchmark_report_aggregates_only: the median aggregate is the value, without samples', async () => {
    const { benchmarks } = await parseFixture(googlecppFormat, 'googlecpp/aggregates-only.json');
    expect(rows(benchmarks)).toEqual([['BM_Fib/20', 15986.526805593969, 'ns/iter', 'smaller', 0]]);
    expect(benchmarks[0]!.extra).toMatch(/\naggregate: median$/);
  });

  it('a run skipped with an error is a warning; a run without time_unit a problem', async () => {
    const json = `{"context": {"num_cpus": 2}, "benchmarks": [
      {"name": "BM_Skip", "run_name": "BM_Skip", "run_type": "iteration", "error_occurred": true, "error_message": "no GPU"},
      {"name": "BM_Bad", "run_name": "BM_Bad", "run_type": "iteration", "real_time": 1},
      {"name": "BM_Ok", "run_name": "BM_Ok", "run_type": "iteration", "iterations": 10, "real_time": 2, "cpu_time": 2, "time_unit": "ms", "threads": 1}]}`;
    const { benchmarks, problems, warnings } = await parseText(googlecppFormat, json);
    expect(rows(benchmarks)).toEqual([['BM_Ok', 2, 'ms/iter', 'smaller', 0]]);
    expect(located(warnings)).toEqual(['2:7 benchmarks[0]: "BM_Skip" was skipped: no GPU']);
    expect(located(problems)).toEqual(['3:7 benchmarks[1]: time_unit: expected a non-empty string, found nothing']);
  });
});
