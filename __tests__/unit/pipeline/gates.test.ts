import { describe, expect, it } from '@jest/globals';
import { evaluateMetricGates, parseMetricCondition } from '../../../src/gates/metric-gate.js';
import { defaultPipelineConditions } from '../../../src/pipeline/gates.js';
import { computePipelineMetrics, toMetrics } from '../../../src/pipeline/metrics.js';
import { fixtureRun, fixtureWorkflow, NOW } from './fixture.js';

const measured = toMetrics(computePipelineMetrics({ run: fixtureRun(), workflow: fixtureWorkflow(), now: NOW }));
const judge = (metrics: typeof measured, conditions = defaultPipelineConditions(metrics, [])) =>
  conditions.map((c) => {
    const [g] = evaluateMetricGates({ metrics }, { action: c.action, conditions: [c.condition] });
    return [c.gate, g?.status, g?.message];
  });

describe('default pipeline gates', () => {
  it('pass the fixture run: 10.05 min < 15, efficiency 43/52 ≈ 0.827 >= 0.8', () => {
    expect(judge(measured)).toEqual([
      ['metrics.pipeline.duration-minutes', 'passed', 'pipeline.duration-minutes is 10.05 min (needs < 15 min).'],
      ['metrics.pipeline.shard-efficiency', 'passed', 'pipeline.shard-efficiency is 0.826923076923 (needs >= 0.8).']
    ]);
  });

  it('only warn when the run is slow and the shards uneven', () => {
    // Gate asked 10 minutes later: 603 + 600 s = 20.05 min. Shard 3 took 12 min 30 s instead of
    // 6 min 30 s: (330 + 270 + 750 + 300) ÷ (4 × 750) = 1650 ÷ 3000 = 0.55.
    const run = fixtureRun((jobs) => {
      Object.assign(jobs.find((j) => j.name === 'test (3)') as object, { completed_at: '2026-09-14T10:14:24Z' });
      Object.assign(jobs.find((j) => j.name === 'gate') as object, { created_at: '2026-09-14T10:14:25Z', started_at: '2026-09-14T10:14:33Z' });
    });
    const slow = toMetrics(computePipelineMetrics({ run, workflow: fixtureWorkflow(), now: NOW + 600_000 }));
    expect(judge(slow)).toEqual([
      ['metrics.pipeline.duration-minutes', 'warning', 'pipeline.duration-minutes is 20.05 min, but the gate requires < 15 min.'],
      ['metrics.pipeline.shard-efficiency', 'warning', 'pipeline.shard-efficiency is 0.55, but the gate requires >= 0.8.']
    ]);
  });

  it('add nothing for a metric that was not measured or that the config already gates', () => {
    const withoutEfficiency = measured.filter((m) => m.path !== 'pipeline.shard-efficiency');
    expect(defaultPipelineConditions(withoutEfficiency, []).map((c) => c.gate)).toEqual(['metrics.pipeline.duration-minutes']);
    const own = parseMetricCondition('pipeline.duration-minutes < 20');
    if (!own.ok) throw new Error(own.error);
    expect(defaultPipelineConditions(measured, [{ condition: own.condition, action: 'block', gate: 'metrics.pipeline.duration-minutes' }]).map((c) => c.gate)).toEqual([
      'metrics.pipeline.shard-efficiency'
    ]);
    expect(defaultPipelineConditions([], [])).toEqual([]);
  });
});
