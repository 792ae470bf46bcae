import { describe, expect, it } from '@jest/globals';
import { cargoFormat } from '../../../../../src/ingest/formats/benchmarks/cargo.js';
import { located, normalised, parseFixture, parseText, rows } from './helpers.js';

describe('cargo bench (libtest) and criterion bencher lines', () => {
  it('nightly libtest: thousands separators, decimals, and the "= MB/s" throughput as a result of its own', async () => {
    const { benchmarks, problems } = await parseFixture(cargoFormat, 'cargo/libtest-nightly.txt', 16);
    expect(rows(benchmarks)).toEqual([
      ['bench_copy_4k', 130.4, 'ns/iter', 'smaller', 0],
      ['bench_copy_4k - MB/s', 31507, 'MB/s', 'bigger', 0],
      ['bench_fib_10', 223.65, 'ns/iter', 'smaller', 0],
      ['bench_fib_25', 317642.72, 'ns/iter', 'smaller', 0]
    ]);
    expect(benchmarks.map((b) => b.range)).toEqual(['± 71.55', undefined, '± 54.18', '± 76253.75']);
    expect(normalised(benchmarks)).toEqual([
      ['bench_copy_4k', 's', 1.304e-7],
      ['bench_copy_4k - MB/s', 'B/s', 31507e6],
      ['bench_fib_10', 's', 2.2365e-7],
      ['bench_fib_25', 's', 3.1764272e-4]
    ]);
    expect(problems).toEqual([]);
  });

  it('criterion --output-format bencher: ids with slashes and spaces, warnings in between', async () => {
    const { benchmarks, problems } = await parseFixture(cargoFormat, 'cargo/criterion-bencher.txt');
    expect(rows(benchmarks)).toEqual([
      ['fib/recursive/10', 148, 'ns/iter', 'smaller', 0],
      ['fib/recursive/20', 18291, 'ns/iter', 'smaller', 0],
      ['parse json', 2118352, 'ns/iter', 'smaller', 0]
    ]);
    expect(benchmarks[2]!.range).toBe('± 31882');
    expect(problems).toEqual([]);
  });

  it.each([
    ['cycles per iteration (a count)', 'test cmov ... bench:        2835 cycles/iter (+/- 14)', ['cmov', 2835, 'cycles/iter', 'smaller', 0], 'count'],
    ['mega-samples per second (a rate)', 'test upload ... bench:        1911 MS/s (+/- 420)', ['upload', 1911, 'MS/s', 'bigger', 0], '1/s']
  ])('other units: %s', async (_situation, line, row, base) => {
    const { benchmarks } = await parseText(cargoFormat, line);
    expect(rows(benchmarks)).toEqual([row]);
    expect(benchmarks[0]!.normalized?.unit).toBe(base);
  });

  it('a bench line that does not read is a located problem', async () => {
    const { benchmarks, problems } = await parseText(cargoFormat, 'test a ... bench:   12 ns/iter (+/- 1)\ntest b ... bench: failed\n');
    expect(benchmarks.map((b) => b.name)).toEqual(['a']);
    expect(located(problems)).toEqual(['2:18 expected "<value> <unit> (+/- <spread>)" after "bench:", found “failed”']);
  });

  it('cargo test output (no bench lines) is a problem', async () => {
    const { problems } = await parseText(cargoFormat, 'running 1 test\ntest tests::it_works ... ok\n');
    expect(problems.map((p) => p.message)).toEqual(['no benchmark results found: expected lines like "test bench_fib_20 ... bench:   18,149 ns/iter (+/- 755)"']);
  });
});
