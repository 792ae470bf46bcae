import { median } from '../stats/median.js';
import { ecosystemOfPaths } from './cache-fixes.js';
import { plural } from '../model/format.js';
import type { JobCacheEvent } from './cache-report.js';
import { installKind } from './install-steps.js';
import type { PipelineMetrics } from './metrics.js';
import { mono } from './rich-text.js';
import type { CriticalJob, RunJob, RunJobs, SlowCause, StepCost, WhySlow } from './types.js';

/**
 * Where the run's time went, from the jobs API's step timings: each step name's cost summed over
 * all jobs (a setup step repeated in 20 shards costs 20 times), the time jobs waited for a
 * runner, the critical path's jobs with their slowest steps, and matrix jobs far slower than
 * their siblings. Each cause comes with the change that removes it.
 */

export interface WhySlowInput {
  readonly run: RunJobs;
  readonly metrics: PipelineMetrics;
  readonly cacheEvents?: readonly JobCacheEvent[];
}

const STEPS_SHOWN = 10;
/** Below these a cause is noise: a minute across the run, half a minute per job. */
const MIN_CAUSE_SECONDS = 60;
const OUTLIER_RATIO = 1.5;

export function explainRun(input: WhySlowInput): WhySlow {
  const jobs = input.run.jobs.filter((j) => j.runAttempt === undefined || j.runAttempt >= input.run.attempt);
  const byName = new Map(jobs.map((j) => [j.name, j]));
  const steps = stepCosts(jobs);
  const queue = queueTimes(jobs, input.metrics, byName);
  const critical = criticalJobs(input.metrics, byName);
  const causes = [...installCauses(jobs, input.cacheEvents ?? []), ...setupCauses(input.metrics, byName), ...queueCauses(queue), ...outlierCauses(input.metrics)];
  return {
    minutes: input.metrics.durationMinutes,
    criticalMinutes: input.metrics.criticalPath?.minutes ?? null,
    queue,
    steps: steps.slice(0, STEPS_SHOWN),
    critical,
    causes: causes.sort((a, b) => b.minutes - a.minutes)
  };
}

function stepSeconds(job: RunJob): Array<{ name: string; seconds: number }> {
  return (job.steps ?? []).flatMap((s) => {
    const start = Date.parse(s.startedAt ?? '');
    const end = Date.parse(s.completedAt ?? '');
    return s.status === 'completed' && Number.isFinite(start) && Number.isFinite(end) && end >= start ? [{ name: s.name, seconds: (end - start) / 1000 }] : [];
  });
}

/** Seconds per step name over all jobs, most expensive first. */
function stepCosts(jobs: readonly RunJob[]): StepCost[] {
  const costs = new Map<string, { jobs: Set<string>; seconds: number }>();
  for (const job of jobs) {
    for (const s of stepSeconds(job)) {
      const c = costs.get(s.name) ?? { jobs: new Set<string>(), seconds: 0 };
      c.jobs.add(job.name);
      c.seconds += s.seconds;
      costs.set(s.name, c);
    }
  }
  return [...costs].map(([name, c]) => ({ name, jobs: c.jobs.size, seconds: c.seconds })).sort((a, b) => b.seconds - a.seconds || a.name.localeCompare(b.name));
}

function queueSeconds(job: RunJob | undefined): number | null {
  const created = Date.parse(job?.createdAt ?? '');
  const started = Date.parse(job?.startedAt ?? '');
  return job?.status !== 'queued' && Number.isFinite(created) && Number.isFinite(started) ? Math.max(0, started - created) / 1000 : null;
}

function queueTimes(jobs: readonly RunJob[], metrics: PipelineMetrics, byName: ReadonlyMap<string, RunJob>): WhySlow['queue'] {
  let total = 0;
  let max = 0;
  let maxJob: string | undefined;
  for (const j of jobs) {
    const q = queueSeconds(j);
    if (q === null) continue;
    total += q;
    if (q > max) [max, maxJob] = [q, j.name];
  }
  const critical = criticalJobs(metrics, byName).reduce((n, c) => n + (c.queueSeconds ?? 0), 0);
  return { totalSeconds: total, maxSeconds: max, ...(maxJob ? { maxJob } : {}), criticalSeconds: critical };
}

function criticalJobs(metrics: PipelineMetrics, byName: ReadonlyMap<string, RunJob>): CriticalJob[] {
  const groups = new Map(metrics.jobs.map((g) => [g.id, g]));
  return (metrics.criticalPath?.jobs ?? []).flatMap((id) => {
    const g = groups.get(id);
    const last = g?.instances.filter((i) => i.startedAt !== null).sort((a, b) => b.minutes - a.minutes)[0];
    const job = last ? byName.get(last.name) : undefined;
    if (!g || !last) return [];
    const steps = job ? stepSeconds(job).sort((a, b) => b.seconds - a.seconds).slice(0, 3) : [];
    return [{ id, instance: last.name, minutes: last.minutes, queueSeconds: queueSeconds(job), steps }];
  });
}

