import { describe, expect, it } from '@jest/globals';
import { computePipelineMetrics, toMetrics } from '../../../src/pipeline/metrics.js';
import type { RunJobs, WorkflowGraph, WorkflowJob } from '../../../src/pipeline/types.js';
import { fixtureRun, fixtureWorkflow, NOW } from './fixture.js';

// The fixture's timestamps (all 2026-09-14, UTC), by hand:
//   run_started_at                      10:00:00
//   lint      10:00:05 → 10:03:05       180 s = 3 min
//   plan      10:00:06 → 10:01:36        90 s = 1.5 min
//   security / analyze (…) 10:00:08 → 10:04:38   270 s = 4.5 min
//   test (1)  10:01:45 → 10:07:15       330 s = 5.5 min
//   test (2)  10:01:51 → 10:06:21       270 s = 4.5 min
//   test (3)  10:01:54 → 10:08:24       390 s = 6.5 min   ← slowest shard
//   test (4)  10:01:48 → 10:06:48       300 s = 5 min
//   gate      10:08:33 → (running; now = 10:10:03)  90 s = 1.5 min
// test as a group spans 10:01:45 → 10:08:24 = 399 s = 6.65 min.
// Run so far: 10:10:03 − 10:00:00 = 603 s = 10.05 min.
// Critical path (gate needs test, lint, security; test needs plan):
//   plan → test → gate = 90 + 399 + 90 = 579 s = 9.65 min
//   lint → gate = 180 + 90 = 270 s; security → gate = 270 + 90 = 360 s.
// Shard efficiency: (330 + 270 + 390 + 300) ÷ (4 × 390) = 1290 ÷ 1560 = 43/52 ≈ 0.827;
//   sum 1290 s = 21.5 min, slowest 390 s = 6.5 min.

const job = (id: string, extra: Partial<WorkflowJob> = {}): WorkflowJob => ({ id, needs: [], matrix: false, reusable: false, runsShard: false, ...extra });
const graph = (...jobs: WorkflowJob[]): WorkflowGraph => ({ path: '.github/workflows/ci.yml', jobs });
const completed = (name: string, startedAt: string, completedAt: string) => ({ name, status: 'completed', conclusion: 'success', startedAt, completedAt });

describe('pipeline metrics of the fixture run (gate asking at 10:10:03)', () => {
  const result = computePipelineMetrics({ run: fixtureRun(), workflow: fixtureWorkflow(), now: NOW });

  it('times the run so far, each job group in start order, and marks the critical path', () => {
    expect(result.durationMinutes).toBe(10.05);
    expect(result.jobs.map((j) => [j.id, j.name, j.minutes, j.startMinute, j.instances.length, j.onCriticalPath])).toEqual([
      ['lint', 'lint', 3, 5 / 60, 1, false],
      ['plan', 'plan', 1.5, 6 / 60, 1, true],
      ['security', 'security / analyze (javascript-typescript)', 4.5, 8 / 60, 1, false],
      ['test', 'test', 6.65, 105 / 60, 4, true],
      ['gate', 'gate', 1.5, 513 / 60, 1, true]
    ]);
    const test = result.jobs.find((j) => j.id === 'test');
    expect(test?.instances.map((i) => [i.name, i.minutes, i.running])).toEqual([
      ['test (1)', 5.5, false],
      ['test (2)', 4.5, false],
      ['test (3)', 6.5, false],
      ['test (4)', 5, false]
    ]);
    expect(result.jobs.find((j) => j.id === 'gate')?.instances).toEqual([
      { name: 'gate', status: 'in_progress', conclusion: null, startedAt: '2026-09-14T10:08:33Z', minutes: 1.5, running: true }
    ]);
  });

  it('finds plan → test → gate as the critical path, exactly', () => {
    expect(result.criticalPath).toEqual({ jobs: ['plan', 'test', 'gate'], minutes: 9.65 });
  });

  it('measures the realised shard efficiency of the job that runs the shard step', () => {
    expect(result.shardEfficiency).toEqual({ value: 43 / 52, job: 'test', shards: 4, slowestMinutes: 6.5, sumMinutes: 21.5 });
  });

  it('has nothing to report when every job fits the workflow', () => {
    expect(result.unmatched).toEqual([]);
    expect(result.notes).toEqual([]);
  });

  it('gives the gates three metrics in minutes and as a ratio', () => {
    expect(toMetrics(result)).toEqual([
      { path: 'pipeline.duration-minutes', value: 10.05, unit: 'min', direction: 'smaller-is-better' },
      { path: 'pipeline.shard-efficiency', value: 43 / 52, direction: 'bigger-is-better' },
      { path: 'pipeline.critical-path-minutes', value: 9.65, unit: 'min', direction: 'smaller-is-better' }
    ]);
  });

  it('moves the running gate job and the run on with the clock, not the finished jobs', () => {
    // One minute later: run 663 s = 11.05 min, gate 150 s, critical path 90 + 399 + 150 = 639 s = 10.65 min.
    const later = computePipelineMetrics({ run: fixtureRun(), workflow: fixtureWorkflow(), now: NOW + 60_000 });
    expect([later.durationMinutes, later.criticalPath?.minutes, later.shardEfficiency?.value]).toEqual([11.05, 10.65, 43 / 52]);
  });
});

