import { ecosystemOfPaths, pathLines, suggestedKey, volatileExpression } from './cache-fixes.js';
import { hasContentHash, keyPrefix, volatilePart } from './cache-keys.js';
import { plural } from '../model/format.js';
import type { CacheRun, JobCacheEvent } from './cache-report.js';
import { mono } from './rich-text.js';
import type { WorkflowCacheStep, WorkflowGraph } from './types.js';

/**
 * Why caches miss or cost more than they save, each with the concrete change. Pure: the run's
 * cache events, the workflow's cache steps (their keys as written, with lines) and the
 * repository's cache usage come in; findings come out, most expensive first.
 */

export interface CacheUsage {
  readonly bytes: number;
  readonly count: number;
  /** Most recently used first; at most the bound the shell read. */
  readonly entries: readonly { readonly key: string; readonly ref: string; readonly bytes: number; readonly lastAccessedAt: string; readonly createdAt: string }[];
  /** How many entries the listing said there are. */
  readonly listed: number;
  readonly oldestAccessAt?: string;
}

export type DiagnosisKind = 'volatile-key' | 'no-lockfile-hash' | 'never-restored' | 'duplicate-save' | 'near-limit';

export interface CacheDiagnosis {
  readonly kind: DiagnosisKind;
  /** The cache it is about (a key, a key prefix, or the repository). */
  readonly cache: string;
  readonly problem: string;
  readonly cost: string;
  readonly fix: string;
  /** The rewrite, as lines of the workflow (`with:` inputs). */
  readonly rewrite?: string;
  readonly location?: { readonly file: string; readonly line: number };
  /** Seconds it costs this run, to rank by; 0 when not measured. */
  readonly seconds: number;
}

export interface CacheAdviceInput {
  readonly run: CacheRun;
  readonly workflow?: WorkflowGraph;
  /** Listed job name → workflow job id (from matching names to the workflow file). */
  readonly jobIds?: ReadonlyMap<string, string>;
  readonly usage?: CacheUsage;
  readonly limitBytes: number;
  /** Epoch ms, for the age of the least recently used entry. */
  readonly now: number;
  readonly current?: { readonly runId: string; readonly sha: string };
}

/** GitHub evicts entries not used for 7 days anyway; an oldest entry younger than that means eviction by size. */
const UNUSED_EVICTION_DAYS = 7;
const NEAR_LIMIT = 0.8;
const GB = 1024 ** 3;

export function diagnoseCaches(input: CacheAdviceInput): CacheDiagnosis[] {
  const out = [...fromWorkflow(input), ...fromLogs(input), ...duplicateSaves(input)];
  const limit = nearLimit(input);
  if (limit) out.push(limit);
  return out.sort((a, b) => b.seconds - a.seconds);
}

