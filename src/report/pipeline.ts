import { cell, inline, table } from './markdown.js';
import { median } from '../stats/median.js';
import { PIPELINE_METRICS, toMetrics, type JobGroupTiming, type PipelineMetrics } from '../pipeline/metrics.js';
import { renderCaches, renderWhy } from './pipeline-advice.js';
import { percent } from '../model/format.js';

export interface RenderOptions {
  readonly title?: string;
  /** Earlier runs from history, oldest first: their `metrics` give the trend line. */
  readonly previous?: readonly { readonly metrics?: Readonly<Record<string, number>> }[];
  /** The run's duration gate passed (or there is none): "why it took so long" is folded away. */
  readonly withinBudget?: boolean;
}

/** How many earlier runs the trend summarises: recent enough to reflect today's pipeline. */
const TREND_RUNS = 10;

/**
 * The pipeline metrics as a markdown section for the job summary and the comment: the headline
 * figures, one row per job group in the order they started (critical-path jobs marked), and the
 * notes that say what could not be measured. Job names come from the workflow file and matrix
 * values, so every one goes through the escaping helpers.
 */
export function renderPipeline(result: PipelineMetrics, options: RenderOptions = {}): string {
  const parts = [`### ${inline(options.title ?? 'Pipeline')}`, headline(result)];
  const trendLine = trend(result, options.previous ?? []);
  if (trendLine) parts.push(trendLine);
  if (result.jobs.length) parts.push(table(['Job', 'Started', 'Took', 'Instances', 'Result', 'Critical path'], result.jobs.map(row)));
  if (result.notes.length) parts.push(result.notes.map((n) => `- ${inline(n)}`).join('\n'));
  if (result.why) parts.push(renderWhy(result.why, options.withinBudget ?? true));
  if (result.caches) parts.push(renderCaches(result.caches, hitRateTrend(result, options.previous ?? [])));
  return `${parts.join('\n\n')}\n`;
}

/** `median of the last 10 runs 85.0%`: the hit rate's usual level, beside this run's. */
function hitRateTrend(result: PipelineMetrics, previous: NonNullable<RenderOptions['previous']>): string {
  const before = previous.flatMap((r) => {
    const v = r.metrics?.[PIPELINE_METRICS.cacheHitRate];
    return typeof v === 'number' ? [v] : [];
  }).slice(-TREND_RUNS);
  if (!before.length || result.caches?.run.hitRate == null) return '';
  return `median of the last ${before.length} ${before.length === 1 ? 'run' : 'runs'} ${percent(median(before))}`;
}

function headline(r: PipelineMetrics): string {
  const lines = [`**Run so far** ${r.durationMinutes === null ? 'unknown' : long(r.durationMinutes)}`];
  if (r.criticalPath) lines.push(`**Critical path** ${long(r.criticalPath.minutes)}: ${r.criticalPath.jobs.map(inline).join(' → ')}`);
  const s = r.shardEfficiency;
  if (s) {
    const shards = `${s.shards} ${s.shards === 1 ? 'shard' : 'shards'}`;
    lines.push(`**Shard efficiency** ${percent(s.value, 1)} for ${inline(s.job)}: ${shards} took ${long(s.sumMinutes)} in all, the slowest ${long(s.slowestMinutes)} (sum ÷ shards × slowest)`);
  }
  return lines.join('  \n');
}

/** `median of the last N runs → now` per pipeline metric that has both. */
function trend(result: PipelineMetrics, previous: NonNullable<RenderOptions['previous']>): string {
  const now = new Map(toMetrics(result).map((m) => [m.path, m.value]));
  const shown: Array<[string, string, (x: number) => string]> = [
    [PIPELINE_METRICS.duration, 'run', long],
    [PIPELINE_METRICS.criticalPath, 'critical path', long],
    [PIPELINE_METRICS.shardEfficiency, 'shard efficiency', (x) => percent(x, 1)],
    [PIPELINE_METRICS.cacheHitRate, 'cache hit rate', (x) => percent(x, 1)]
  ];
  let runs = 0;
  const items = shown.flatMap(([path, label, format]) => {
    const current = now.get(path);
    const before = previous.flatMap((r) => (typeof r.metrics?.[path] === 'number' ? [r.metrics[path]] : [])).slice(-TREND_RUNS);
    if (current === undefined || before.length === 0) return [];
    runs = Math.max(runs, before.length);
    return [`${label} ${format(median(before))} → ${format(current)}`];
  });
  return items.length ? `**Trend** (median of the last ${runs} ${runs === 1 ? 'run' : 'runs'} in history → this run): ${items.join(' · ')}` : '';
}

function row(g: JobGroupTiming): string[] {
  const running = g.instances.some((i) => i.running);
  const started = g.startMinute === null ? 'not yet' : `+${clock(g.startMinute)}`;
  return [cell(g.name), started, `${clock(g.minutes)}${running ? ' (running)' : ''}`, instances(g), result(g), g.onCriticalPath ? '◆' : ''];
}

function instances(g: JobGroupTiming): string {
  const ran = g.instances.filter((i) => i.startedAt !== null).map((i) => i.minutes);
  if (g.instances.length < 2 || ran.length < 2) return String(g.instances.length);
  return `${g.instances.length} (${clock(Math.min(...ran))}–${clock(Math.max(...ran))})`;
}

/** One word when all instances agree, else the counts: `3 success, 1 failure`. */
function result(g: JobGroupTiming): string {
  const counts = new Map<string, number>();
  for (const i of g.instances) {
    const key = i.status === 'completed' ? (i.conclusion ?? 'completed') : i.status.replace('_', ' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (counts.size === 1) return cell([...counts.keys()][0] ?? '');
  return cell([...counts].map(([k, n]) => `${n} ${k}`).join(', '));
}

/** `6:39`: GitHub's timestamps are whole seconds, so this loses nothing. */
function clock(minutes: number): string {
  const s = Math.round(minutes * 60);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** `9 min 39 s`, `45 s`. */
function long(minutes: number): string {
  const s = Math.round(minutes * 60);
  if (s < 60) return `${s} s`;
  return s % 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s / 60} min`;
}

