import { describe, expect, it } from '@jest/globals';
import { juliaFormat } from '../../../../../src/ingest/formats/benchmarks/julia.js';
import { located, parseFixture, parseText, rows } from './helpers.js';

const PARAMS = '{"gctrial":true,"time_tolerance":0.05,"evals_set":false,"samples":10000,"evals":200,"gcsample":false,"seconds":5,"overhead":0,"memory_tolerance":0.01}';

describe('Julia BenchmarkTools.save JSON', () => {
  it('nested groups of TrialEstimates: names are key paths, time in ns, the rest in extra', async () => {
    const { benchmarks, problems } = await parseFixture(juliaFormat, 'julia/estimates.json', 128);
    expect(rows(benchmarks)).toEqual([
      ['string/join', 412.5, 'ns', 'smaller', 0],
      ['string/repeat', 98.2, 'ns', 'smaller', 0],
      ['sum', 1523, 'ns', 'smaller', 0]
    ]);
    expect(benchmarks[0]!.extra).toBe(`gctime=0\nmemory=160\nallocs=3\nparams=${PARAMS}`);
    expect(benchmarks[2]!.normalized).toEqual({ unit: 's', value: 1523e-9 });
    expect(problems).toEqual([]);
  });

  it('a raw Trial keeps its times as samples (value: the median); a TrialRatio is a located problem, its sibling still counts', async () => {
    const { benchmarks, problems } = await parseFixture(juliaFormat, 'julia/trials.json');
    expect(rows(benchmarks)).toEqual([['sort', 10401, 'ns', 'smaller', 5]]);
    expect(benchmarks[0]!.samples).toEqual([10412, 10388, 12950, 10401, 10395]);
    expect(located(problems)).toEqual(['1:47 [1][0] (ratio): TrialRatio is not a measurement; save the TrialEstimate or Trial results']);
  });

  it('numeric keys come first in ascending order, as in github-action-benchmark', async () => {
    const est = (t: number) => `["TrialEstimate", {"time": ${t}, "gctime": 0, "memory": 0, "allocs": 0, "params": ["Parameters", {}]}]`;
    const json = `[{"Julia": "1.10.4", "BenchmarkTools": "1.0.0"}, [["BenchmarkGroup", {"data": {"b": ${est(3)}, "20": ${est(2)}, "10": ${est(1)}}, "tags": []}]]]`;
    expect((await parseText(juliaFormat, json)).benchmarks.map((b) => b.name)).toEqual(['10', '20', 'b']);
  });

  it('a TrialEstimate saved on its own is named by its position, with a warning', async () => {
    const json = '[{"Julia": "1.10.4", "BenchmarkTools": "1.0.0"}, [["TrialEstimate", {"time": 5, "gctime": 0, "memory": 0, "allocs": 0}]]]';
    const { benchmarks, warnings } = await parseText(juliaFormat, json);
    expect(rows(benchmarks)).toEqual([['1', 5, 'ns', 'smaller', 0]]);
    expect(located(warnings)).toEqual(['1:51 [1][0]: a TrialEstimate saved outside a BenchmarkGroup has no name; it is named "1"']);
  });
});
