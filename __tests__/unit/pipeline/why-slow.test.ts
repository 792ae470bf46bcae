// "Why this run took N minutes" on the fixture run (__tests__/fixtures/pipeline): step costs over
// all jobs, queue time, the critical path's slowest steps, a shard far above the median.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { scanJobLog } from '../../../src/pipeline/cache-log.js';
import { summariseCaches } from '../../../src/pipeline/cache-report.js';
import { computePipelineMetrics } from '../../../src/pipeline/metrics.js';
import { renderWhy } from '../../../src/report/pipeline-advice.js';
import { richPlain } from '../../../src/pipeline/rich-text.js';
import { explainRun } from '../../../src/pipeline/why-slow.js';
import { fixtureRun, fixtureWorkflow, NOW } from './fixture.js';

const setupNodeMiss = scanJobLog(readFileSync('__tests__/fixtures/pipeline/logs/setup-node.log', 'utf8')).events;

/** Shard 3 took 12 min 30 s instead of 6 min 30 s; the gate started after it, and asks 10 minutes later. */
function slowRun() {
  const run = fixtureRun((jobs) => {
    Object.assign(jobs.find((j) => j.name === 'test (3)') as object, { completed_at: '2026-09-14T10:14:24Z' });
    Object.assign(jobs.find((j) => j.name === 'gate') as object, { created_at: '2026-09-14T10:14:25Z', started_at: '2026-09-14T10:16:25Z' });
  });
  return { run, metrics: computePipelineMetrics({ run, workflow: fixtureWorkflow(), now: NOW + 600_000 }) };
}

describe('explainRun', () => {
  it('sums each step over all jobs and says what every shard pays before its tests', () => {
    const run = fixtureRun();
    const why = explainRun({ run, metrics: computePipelineMetrics({ run, workflow: fixtureWorkflow(), now: NOW }) });
    // Shards 263 + 203 + 323 + 233 s; npm ci 41 (lint) + 4 × 39 s.
    expect(why.steps.slice(0, 3)).toEqual([
      { name: "Run this shard's tests", jobs: 4, seconds: 1022 },
      { name: 'Perform CodeQL Analysis', jobs: 1, seconds: 232 },
      { name: 'Run npm ci', jobs: 5, seconds: 197 }
    ]);
    expect(why.causes.map((c) => [richPlain(c.text), Math.round(c.minutes * 60)])).toEqual([
      // Each shard: 328 s of steps less its 263/203/323/233 s test step = 65 s; 4 × 65 = 260 s.
      ['Each of the 4 `test` jobs spends 1 min 5 s besides its longest step (setting up, checking out, installing): 4 min 20 s across the matrix.', 260],
      ['`npm ci` costs 3 min 17 s across 5 jobs (39 s each).', 197]
    ]);
    // No log read: nothing says the jobs cache npm, so the fix is to turn the cache on.
    expect(richPlain(why.causes[1]?.fix ?? '')).toBe('Cache `~/.npm`: `actions/setup-node` with `cache: npm`.');
    expect(why.queue).toEqual({ totalSeconds: 73, maxSeconds: 17, maxJob: 'test (3)', criticalSeconds: 30 });
  });

  it('on a slow run names the slow shard, the queue before the gate, and the missed cache behind npm ci', () => {
    const { run, metrics } = slowRun();
    const caches = summariseCaches([1, 2, 3, 4].map((i) => ({ job: `test (${i})`, events: setupNodeMiss })));
    const why = explainRun({ run, metrics, cacheEvents: caches.events });
    expect(why.causes.map((c) => [richPlain(c.text), richPlain(c.fix).split(':')[0]])).toEqual([
      // Median of 330, 270, 750, 300 s = 315 s; 750 ÷ 315 = 2.4.
      ['`test (3)` ran 2.4× the median of `test` (12 min 30 s against 5 min 15 s).', 'Its timings are stale, or a slow test landed in it'],
      ['Each of the 4 `test` jobs spends 1 min 5 s besides its longest step (setting up, checking out, installing): 4 min 20 s across the matrix.', 'Fewer, longer shards pay it fewer times'],
      ['`npm ci` costs 3 min 17 s across 5 jobs (39 s each).', 'Its cache missed in 4 of 4 jobs'],
      // 73 s as listed, with the gate's 8 s become 120 s: 185 s; on the path plan 5 + test (3) 17 + gate 120 = 142 s.
      ['Jobs waited 3 min 5 s in all for a runner, 2 min 22 s of it on the critical path; `gate` waited longest, 2 min.', 'More jobs were ready than runners were free']
    ]);
    expect(why.critical.map((c) => [c.id, c.instance, c.steps[0]?.name])).toEqual([
      ['plan', 'plan', 'Run acme/pipeline-gates/plan@v1'],
      ['test', 'test (3)', "Run this shard's tests"],
      ['gate', 'gate', 'Run actions/download-artifact@v4']
    ]);
  });
});

describe('renderWhy', () => {
  it('opens the section when the run is over budget and folds it when within', () => {
    const { run, metrics } = slowRun();
    const why = explainRun({ run, metrics });
    const open = renderWhy(why, false);
    // 10:00:00 → 10:20:03; plan 90 s + test 10:01:45 → 10:14:24 (759 s) + gate 10:16:25 → 10:20:03 (218 s) = 1067 s.
    expect(open.split('\n').slice(0, 3)).toEqual(['#### Why this run took 20 minutes', '', 'The critical path plan → test → gate took 17 min 47 s; its jobs waited 2 min 22 s for runners.']);
    expect(open).toContain('- **`test (3)` ran 2.4× the median of `test` \\(12 min 30 s against 5 min 15 s\\).** Its timings are stale');
    expect(open).toContain('| `test` | test \\(3\\) | 12 min 30 s | 17 s | Run this shard\'s tests 5 min 23 s · Run npm ci 39 s · Run actions/setup-node@\u200bv5 12 s |');
    const folded = renderWhy(why, true);
    expect(folded.startsWith('<details><summary><b>Why this run took 20 minutes</b> (within budget)</summary>\n\n')).toBe(true);
    expect(folded.endsWith('</details>')).toBe(true);
  });
});