describe('pipeline metrics when the run is not as expected', () => {
  it('counts a shard that is still running up to now, and says so', () => {
    // test (3) still running at 10:10:03: 10:01:54 → 10:10:03 = 489 s is now the slowest.
    // (330 + 270 + 489 + 300) ÷ (4 × 489) = 1389 ÷ 1956.
    const run = fixtureRun((jobs) => {
      const shard = jobs.find((j) => j.name === 'test (3)') as Record<string, unknown>;
      Object.assign(shard, { status: 'in_progress', conclusion: null, completed_at: null });
    });
    const r = computePipelineMetrics({ run, workflow: fixtureWorkflow(), now: NOW });
    expect(r.shardEfficiency).toEqual({ value: 1389 / 1956, job: 'test', shards: 4, slowestMinutes: 489 / 60, sumMinutes: 1389 / 60 });
    expect(r.notes).toEqual(['1 shard of test is still running; the shard efficiency counts it up to now.']);
  });

  it('leaves a skipped shard out of the efficiency instead of reading it as an uneven split', () => {
    // Without test (2): (330 + 390 + 300) ÷ (3 × 390) = 1020 ÷ 1170.
    const run = fixtureRun((jobs) => {
      const shard = jobs.find((j) => j.name === 'test (2)') as Record<string, unknown>;
      Object.assign(shard, { conclusion: 'skipped', started_at: '2026-09-14T10:01:37Z', completed_at: '2026-09-14T10:01:37Z' });
    });
    const r = computePipelineMetrics({ run, workflow: fixtureWorkflow(), now: NOW });
    expect(r.shardEfficiency?.value).toBe(1020 / 1170);
    expect(r.shardEfficiency?.shards).toBe(3);
    expect(r.notes).toEqual(['1 shard of test did not run (skipped or not started) and is left out of the shard efficiency.']);
  });

  it('leaves out jobs a re-run kept from an earlier attempt', () => {
    // Attempt 2 re-ran only test (2) (10:20:00 → 10:24:00) and the gate; the rest is from attempt 1.
    const run: RunJobs = {
      ...fixtureRun((jobs) => {
        for (const j of jobs) if (j.name !== 'test (2)' && j.name !== 'gate') Object.assign(j, { run_attempt: 1 });
        Object.assign(jobs.find((j) => j.name === 'test (2)') as object, { run_attempt: 2, started_at: '2026-09-14T10:20:00Z', completed_at: '2026-09-14T10:24:00Z' });
        Object.assign(jobs.find((j) => j.name === 'gate') as object, { run_attempt: 2, started_at: '2026-09-14T10:24:10Z' });
      }, 2),
      runStartedAt: '2026-09-14T10:19:50Z'
    };
    const r = computePipelineMetrics({ run, workflow: fixtureWorkflow(), now: Date.parse('2026-09-14T10:25:10Z') });
    expect(r.durationMinutes).toBe(320 / 60);
    expect(r.jobs.map((j) => [j.id, j.minutes])).toEqual([['test', 4], ['gate', 1]]);
    expect(r.criticalPath).toEqual({ jobs: ['test', 'gate'], minutes: 5 });
    expect(r.notes[0]).toBe('6 jobs kept from an earlier attempt (not re-run) are left out: "plan", "lint", "security / analyze (javascript-typescript)", "test (1)", "test (3)" and 1 more.');
  });

  it('reports a job that is not in the workflow file and keeps it out of the critical path', () => {
    const run = fixtureRun((jobs) => {
      jobs.push({ ...(jobs[0] as object), name: 'Dependabot auto-merge', started_at: '2026-09-14T10:00:03Z', completed_at: '2026-09-14T10:09:03Z' } as (typeof jobs)[number]);
    });
    const r = computePipelineMetrics({ run, workflow: fixtureWorkflow(), now: NOW });
    expect(r.unmatched).toEqual(['Dependabot auto-merge']);
    expect(r.notes).toEqual(['1 listed job fits no job of the workflow file (left out of the critical path): "Dependabot auto-merge".']);
    expect(r.criticalPath).toEqual({ jobs: ['plan', 'test', 'gate'], minutes: 9.65 });
    expect(r.jobs.map((j) => j.id)).not.toContain('Dependabot auto-merge');
  });

  it('ignores a needs: target the workflow does not define and says which', () => {
    const workflow = graph(job('build'), job('test', { needs: ['build', 'setup'] }));
    const run: RunJobs = {
      runStartedAt: '2026-09-14T10:00:00Z',
      attempt: 1,
      jobs: [completed('build', '2026-09-14T10:00:00Z', '2026-09-14T10:02:00Z'), completed('test', '2026-09-14T10:02:30Z', '2026-09-14T10:05:30Z')]
    };
    const r = computePipelineMetrics({ run, workflow, now: Date.parse('2026-09-14T10:06:00Z'), shardJob: 'test' });
    expect(r.criticalPath).toEqual({ jobs: ['build', 'test'], minutes: 5 });
    expect(r.notes).toEqual(['Job test needs "setup", which the workflow file does not define; that link is left out of the critical path.']);
    expect(r.shardEfficiency).toEqual({ value: 1, job: 'test', shards: 1, slowestMinutes: 3, sumMinutes: 3 });
  });

  it('groups by name without the workflow file, still measures the named shard job, and has no critical path', () => {
    const r = computePipelineMetrics({ run: fixtureRun(), workflowNote: '.github/workflows/ci.yml is not in the workspace', now: NOW, shardJob: 'test' });
    expect(r.durationMinutes).toBe(10.05);
    expect(r.jobs.map((j) => [j.id, j.minutes])).toEqual([['lint', 3], ['plan', 1.5], ['security', 4.5], ['test', 6.65], ['gate', 1.5]]);
    expect(r.criticalPath).toBeNull();
    expect(r.shardEfficiency?.value).toBe(43 / 52);
    expect(r.notes).toEqual(['Without the workflow file (.github/workflows/ci.yml is not in the workspace), jobs are grouped by name and the critical path is unknown.']);
    expect(toMetrics(r).map((m) => m.path)).toEqual(['pipeline.duration-minutes', 'pipeline.shard-efficiency']);
  });

  it('turns missing and broken data into notes, never an exception', () => {
    const run: RunJobs = {
      runStartedAt: null,
      attempt: 1,
      jobs: [
        { name: 'build', status: 'completed', conclusion: 'success', startedAt: 'yesterday', completedAt: null },
        { name: 'test', status: 'completed', conclusion: 'failure', startedAt: '2026-09-14T10:01:00Z', completedAt: null },
        { name: 'gate', status: 'queued', conclusion: null, startedAt: '2026-09-14T10:03:00Z', completedAt: null }
      ]
    };
    const workflow = graph(job('build'), job('test', { needs: ['build'] }), job('gate', { needs: ['test'] }));
    const r = computePipelineMetrics({ run, workflow, now: Date.parse('2026-09-14T10:04:00Z') });
    expect(r.durationMinutes).toBe(3);
    expect(r.jobs.map((j) => [j.id, j.minutes, j.startMinute])).toEqual([['test', 0, 0], ['build', 0, null], ['gate', 0, null]]);
    expect(r.criticalPath).toEqual({ jobs: ['test'], minutes: 0 });
    expect(r.shardEfficiency).toBeNull();
    expect(r.notes).toEqual([
      '1 job had not started yet: "gate".',
      'GitHub gave no valid start time for "build"; counted as 0 minutes.',
      'GitHub gave no valid finish time for the completed "test"; counted as 0 minutes.',
      'The run has no valid start time (run_started_at); the duration counts from the first job start, so queueing before it is missing.',
      'No job of .github/workflows/ci.yml runs the shard step, so shard efficiency is not measured.'
    ]);
    expect(toMetrics(r)).toEqual([
      { path: 'pipeline.duration-minutes', value: 3, unit: 'min', direction: 'smaller-is-better' },
      { path: 'pipeline.critical-path-minutes', value: 0, unit: 'min', direction: 'smaller-is-better' }
    ]);
  });

  it('has no duration and no metrics at all when nothing has a start time', () => {
    const r = computePipelineMetrics({ run: { runStartedAt: null, attempt: 1, jobs: [] }, now: NOW });
    expect(r).toEqual({
      durationMinutes: null,
      jobs: [],
      criticalPath: null,
      shardEfficiency: null,
      unmatched: [],
      notes: [
        'Neither the run nor any job has a start time, so the run duration is unknown.',
        'Without the workflow file, jobs are grouped by name and the critical path is unknown.',
        'Without the workflow file the shard job is unknown, so shard efficiency is not measured.'
      ]
    });
    expect(toMetrics(r)).toEqual([]);
  });

  it('says so when the named shard job is not in the workflow or did not run', () => {
    const workflow = fixtureWorkflow();
    const unknown = computePipelineMetrics({ run: fixtureRun(), workflow, now: NOW, shardJob: 'tests' });
    expect(unknown.shardEfficiency).toBeNull();
    expect(unknown.notes).toEqual(['The shard job tests is not a job of .github/workflows/ci.yml, so shard efficiency is not measured.']);
    const absent = computePipelineMetrics({ run: fixtureRun((jobs) => jobs.splice(3, 4)), workflow, now: NOW });
    expect(absent.shardEfficiency).toBeNull();
    expect(absent.notes).toEqual(['The shard job test has no jobs in this run attempt, so shard efficiency is not measured.']);
  });
});
