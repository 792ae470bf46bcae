import { describe, expect, it } from '@jest/globals';
import { computePipelineMetrics, type PipelineMetrics } from '../../../src/pipeline/metrics.js';
import { renderPipeline, type RenderOptions } from '../../../src/report/pipeline.js';
import { fixtureRun, fixtureWorkflow, NOW } from '../pipeline/fixture.js';

describe('renderPipeline', () => {
  it('shows the fixture run: headline figures, jobs in start order, the critical path marked', () => {
    const md = renderPipeline(computePipelineMetrics({ run: fixtureRun(), workflow: fixtureWorkflow(), now: NOW }));
    expect(md).toBe(
      [
        '### Pipeline',
        '',
        '**Run so far** 10 min 3 s  ',
        '**Critical path** 9 min 39 s: plan → test → gate  ',
        '**Shard efficiency** 82.7% for test: 4 shards took 21 min 30 s in all, the slowest 6 min 30 s (sum ÷ shards × slowest)',
        '',
        '| Job | Started | Took | Instances | Result | Critical path |',
        '| --- | --- | --- | --- | --- | --- |',
        '| lint | +0:05 | 3:00 | 1 | success |  |',
        '| plan | +0:06 | 1:30 | 1 | success | ◆ |',
        '| security / analyze \\(javascript-typescript\\) | +0:08 | 4:30 | 1 | success |  |',
        '| test | +1:45 | 6:39 | 4 (4:30–6:30) | success | ◆ |',
        '| gate | +8:33 | 1:30 (running) | 1 | in progress | ◆ |',
        ''
      ].join('\n')
    );
  });

  it('adds the trend against the runs in history that have the metric', () => {
    const previous: RenderOptions['previous'] = [
      { metrics: { 'pipeline.duration-minutes': 9, 'pipeline.shard-efficiency': 0.9 } },
      {},
      { metrics: { 'pipeline.duration-minutes': 9.5, 'compliance.score': 70 } },
      { metrics: { 'pipeline.duration-minutes': 11, 'pipeline.shard-efficiency': 0.85 } }
    ];
    const md = renderPipeline(computePipelineMetrics({ run: fixtureRun(), workflow: fixtureWorkflow(), now: NOW }), { previous });
    // Medians: run (9, 9.5, 11) → 9.5 min; shard efficiency (0.9, 0.85) → 0.875; no critical path in history.
    expect(md.split('\n')[6]).toBe('**Trend** (median of the last 3 runs in history → this run): run 9 min 30 s → 10 min 3 s · shard efficiency 87.5% → 82.7%');
  });

  it('escapes job names and notes, and says what is unknown', () => {
    const hostile = 'deploy | <img src=x onerror=alert(1)> @acme/ops `x`\nnext';
    const result: PipelineMetrics = {
      durationMinutes: null,
      jobs: [
        {
          id: 'deploy',
          name: hostile,
          minutes: 0.75,
          startMinute: null,
          instances: [
            { name: `${hostile} (1)`, status: 'completed', conclusion: 'success', startedAt: '2026-09-14T10:00:00Z', minutes: 0.75, running: false },
            { name: `${hostile} (2)`, status: 'completed', conclusion: 'failure', startedAt: '2026-09-14T10:00:00Z', minutes: 0.5, running: false },
            { name: `${hostile} (3)`, status: 'queued', conclusion: null, startedAt: null, minutes: 0, running: false }
          ],
          onCriticalPath: false
        }
      ],
      criticalPath: null,
      shardEfficiency: null,
      unmatched: [],
      notes: ['Job "a|b" fits <nothing>.']
    };
    expect(renderPipeline(result, { title: 'Pipeline | CI', previous: [{ metrics: { 'pipeline.duration-minutes': 9 } }] })).toBe(
      [
        '### Pipeline \\| CI',
        '',
        '**Run so far** unknown',
        '',
        '| Job | Started | Took | Instances | Result | Critical path |',
        '| --- | --- | --- | --- | --- | --- |',
        '| deploy \\| &lt;img src=x onerror=alert\\(1\\)&gt; @\u200bacme/ops \\`x\\` next | not yet | 0:45 | 3 (0:30–0:45) | 1 success, 1 failure, 1 queued |  |',
        '',
        '- Job "a\\|b" fits &lt;nothing&gt;.',
        ''
      ].join('\n')
    );
  });
});
