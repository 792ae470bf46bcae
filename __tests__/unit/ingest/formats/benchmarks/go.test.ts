import { describe, expect, it } from '@jest/globals';
import { goFormat } from '../../../../../src/ingest/formats/benchmarks/go.js';
import { located, normalised, parseFixture, parseText, rows } from './helpers.js';

const FIB = 'BenchmarkFib10 (example.com/gates/benchfix/fib)';
const SPLIT = 'BenchmarkSplit (example.com/gates/benchfix/parse)';

describe('go test -bench output written by go 1.19', () => {
  it('-count 3 -benchmem over two packages: one result per metric, the repeats are its samples, names carry the package', async () => {
    const { benchmarks, problems, warnings } = await parseFixture(goFormat, 'go/count3-benchmem-two-packages.txt');
    expect(rows(benchmarks)).toEqual([
      [FIB, 471, 'ns/op', 'smaller', 3],
      [`${FIB} - B/op`, 0, 'B/op', 'smaller', 3],
      [`${FIB} - allocs/op`, 0, 'allocs/op', 'smaller', 3],
      ['BenchmarkFibTable/n=5_size (example.com/gates/benchfix/fib)', 68.84, 'ns/op', 'smaller', 3],
      ['BenchmarkFibTable/n=5_size (example.com/gates/benchfix/fib) - B/op', 0, 'B/op', 'smaller', 3],
      ['BenchmarkFibTable/n=5_size (example.com/gates/benchfix/fib) - allocs/op', 0, 'allocs/op', 'smaller', 3],
      ['BenchmarkFibTable/n=15_size (example.com/gates/benchfix/fib)', 4642, 'ns/op', 'smaller', 3],
      ['BenchmarkFibTable/n=15_size (example.com/gates/benchfix/fib) - B/op', 0, 'B/op', 'smaller', 3],
      ['BenchmarkFibTable/n=15_size (example.com/gates/benchfix/fib) - allocs/op', 0, 'allocs/op', 'smaller', 3],
      ['BenchmarkFibCustom (example.com/gates/benchfix/fib)', 1098, 'ns/op', 'smaller', 3],
      ['BenchmarkFibCustom (example.com/gates/benchfix/fib) - calls/op', 233, 'calls/op', 'smaller', 3],
      ['BenchmarkFibCustom (example.com/gates/benchfix/fib) - B/op', 0, 'B/op', 'smaller', 3],
      ['BenchmarkFibCustom (example.com/gates/benchfix/fib) - allocs/op', 0, 'allocs/op', 'smaller', 3],
      [SPLIT, 8632, 'ns/op', 'smaller', 3],
      [`${SPLIT} - MB/s`, 139.02, 'MB/s', 'bigger', 3],
      [`${SPLIT} - B/op`, 3456, 'B/op', 'smaller', 3],
      [`${SPLIT} - allocs/op`, 1, 'allocs/op', 'smaller', 3]
    ]);
    expect(benchmarks[0]).toMatchObject({ samples: [543, 466.9, 471], extra: '20000 times\n3 runs\n2 procs' });
    expect(normalised([benchmarks[0]!, benchmarks[14]!])).toEqual([
      [FIB, 's', 4.71e-7],
      [`${SPLIT} - MB/s`, 'B/s', 139020000]
    ]);
    expect(benchmarks[14]!.normalized?.samples?.map((s) => Math.round(s))).toEqual([176640000, 139020000, 133150000]);
    expect([problems, warnings]).toEqual([[], []]);
  });

  it('-cpu 1,2: the same name at two GOMAXPROCS is two benchmarks, told apart by the -procs suffix', async () => {
    const { benchmarks } = await parseFixture(goFormat, 'go/cpu-1-2.txt');
    expect(benchmarks.filter((b) => !b.name.includes(' - ')).map((b) => [b.name, b.value, b.extra])).toEqual([
      [FIB, 688.7, '5000 times'],
      ['BenchmarkFib10-2 (example.com/gates/benchfix/fib)', 812.2, '5000 times\n2 procs'],
      [SPLIT, 7477, '5000 times'],
      ['BenchmarkSplit-2 (example.com/gates/benchfix/parse)', 8528, '5000 times\n2 procs']
    ]);
    expect(benchmarks.every((b) => !b.samples)).toBe(true);
  });

  it('-v with GOMAXPROCS=1: the bare name line is skipped, a single package adds no suffix', async () => {
    const { benchmarks, problems } = await parseFixture(goFormat, 'go/verbose-gomaxprocs1.txt');
    expect(benchmarks).toEqual([
      { name: 'BenchmarkFib10', value: 418.8, unit: 'ns/op', extra: '1000 times', direction: 'smaller-is-better', normalized: { unit: 's', value: 418.8e-9 } }
    ]);
    expect(problems).toEqual([]);
  });
});

