import { describe, expect, it } from '@jest/globals';
import { catch2Format } from '../../../../../src/ingest/formats/benchmarks/catch2.js';
import { fixtureText, located, normalised, parseChunks, parseFixture, parseText, rows } from './helpers.js';

const LONG = 'concat a very long benchmark name that is wider than the name column of the console reporter';

describe('Catch2 console tables', () => {
  it('Catch2 2.13.10: mean, std dev, samples and iterations; a wrapped name is joined back', async () => {
    const { benchmarks, problems } = await parseFixture(catch2Format, 'catch2/v2-wrapped-name.txt', 33);
    expect(rows(benchmarks)).toEqual([
      ['Fibonacci 10', 107.285, 'ns', 'smaller', 0],
      ['Fibonacci 25', 200.833, 'us', 'smaller', 0],
      [LONG, 671.478, 'ns', 'smaller', 0]
    ]);
    expect(benchmarks.map((b) => [b.range, b.extra])).toEqual([
      ['± 2.46154', '20 samples\n378 iterations'],
      ['± 21.4613', '20 samples\n1 iterations'],
      ['± 322.98', '20 samples\n56 iterations']
    ]);
    expect(normalised(benchmarks)[1]).toEqual(['Fibonacci 25', 's', 2.00833e-4]);
    expect(problems).toEqual([]);
  });

  it('--benchmark-no-analysis: one line per benchmark, the mean, no range', async () => {
    const { benchmarks, problems } = await parseFixture(catch2Format, 'catch2/v2-no-analysis.txt');
    expect(benchmarks.map((b) => [b.name, b.value, b.unit, b.range, b.extra])).toEqual([
      ['Fibonacci 10', 75.7696, 'ns', undefined, '10 samples\n349 iterations'],
      ['Fibonacci 25', 251.333, 'us', undefined, '10 samples\n1 iterations']
    ]);
    expect(problems).toEqual([]);
  });

  it('v3 "est run time" header, CRLF: a std dev in another unit than its mean keeps its unit', async () => {
    const { benchmarks, problems } = await parseFixture(catch2Format, 'catch2/v3-crlf.txt', 5);
    expect(benchmarks.map((b) => [b.name, b.value, b.unit, b.range])).toEqual([
      ['Fibonacci 20', 38.0836, 'us', '± 2.88022'],
      ['Fibonacci 25', 412.537, 'us', '± 21637 ns']
    ]);
    expect(problems).toEqual([]);
  });

  it('the same table with a UTF-16 byte-order mark reads the same', async () => {
    const text = fixtureText('catch2/v2-no-analysis.txt');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { benchmarks } = await parseChunks(catch2Format, (async function* () { yield bytes; })());
    expect(benchmarks.map((b) => b.name)).toEqual(['Fibonacci 10', 'Fibonacci 25']);
  });
});

describe('broken tables', () => {
  const HEAD = 'benchmark name                       samples       iterations    estimated\n                                     mean          low mean      high mean\n                                     std dev       low std dev   high std dev\n-------------------------------------------------------------------------------\n';

  it('a row whose mean line is missing is a located problem; the next row still counts', async () => {
    const text = `${HEAD}Broken                                          20           378        756 us \ntest.cpp:12: FAILED:\n\nGood                                            20           378        756 us \n                                        107.285 ns    105.969 ns     108.19 ns \n                                        2.46154 ns    1.70513 ns    3.60878 ns \n`;
    const { benchmarks, problems } = await parseText(catch2Format, text);
    expect(benchmarks.map((b) => b.name)).toEqual(['Good']);
    expect(located(problems)).toEqual(['6:1 expected the mean line of benchmark "Broken" ("<mean> <unit>   <low> <unit>   <high> <unit>"), found “test.cpp:12: FAILED:”']);
  });

  it('a file cut after a row is a problem naming the benchmark', async () => {
    const { problems } = await parseText(catch2Format, `${HEAD}Cut   20   378   756 us\n   1 ns   1 ns   1 ns\n`);
    expect(located(problems)).toEqual(['-:- benchmark "Cut" ends before its std dev line']);
  });

  it('a header without its rule is a problem at the header', async () => {
    const { problems } = await parseText(catch2Format, 'x\nbenchmark name    samples    iterations    estimated\n');
    expect(located(problems)).toEqual(['2:1 the benchmark table header is not followed by its "-----" rule']);
  });
});
