import { describe, expect, it } from '@jest/globals';
import { jmhFormat } from '../../../../../src/ingest/formats/benchmarks/jmh.js';
import { located, normalised, parseFixture, parseText, rows } from './helpers.js';

describe('JMH -rf json', () => {
  it('the mode decides the direction: throughput is bigger-is-better; rawData of every fork are the samples', async () => {
    const { benchmarks, problems } = await parseFixture(jmhFormat, 'jmh/modes.json', 256);
    expect(rows(benchmarks)).toEqual([
      ['com.acme.bench.ParserBench.parse ( {"size":"1024"} )', 15234.567, 'ops/ms', 'bigger', 6],
      ['com.acme.bench.ParserBench.tokenize', 3.254, 'us/op', 'smaller', 3],
      ['com.acme.bench.ParserBench.lookup', 51.83, 'ns/op', 'smaller', 0]
    ]);
    expect(benchmarks[0]!.samples).toEqual([15101.3, 15250.1, 15580.4, 14901.2, 15412.9, 15161.5]);
    expect(benchmarks[0]!.extra).toBe('iterations: 3\nforks: 2\nthreads: 1');
    expect(normalised(benchmarks)).toEqual([
      ['com.acme.bench.ParserBench.parse ( {"size":"1024"} )', '1/s', 15234567],
      ['com.acme.bench.ParserBench.tokenize', 's', 3.254e-6],
      ['com.acme.bench.ParserBench.lookup', 's', 5.183e-8]
    ]);
    expect(problems).toEqual([]);
  });

  it('an entry without a primary metric is a located problem; a non-array file is refused whole', async () => {
    const bad = await parseText(jmhFormat, '[{"jmhVersion": "1.37", "benchmark": "a.B.c", "mode": "avgt"}]');
    expect(located(bad.problems)).toEqual(['1:2 [0]: primaryMetric: expected an object, found nothing']);
    expect(located((await parseText(jmhFormat, '{"jmhVersion": "1.37"}')).problems)).toEqual(['1:1 expected a JMH JSON report (-rf json): an array of benchmarks, found an object']);
  });
});