describe('lines', () => {
  it.each([
    ['spaces instead of tabs, no procs', 'BenchmarkA 100 5 ns/op', [['BenchmarkA', 5, 'ns/op', 'smaller', 0]]],
    ['a name ending in digits after an underscore keeps them', 'BenchmarkFib/my_tabled_benchmark_-_20\t\t30000\t\t40537.123 ns/op', [['BenchmarkFib/my_tabled_benchmark_-_20', 40537.123, 'ns/op', 'smaller', 0]]],
    ['an exponent value', 'BenchmarkB-8 1 1.5e+09 ns/op', [['BenchmarkB', 1.5e9, 'ns/op', 'smaller', 0]]],
    ['a custom rate metric is bigger-is-better', 'BenchmarkC-4 10 100 ns/op 5.0 items/s', [['BenchmarkC', 100, 'ns/op', 'smaller', 0], ['BenchmarkC - items/s', 5, 'items/s', 'bigger', 0]]],
    ['-count lines of one benchmark between others still merge', 'BenchmarkA 1 3 ns/op\nBenchmarkB 1 9 ns/op\nBenchmarkA 1 1 ns/op', [['BenchmarkA', 2, 'ns/op', 'smaller', 2], ['BenchmarkB', 9, 'ns/op', 'smaller', 0]]],
    ['prose, logs and summary lines are not results', 'Benchmarks follow:\nBenchmarking 100 cases\nBenchmarkA\n--- BENCH: BenchmarkA\n    a_test.go:9: log\nPASS\nok  \tx\t0.1s\nBenchmarkA 1 3 ns/op', [['BenchmarkA', 3, 'ns/op', 'smaller', 0]]]
  ])('%s', async (_situation, text, expected) => {
    const { benchmarks, problems } = await parseText(goFormat, text);
    expect(rows(benchmarks)).toEqual(expected);
    expect(problems).toEqual([]);
  });

  it('results before the first pkg: line keep their bare names even when several packages follow', async () => {
    const text = 'BenchmarkA 1 3 ns/op\npkg: x/a\nBenchmarkB 1 1 ns/op\npkg: x/b\nBenchmarkB 1 2 ns/op\n';
    expect((await parseText(goFormat, text)).benchmarks.map((b) => b.name)).toEqual(['BenchmarkA', 'BenchmarkB (x/a)', 'BenchmarkB (x/b)']);
  });

  it('broken result lines are located problems; the good lines around them count', async () => {
    const text = 'BenchmarkA-2 100 5 ns/op\nBenchmarkB-2 100 fast ns/op\nBenchmarkC-2 100 5 ns/op 7\nBenchmarkD-2 100 6 ns/op\n';
    const { benchmarks, problems } = await parseText(goFormat, text, 7);
    expect(benchmarks.map((b) => b.name)).toEqual(['BenchmarkA', 'BenchmarkD']);
    expect(located(problems)).toEqual([
      '2:18 expected a number before the unit “ns/op”, found “fast”',
      '3:1 expected <name> <iterations> <value> <unit> [<value> <unit>...], found 5 fields in “BenchmarkC-2 100 5 ns/op 7”'
    ]);
  });

  it('output without benchmark lines is a problem, not an empty pass', async () => {
    expect(located((await parseText(goFormat, 'goos: linux\ngoarch: amd64\nPASS\n')).problems)).toEqual([
      '-:- no benchmark results found: expected go test -bench result lines like "BenchmarkFib10-8   5000000   325 ns/op"'
    ]);
  });
});