/** Dependency installs: their total, and what their jobs' caches did. */
function installCauses(jobs: readonly RunJob[], events: readonly JobCacheEvent[]): SlowCause[] {
  const byStep = new Map<string, { jobs: string[]; seconds: number }>();
  for (const job of jobs) {
    for (const s of stepSeconds(job)) {
      if (!installKind(s.name)) continue;
      const c = byStep.get(s.name) ?? { jobs: [], seconds: 0 };
      byStep.set(s.name, { jobs: [...c.jobs, job.name], seconds: c.seconds + s.seconds });
    }
  }
  return [...byStep].flatMap(([name, c]): SlowCause[] => {
    const kind = installKind(name);
    if (!kind || c.seconds < MIN_CAUSE_SECONDS) return [];
    const restores = events.filter((e) => e.op === 'restore' && c.jobs.includes(e.job) && ((e.tool === kind.tool && (!kind.manager || e.manager === kind.manager)) || ecosystemOfPaths(e.op === 'restore' ? (e.paths ?? []) : [])?.name === kind.ecosystem));
    const found = restores.filter((e) => e.outcome === 'hit' || e.outcome === 'partial').length;
    const each = c.seconds / c.jobs.length;
    const command = name.replace(/^Run /, '');
    const fix = !restores.length
      ? `${kind.enable[0]?.toUpperCase() ?? ''}${kind.enable.slice(1)}.`
      : found < restores.length
        ? `Its cache missed in ${restores.length - found} of ${plural(restores.length, 'job')}: see the cache findings.`
        : `The cache hits, yet it still takes ${clock(each)} per job: cache the installed result keyed on the lockfile, or install less in jobs that do not need everything.`;
    return [{ minutes: c.seconds / 60, text: `${mono(command)} costs ${clock(c.seconds)} across ${plural(c.jobs.length, 'job')} (${clock(each)} each).`, fix }];
  });
}

/** In a matrix, what every cell pays before its real work: repeated per shard. */
function setupCauses(metrics: PipelineMetrics, byName: ReadonlyMap<string, RunJob>): SlowCause[] {
  const group = metrics.jobs.find((g) => g.id === metrics.shardEfficiency?.job) ?? metrics.jobs.filter((g) => g.instances.length >= 4).sort((a, b) => b.instances.length - a.instances.length)[0];
  if (!group) return [];
  const overheads = group.instances.flatMap((i) => {
    const steps = stepSeconds(byName.get(i.name) ?? { name: '', status: '', conclusion: null, startedAt: null, completedAt: null });
    if (steps.length < 2) return [];
    const longest = Math.max(...steps.map((s) => s.seconds));
    return [steps.reduce((n, s) => n + s.seconds, 0) - longest];
  });
  if (overheads.length < 2) return [];
  const each = median(overheads);
  const total = overheads.reduce((a, b) => a + b, 0);
  if (total < 3 * MIN_CAUSE_SECONDS || each < MIN_CAUSE_SECONDS / 2) return [];
  const isShard = group.id === metrics.shardEfficiency?.job;
  return [
    {
      minutes: total / 60,
      text: `Each of the ${overheads.length} ${mono(group.id)} jobs spends ${clock(each)} besides its longest step (setting up, checking out, installing): ${clock(total)} across the matrix.`,
      fix: isShard
        ? `Fewer, longer shards pay it fewer times: give the plan step ${mono(`overhead-seconds: ${Math.round(each)}`)} so ${mono('shards: auto')} weighs it, and cache what the setup steps download.`
        : 'Fewer, larger matrix cells pay it fewer times; cache what the setup steps download.'
    }
  ];
}

function queueCauses(q: WhySlow['queue']): SlowCause[] {
  if (q.maxSeconds < MIN_CAUSE_SECONDS) return [];
  const critical = q.criticalSeconds >= 1 ? `, ${clock(q.criticalSeconds)} of it on the critical path` : '';
  return [
    {
      minutes: Math.max(q.criticalSeconds, q.maxSeconds) / 60,
      text: `Jobs waited ${clock(q.totalSeconds)} in all for a runner${critical}; ${mono(q.maxJob ?? '?')} waited longest, ${clock(q.maxSeconds)}.`,
      fix: 'More jobs were ready than runners were free: the account’s concurrent-job limit or a busy self-hosted pool. Run fewer jobs at once (fewer matrix cells), or add runners.'
    }
  ];
}

/** Matrix cells far above their siblings' median: for test shards, a sign of stale timings. */
function outlierCauses(metrics: PipelineMetrics): SlowCause[] {
  return metrics.jobs.flatMap((g) => {
    const done = g.instances.filter((i) => i.startedAt !== null && !i.running);
    if (done.length < 3) return [];
    const mid = median(done.map((i) => i.minutes));
    const isShard = g.id === metrics.shardEfficiency?.job;
    return done.flatMap((i): SlowCause[] => {
      const excess = (i.minutes - mid) * 60;
      if (mid <= 0 || i.minutes / mid < OUTLIER_RATIO || excess < MIN_CAUSE_SECONDS) return [];
      const ratio = `${(i.minutes / mid).toFixed(1)}×`;
      return [
        {
          minutes: excess / 60,
          text: `${mono(i.name)} ran ${ratio} the median of ${mono(g.id)} (${clock(i.minutes * 60)} against ${clock(mid * 60)}).`,
          fix: isShard
            ? 'Its timings are stale, or a slow test landed in it: the plan learns test times from default-branch runs, so the next plan after a push rebalances it; if it repeats, its slowest tests are the place to look.'
            : 'Look at what this cell does differently (runner, version, inputs): the whole group waits for it.'
        }
      ];
    });
  });
}

/** `4 min 10 s`, `42 s`. */
export function clock(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  return s % 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s / 60} min`;
}