/** The key expressions as written: a run id or date that can never be found again, a key blind to the lockfile. */
function fromWorkflow(input: CacheAdviceInput): CacheDiagnosis[] {
  const file = input.workflow?.path;
  if (!file) return [];
  return (input.workflow?.caches ?? []).flatMap((step): CacheDiagnosis[] => {
    if (step.key === undefined || !/^actions\/cache(?:\/restore)?@/i.test(step.uses)) return [];
    const location = { file, line: step.keyLine ?? step.line };
    const eco = ecosystemOfPaths(pathLines(step.path));
    const events = eventsOfStep(input, step);
    const volatile = volatileExpression(step.key);
    if (volatile && !step.restoreKeys?.trim()) return [volatileKey(step.key, volatile, eco, events, location)];
    if (!volatile && eco && !/hashFiles\s*\(/.test(step.key)) return [noLockfileHash(step.key, eco.name, eco, events, location)];
    return [];
  });
}

/** Keys seen only in logs (the step sits in a composite action or another workflow file). */
function fromLogs(input: CacheAdviceInput): CacheDiagnosis[] {
  const covered = new Set((input.workflow?.caches ?? []).filter((s) => /^actions\/cache/i.test(s.uses)).map((s) => s.job));
  const seen = new Set<string>();
  const out: CacheDiagnosis[] = [];
  for (const e of input.run.events) {
    if (e.op !== 'restore' || e.tool !== 'actions/cache' || e.key === undefined || seen.has(keyPrefix(e.key))) continue;
    const jobId = input.jobIds?.get(e.job);
    if (jobId !== undefined && covered.has(jobId)) continue;
    seen.add(keyPrefix(e.key));
    const events = input.run.events.filter((x) => x.key !== undefined && keyPrefix(x.key) === keyPrefix(e.key as string));
    const eco = ecosystemOfPaths(e.paths ?? []);
    const volatile = volatileOfKey(e.key, input.current);
    if (volatile && !e.restoreKeys?.length && e.outcome === 'miss') out.push(volatileKey(e.key, volatile, eco, events));
    else if (!volatile && eco && !hasContentHash(e.key)) out.push(noLockfileHash(e.key, eco.name, eco, events));
  }
  return out;
}

function volatileOfKey(key: string, current: CacheAdviceInput['current']): string | undefined {
  if (current && key.includes(current.runId)) return 'the run id';
  if (current && current.sha.length >= 7 && key.includes(current.sha.slice(0, 7))) return 'the commit SHA';
  const part = volatilePart(key);
  return part?.kind === 'date' ? 'a date' : part?.kind === 'number' ? 'a number that changes every run' : undefined;
}

function volatileKey(key: string, what: string, eco: ReturnType<typeof ecosystemOfPaths>, events: readonly JobCacheEvent[], location?: CacheDiagnosis['location']): CacheDiagnosis {
  const misses = events.filter((e) => e.op === 'restore' && e.outcome === 'miss').length;
  const saves = events.filter((e) => e.op === 'save' && e.outcome === 'saved');
  const seconds = sum(events.map((e) => e.seconds ?? 0));
  const measured = events.length ? ` This run: ${plural(misses, 'miss', 'misses')}, ${plural(saves.length, 'save')} of ${mb(sum(saves.map((s) => s.bytes ?? 0)))} (${secs(seconds)}).` : '';
  return {
    kind: 'volatile-key',
    cache: key,
    problem: `The key ${mono(key)} contains ${what} and has no restore-keys.`,
    cost: `No later run can find the entry, so every lookup misses: each run rebuilds what the cache should hold, then uploads an entry nobody restores.${measured}`,
    fix: `Key the cache on what it holds (the lockfile), with restore-keys on the stable part so a changed lockfile still restores the nearest entry. Output that must be per run does not belong in a cache.`,
    rewrite: suggestedKey(eco),
    ...(location ? { location } : {}),
    seconds
  };
}

function noLockfileHash(key: string, name: string, eco: ReturnType<typeof ecosystemOfPaths>, events: readonly JobCacheEvent[], location?: CacheDiagnosis['location']): CacheDiagnosis {
  return {
    kind: 'no-lockfile-hash',
    cache: key,
    problem: `The key ${mono(key)} of a ${name} cache has no hash of the lockfile.`,
    cost: `It never changes when the dependencies do: the first entry is restored forever (an exact hit, so it is never saved again), and every dependency added since is downloaded on every run.`,
    fix: `Add the lockfile's hash to the key, and the old key as a restore key.`,
    rewrite: suggestedKey(eco),
    ...(location ? { location } : {}),
    seconds: sum(events.map((e) => e.seconds ?? 0))
  };
}

/** Several jobs of one run saving one key: one upload is kept, the rest pack and upload for nothing. */
function duplicateSaves(input: CacheAdviceInput): CacheDiagnosis[] {
  const byKey = new Map<string, JobCacheEvent[]>();
  for (const e of input.run.events) {
    if (e.op !== 'save' || e.key === undefined || !(e.outcome === 'saved' || e.outcome === 'conflict')) continue;
    byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
  }
  const out: CacheDiagnosis[] = [];
  for (const [key, saves] of byKey) {
    const jobs = [...new Set(saves.map((s) => s.job))];
    if (jobs.length < 2) continue;
    // The one that won cost what a save costs; the others are the waste.
    const times = saves.map((s) => s.seconds ?? 0).sort((a, b) => a - b);
    const wasted = sum(times.slice(0, -1));
    const conflicts = saves.filter((s) => s.outcome === 'conflict').length;
    const tool = saves[0]?.tool ?? 'actions/cache';
    const step = stepOf(input, saves[0]?.job, tool);
    out.push({
      kind: 'duplicate-save',
      cache: key,
      problem: `${jobs.length} jobs save the same key ${mono(key)} (${names(jobs)}).`,
      cost: `Only one upload is kept; ${conflicts ? `${plural(conflicts, 'job')} lost the reservation ("another job may be creating this cache") after packing the archive, and ` : ''}the duplicates cost ${secs(wasted)} of packing and uploading.`,
      fix:
        tool === 'actions/cache'
          ? 'Restore in the matrix jobs with actions/cache/restore and save once, from one job (or a job the matrix needs); if each job caches different contents, put the matrix value in the key.'
          : `Let one job warm the cache (a job the matrix ${mono('needs:')}, with ${tool}'s cache on) and restore it in the others; if each job caches different contents, make the keys differ (${mono('cache-dependency-path')}).`,
      ...(step && input.workflow ? { location: { file: input.workflow.path, line: step.line } } : {}),
      seconds: wasted
    });
  }
  return out;
}

/** Near the repository limit, GitHub evicts the least recently used entries, often before their next use. */
function nearLimit(input: CacheAdviceInput): CacheDiagnosis | undefined {
  const u = input.usage;
  if (!u || u.bytes < NEAR_LIMIT * input.limitBytes) return undefined;
  const ageMs = u.oldestAccessAt ? input.now - Date.parse(u.oldestAccessAt) : NaN;
  const evicting = Number.isFinite(ageMs) && ageMs < UNUSED_EVICTION_DAYS * 86_400_000;
  const byPrefix = new Map<string, { bytes: number; count: number }>();
  for (const e of u.entries) {
    const p = keyPrefix(e.key);
    const row = byPrefix.get(p) ?? { bytes: 0, count: 0 };
    byPrefix.set(p, { bytes: row.bytes + e.bytes, count: row.count + 1 });
  }
  const biggest = [...byPrefix].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 3);
  const pulls = u.entries.filter((e) => e.ref.startsWith('refs/pull/')).length;
  const listed = u.entries.length < u.listed ? ` (the largest among the ${u.entries.length} most recently used)` : '';
  return {
    kind: 'near-limit',
    cache: 'repository',
    problem: `The repository's Actions caches hold ${gb(u.bytes)} of the ${gb(input.limitBytes)} limit in ${plural(u.count, 'entry', 'entries')}.`,
    cost: evicting
      ? `GitHub evicts the least recently used entries to stay under the limit: the oldest entry left was last used ${age(ageMs)} ago, so an entry unused for longer is already gone, and a branch's cache can be evicted before its next run restores it.`
      : 'Past the limit GitHub evicts the least recently used entries, and caches start missing for that reason alone.',
    fix: `Save fewer and smaller entries: no per-run keys, cache download folders rather than installed trees, and delete a pull request's caches when it closes (${mono('gh cache delete')}).${pulls ? ` ${plural(pulls, 'entry', 'entries')} ${pulls === 1 ? 'belongs' : 'belong'} to pull-request refs, which only that pull request can restore.` : ''} Largest key prefixes${listed}: ${biggest.map(([p, r]) => `${mono(p)} ${gb(r.bytes)} in ${r.count}`).join('; ')}.`,
    seconds: 0
  };
}

