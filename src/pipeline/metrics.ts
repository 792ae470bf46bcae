import type { Metric } from '../model/metrics.js';
import type { CacheReport } from './cache-history.js';
import { criticalPath, type PathNode } from './critical-path.js';
import { assignJobs } from './job-names.js';
import type { RunJob, RunJobs, WhySlow, WorkflowGraph } from './types.js';

/**
 * How long this run has taken so far and where the time went: per-job durations, the critical
 * path through `needs:`, and how evenly the test shards finished. Missing or odd data never
 * throws: it leaves the figure out and says why in `notes`.
 */

export interface PipelineInput {
  readonly run: RunJobs;
  /** The workflow's job graph; without it jobs are grouped by name and there is no critical path. */
  readonly workflow?: WorkflowGraph;
  /** Why the workflow file could not be read, to pass on in the notes. */
  readonly workflowNote?: string;
  /** Epoch milliseconds: running jobs and the run so far end here. */
  readonly now: number;
  /** Workflow job id of the test shards; default: the job that runs the shard step. */
  readonly shardJob?: string;
}

export interface JobInstanceTiming {
  readonly name: string;
  readonly status: string;
  readonly conclusion: string | null;
  /** Null while the job waits for a runner. */
  readonly startedAt: string | null;
  readonly minutes: number;
  readonly running: boolean;
}

export interface JobGroupTiming {
  /** Workflow job id (without the workflow file: the displayed name without its matrix suffix). */
  readonly id: string;
  readonly name: string;
  /** Wall span: first instance start to last instance finish (or now while one runs). */
  readonly minutes: number;
  /** Minutes after the run started that the first instance started; null if none has. */
  readonly startMinute: number | null;
  readonly instances: readonly JobInstanceTiming[];
  readonly onCriticalPath: boolean;
}

export interface ShardEfficiency {
  /** Σ shard minutes ÷ (shards × slowest): 1 when all shards take equally long. */
  readonly value: number;
  readonly job: string;
  readonly shards: number;
  readonly slowestMinutes: number;
  readonly sumMinutes: number;
}

export interface PipelineMetrics {
  /** Now minus the attempt's start; null when GitHub gave no start time at all. */
  readonly durationMinutes: number | null;
  /** Job groups in the order they started (not started last). */
  readonly jobs: readonly JobGroupTiming[];
  readonly criticalPath: { readonly jobs: readonly string[]; readonly minutes: number } | null;
  readonly shardEfficiency: ShardEfficiency | null;
  /** Listed jobs that fit no job of the workflow file. */
  readonly unmatched: readonly string[];
  readonly notes: readonly string[];
  /** What the jobs' caches did (from their logs), and what to change. */
  readonly caches?: CacheReport;
  /** Where the time went, from the step timings. */
  readonly why?: WhySlow;
}

export const PIPELINE_METRICS = {
  duration: 'pipeline.duration-minutes',
  shardEfficiency: 'pipeline.shard-efficiency',
  criticalPath: 'pipeline.critical-path-minutes',
  cacheHitRate: 'pipeline.cache-hit-rate'
} as const;

const MINUTE = 60_000;
const NOT_STARTED = new Set(['queued', 'waiting', 'pending', 'requested']);

interface Span {
  readonly job: RunJob;
  readonly start?: number;
  readonly end?: number;
}

interface Group {
  readonly id: string;
  readonly name: string;
  readonly spans: readonly Span[];
  readonly start?: number;
  readonly end?: number;
}

export function computePipelineMetrics(input: PipelineInput): PipelineMetrics {
  const notes: string[] = [];
  const jobs = currentAttempt(input.run, notes);
  const spans = jobs.map((job) => spanOf(job, input.now));
  notesOnSpans(spans, notes);
  const runStart = runStartOf(input.run, spans, notes);

  const { groups, unmatched } = groupJobs(spans, input, notes);
  const path = input.workflow ? pathOf(input.workflow, groups, notes) : null;
  const onPath = new Set(path?.jobs ?? []);
  const timings = [...groups.values()]
    .sort((a, b) => (a.start ?? Number.POSITIVE_INFINITY) - (b.start ?? Number.POSITIVE_INFINITY))
    .map((g) => groupTiming(g, runStart, onPath.has(g.id)));

  return {
    durationMinutes: runStart === undefined ? null : Math.max(0, input.now - runStart) / MINUTE,
    jobs: timings,
    criticalPath: path ? { jobs: path.jobs, minutes: path.ms / MINUTE } : null,
    shardEfficiency: shardEfficiency(input, groups, notes),
    unmatched,
    notes
  };
}

