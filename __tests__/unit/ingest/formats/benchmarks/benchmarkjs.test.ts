import { describe, expect, it } from '@jest/globals';
import { benchmarkjsFormat } from '../../../../../src/ingest/formats/benchmarks/benchmarkjs.js';
import { located, normalised, parseFixture, parseText, rows } from './helpers.js';

describe('benchmark.js', () => {
  it('benchmark 2.1.4 cycle lines: commas, ops/sec bigger-is-better, a name containing " x "', async () => {
    const { benchmarks, problems } = await parseFixture(benchmarkjsFormat, 'benchmarkjs/suite.txt', 10);
    expect(rows(benchmarks)).toEqual([
      ['fib(10)', 1020484, 'ops/sec', 'bigger', 0],
      ['fib(20)', 8707, 'ops/sec', 'bigger', 0],
      ['JSON.parse x 3 ("small" doc)', 1964177, 'ops/sec', 'bigger', 0]
    ]);
    expect(benchmarks.map((b) => [b.range, b.extra])).toEqual([
      ['±2.70%', '67 samples'],
      ['±3.18%', '76 samples'],
      ['±4.38%', '71 samples']
    ]);
    expect(normalised(benchmarks)[0]).toEqual(['fib(10)', '1/s', 1020484]);
    expect(problems).toEqual([]);
  });

  it.each([
    ['a decimal value and one run', 'slow x 81.61 ops/sec ±1.70% (1 run sampled)', [['slow', 81.61, 'ops/sec', 'bigger', 0]]],
    ['"+-" where the console has no ±', 'a x 12 ops/sec +-0.5% (90 runs sampled)', [['a', 12, 'ops/sec', 'bigger', 0]]],
    ['the program\'s own lines are ignored', 'Fastest is fib(10)\nthis x line should be ignored', []]
  ])('%s', async (_situation, text, expected) => {
    expect(rows((await parseText(benchmarkjsFormat, text)).benchmarks)).toEqual(expected);
  });

  it('a cycle line that does not read is a located problem', async () => {
    const { problems } = await parseText(benchmarkjsFormat, 'ok x 1 ops/sec ±1% (5 runs sampled)\nbroken x lots ops/sec ±1% (5 runs sampled)');
    expect(located(problems)).toEqual(['2:8 expected "x <value> <unit> ±<margin>% (<n> runs sampled)" after the name, found “x lots ops/sec ±1% (5 runs sampled)”']);
  });
});