/** The log events of a step: same workflow job, and a key its expression can evaluate to. */
function eventsOfStep(input: CacheAdviceInput, step: WorkflowCacheStep): JobCacheEvent[] {
  if (!input.jobIds || step.key === undefined) return [];
  const pattern = keyPattern(step.key);
  return input.run.events.filter((e) => e.tool === 'actions/cache' && input.jobIds?.get(e.job) === step.job && e.key !== undefined && pattern.test(e.key));
}

/** `${{ runner.os }}-build-${{ github.run_id }}` → /^.+?-build-.+?$/: each expression matches any text. */
function keyPattern(expression: string): RegExp {
  const literals = expression.trim().split(/\$\{\{[\s\S]*?\}\}/g).map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literals.join('.+?')}$`, 's');
}

function stepOf(input: CacheAdviceInput, job: string | undefined, tool: string): WorkflowCacheStep | undefined {
  const id = job !== undefined ? input.jobIds?.get(job) : undefined;
  const prefix = tool === 'gradle' ? 'gradle/' : `actions/${tool === 'actions/cache' ? 'cache' : tool}`;
  return input.workflow?.caches?.find((s) => s.job === id && s.uses.toLowerCase().startsWith(prefix));
}

function names(jobs: readonly string[]): string {
  return jobs.length > 4 ? `${jobs.slice(0, 3).join(', ')} and ${jobs.length - 3} more` : jobs.join(', ');
}

function sum(xs: readonly number[]): number {
  return Math.round(xs.reduce((a, b) => a + b, 0) * 10) / 10;
}

export function secs(s: number): string {
  const r = Math.round(s);
  return r < 60 ? `${Math.round(s * 10) / 10} s` : `${Math.floor(r / 60)} min ${r % 60} s`;
}

export function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function gb(bytes: number): string {
  return `${(bytes / GB).toFixed(1)} GB`;
}

function age(ms: number): string {
  const h = ms / 3_600_000;
  return h < 48 ? `${Math.max(1, Math.round(h))} h` : `${Math.round(h / 24)} days`;
}