/** The metrics the gates see; figures that could not be computed are absent, not zero. */
export function toMetrics(result: PipelineMetrics): Metric[] {
  const out: Metric[] = [];
  const minutes = (path: string, value: number): Metric => ({ path, value, unit: 'min', direction: 'smaller-is-better' });
  if (result.durationMinutes !== null) out.push(minutes(PIPELINE_METRICS.duration, result.durationMinutes));
  if (result.shardEfficiency) out.push({ path: PIPELINE_METRICS.shardEfficiency, value: result.shardEfficiency.value, direction: 'bigger-is-better' });
  if (result.criticalPath) out.push(minutes(PIPELINE_METRICS.criticalPath, result.criticalPath.minutes));
  const hitRate = result.caches?.run.hitRate;
  if (hitRate !== undefined && hitRate !== null) out.push({ path: PIPELINE_METRICS.cacheHitRate, value: hitRate, direction: 'bigger-is-better' });
  return out;
}

/** A re-run of failed jobs lists the jobs it kept from earlier attempts; they did not run now. */
function currentAttempt(run: RunJobs, notes: string[]): readonly RunJob[] {
  const earlier = run.jobs.filter((j) => j.runAttempt !== undefined && j.runAttempt < run.attempt);
  if (earlier.length === 0) return run.jobs;
  notes.push(`${count(earlier.length, 'job')} kept from an earlier attempt (not re-run) ${earlier.length === 1 ? 'is' : 'are'} left out: ${quoted(earlier.map((j) => j.name))}.`);
  return run.jobs.filter((j) => !earlier.includes(j));
}

/** When a job ran: queued jobs have not started, running ones end now. */
function spanOf(job: RunJob, now: number): Span {
  if (NOT_STARTED.has(job.status)) return { job };
  const start = parseTime(job.startedAt);
  if (start === undefined) return { job };
  if (job.status !== 'completed') return { job, start, end: Math.max(start, now) };
  const end = parseTime(job.completedAt);
  return end === undefined ? { job, start } : { job, start, end: Math.max(start, end) };
}

function notesOnSpans(spans: readonly Span[], notes: string[]): void {
  const waiting = spans.filter((s) => NOT_STARTED.has(s.job.status)).map((s) => s.job.name);
  if (waiting.length) notes.push(`${count(waiting.length, 'job')} had not started yet: ${quoted(waiting)}.`);
  const noStart = spans.filter((s) => !NOT_STARTED.has(s.job.status) && s.start === undefined).map((s) => s.job.name);
  if (noStart.length) notes.push(`GitHub gave no valid start time for ${quoted(noStart)}; counted as 0 minutes.`);
  const noEnd = spans.filter((s) => s.start !== undefined && s.end === undefined).map((s) => s.job.name);
  if (noEnd.length) notes.push(`GitHub gave no valid finish time for the completed ${quoted(noEnd)}; counted as 0 minutes.`);
}

function runStartOf(run: RunJobs, spans: readonly Span[], notes: string[]): number | undefined {
  const start = parseTime(run.runStartedAt);
  if (start !== undefined) return start;
  const earliest = Math.min(...spans.map((s) => s.start ?? Number.POSITIVE_INFINITY));
  if (Number.isFinite(earliest)) {
    notes.push('The run has no valid start time (run_started_at); the duration counts from the first job start, so queueing before it is missing.');
    return earliest;
  }
  notes.push('Neither the run nor any job has a start time, so the run duration is unknown.');
  return undefined;
}

function groupJobs(spans: readonly Span[], input: PipelineInput, notes: string[]): { groups: Map<string, Group>; unmatched: string[] } {
  const members = new Map<string, Span[]>();
  const add = (id: string, span: Span) => members.set(id, [...(members.get(id) ?? []), span]);
  let unmatched: string[] = [];
  const names = new Map<string, string>();
  if (input.workflow) {
    const assigned = assignJobs(spans.map((s) => s.job), input.workflow.jobs);
    notes.push(...assigned.notes);
    unmatched = [...assigned.unmatched];
    const spanOfJob = new Map(spans.map((s) => [s.job, s]));
    for (const [id, list] of assigned.byJob) for (const job of list) add(id, spanOfJob.get(job) as Span);
    for (const j of input.workflow.jobs) names.set(j.id, j.name && !j.name.includes('${{') ? j.name : j.id);
  } else {
    const why = input.workflowNote ? ` (${input.workflowNote})` : '';
    notes.push(`Without the workflow file${why}, jobs are grouped by name and the critical path is unknown.`);
    for (const s of spans) add(baseName(s.job.name), s);
  }
  const groups = new Map<string, Group>();
  for (const [id, list] of members) {
    const started = list.filter((s) => s.start !== undefined);
    const name = list.length === 1 && list[0] ? list[0].job.name : (names.get(id) ?? id);
    groups.set(id, {
      id,
      name,
      spans: list,
      ...(started.length ? { start: Math.min(...started.map((s) => s.start as number)), end: Math.max(...started.map((s) => s.end ?? (s.start as number))) } : {})
    });
  }
  return { groups, unmatched };
}

