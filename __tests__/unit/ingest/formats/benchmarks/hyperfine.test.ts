import { describe, expect, it } from '@jest/globals';
import { hyperfineFormat } from '../../../../../src/ingest/formats/benchmarks/hyperfine.js';
import { located, parseFixture, parseText, rows } from './helpers.js';

describe('hyperfine --export-json (1.15.0)', () => {
  it('named commands: the mean in seconds, every run time a sample', async () => {
    const { benchmarks, problems, warnings } = await parseFixture(hyperfineFormat, 'hyperfine/named.json', 50);
    expect(rows(benchmarks)).toEqual([
      ['short sleep', 0.01211879482, 's', 'smaller', 5],
      ['long sleep', 0.022550982219999998, 's', 'smaller', 5]
    ]);
    expect(benchmarks[0]).toMatchObject({
      range: '± 0.0004531564088135573',
      extra: 'median: 0.012146213420000001 s\nuser: 0.001023944 s\nsystem: 0.0011186679999999997 s\nruns: 5',
      samples: [0.01222436642, 0.01279460942, 0.01160103942, 0.01182774542, 0.012146213420000001],
      normalized: { unit: 's', value: 0.01211879482 }
    });
    expect([problems, warnings]).toEqual([[], []]);
  });

  it('a parameter scan: each command with its value substituted is a result', async () => {
    const { benchmarks } = await parseFixture(hyperfineFormat, 'hyperfine/parameters.json');
    expect(benchmarks.map((b) => [b.name, b.samples?.length])).toEqual([
      ['sleep 0.01', 3],
      ['sleep 0.02', 3]
    ]);
  });

  it('one run (stddev null) has no range; failed runs under --ignore-failure are a warning', async () => {
    const json = '{"results": [\n {"command": "false", "mean": 0.001, "stddev": null, "median": 0.001, "user": 0, "system": 0, "min": 0.001, "max": 0.001, "times": [0.001], "exit_codes": [1]}]}';
    const { benchmarks, warnings } = await parseText(hyperfineFormat, json);
    expect(benchmarks[0]!.range).toBeUndefined();
    expect(located(warnings)).toEqual(['2:2 results[0]: "false" exited with a non-zero code in 1 of 1 runs']);
  });
});