/** `test (1)` → `test`, `security / analyze (go)` → `security`: a guess for when the file is missing. */
function baseName(name: string): string {
  return name.split(' / ')[0]?.replace(/ \([^()]*\)$/, '') ?? name;
}

function pathOf(workflow: WorkflowGraph, groups: ReadonlyMap<string, Group>, notes: string[]): { jobs: readonly string[]; ms: number } | null {
  const nodes: PathNode[] = workflow.jobs.map((j) => {
    const g = groups.get(j.id);
    const ran = g?.start !== undefined && g.end !== undefined;
    return { id: j.id, needs: j.needs, ms: ran ? (g.end as number) - (g.start as number) : 0, ...(ran ? { finishedAt: g.end } : {}) };
  });
  const result = criticalPath(nodes);
  notes.push(...result.notes);
  return result.path;
}

function groupTiming(g: Group, runStart: number | undefined, onCriticalPath: boolean): JobGroupTiming {
  return {
    id: g.id,
    name: g.name,
    minutes: g.start !== undefined && g.end !== undefined ? (g.end - g.start) / MINUTE : 0,
    startMinute: g.start !== undefined && runStart !== undefined ? (g.start - runStart) / MINUTE : null,
    instances: g.spans.map((s) => ({
      name: s.job.name,
      status: s.job.status,
      conclusion: s.job.conclusion,
      startedAt: s.start === undefined ? null : s.job.startedAt,
      minutes: spanMs(s) / MINUTE,
      running: s.start !== undefined && s.job.status !== 'completed'
    })),
    onCriticalPath
  };
}

function shardEfficiency(input: PipelineInput, groups: ReadonlyMap<string, Group>, notes: string[]): ShardEfficiency | null {
  const id = shardJobId(input, notes);
  if (id === undefined) return null;
  const group = groups.get(id);
  if (!group) {
    notes.push(`The shard job ${id} has no jobs in this run attempt, so shard efficiency is not measured.`);
    return null;
  }
  // A skipped or never-started shard did no work; counting it as 0 minutes would only mean
  // "this shard did not run", not "the split was uneven".
  const shards = group.spans.filter((s) => s.start !== undefined && s.job.conclusion !== 'skipped');
  const left = group.spans.length - shards.length;
  if (left) notes.push(`${count(left, 'shard')} of ${id} did not run (skipped or not started) and ${left === 1 ? 'is' : 'are'} left out of the shard efficiency.`);
  const running = shards.filter((s) => s.job.status !== 'completed').length;
  if (running) notes.push(`${count(running, 'shard')} of ${id} ${running === 1 ? 'is' : 'are'} still running; the shard efficiency counts ${running === 1 ? 'it' : 'them'} up to now.`);
  const ms = shards.map(spanMs);
  const slowest = Math.max(0, ...ms);
  if (shards.length === 0 || slowest === 0) {
    notes.push(`No shard of ${id} took any time, so shard efficiency is not measured.`);
    return null;
  }
  const sum = ms.reduce((a, b) => a + b, 0);
  return { value: sum / (shards.length * slowest), job: id, shards: shards.length, slowestMinutes: slowest / MINUTE, sumMinutes: sum / MINUTE };
}

function shardJobId(input: PipelineInput, notes: string[]): string | undefined {
  if (input.shardJob !== undefined) {
    if (input.workflow && !input.workflow.jobs.some((j) => j.id === input.shardJob)) {
      notes.push(`The shard job ${input.shardJob} is not a job of ${input.workflow.path}, so shard efficiency is not measured.`);
      return undefined;
    }
    return input.shardJob;
  }
  const found = input.workflow?.jobs.filter((j) => j.runsShard) ?? [];
  const [first] = found;
  if (!first) {
    notes.push(input.workflow ? `No job of ${input.workflow.path} runs the shard step, so shard efficiency is not measured.` : 'Without the workflow file the shard job is unknown, so shard efficiency is not measured.');
    return undefined;
  }
  if (found.length > 1) notes.push(`Several jobs run the shard step (${found.map((j) => j.id).join(', ')}); shard efficiency is measured for ${first.id}.`);
  return first.id;
}

function spanMs(s: Span): number {
  return s.start !== undefined && s.end !== undefined ? s.end - s.start : 0;
}

function parseTime(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const t = Date.parse(text);
  return Number.isFinite(t) ? t : undefined;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function quoted(names: readonly string[]): string {
  const shown = names.slice(0, 5).map((n) => `"${n}"`).join(', ');
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}
