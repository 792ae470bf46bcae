import type { CacheEvent, RestoreEvent } from './cache-events.js';
import { plural } from '../model/format.js';
import { keyPrefix } from './cache-keys.js';
import { isPinnedPlanKey, type CacheTool } from './cache-messages.js';

/**
 * The caches of one run, summed per cache across its jobs: lookups and what they found, saves
 * and what became of them, bytes moved and seconds spent. A cache is named by what stays the same
 * from run to run: the setup action and package manager (`setup-node npm`), or for actions/cache
 * the stable part of the key (`Linux-cargo-`).
 */

/** One job's log as read: its cache events, or why it was not read. */
export interface JobLogRead {
  readonly job: string;
  readonly events?: readonly CacheEvent[];
  /** Set when the log could not be read (still running, no permission, expired). */
  readonly skipped?: string;
  /** The log was longer than the byte bound and was cut. */
  readonly cut?: boolean;
  readonly dropped?: number;
}

export interface CacheCounts {
  readonly hit: number;
  readonly partial: number;
  readonly miss: number;
  readonly failed: number;
  readonly saved: number;
  readonly unchanged: number;
  readonly conflict: number;
  readonly saveFailed: number;
}

export interface CacheSummary {
  readonly id: string;
  readonly tool: CacheTool;
  /** The stable key part, when a key was seen. */
  readonly prefix?: string;
  readonly jobs: readonly string[];
  readonly counts: CacheCounts;
  readonly restoredBytes: number;
  readonly savedBytes: number;
  readonly restoreSeconds: number;
  readonly saveSeconds: number;
}

/** A cache event with the job it happened in. */
export type JobCacheEvent = CacheEvent & { readonly job: string };

export interface CacheRun {
  readonly caches: readonly CacheSummary[];
  /** Restores that looked something up (skipped ones do not count). */
  readonly lookups: number;
  /** Lookups that restored something: exact hits plus restore-key hits. */
  readonly found: number;
  readonly exact: number;
  /** found ÷ lookups; null when nothing was looked up. */
  readonly hitRate: number | null;
  readonly events: readonly JobCacheEvent[];
  readonly jobsRead: number;
  readonly notes: readonly string[];
}

const ZERO: CacheCounts = { hit: 0, partial: 0, miss: 0, failed: 0, saved: 0, unchanged: 0, conflict: 0, saveFailed: 0 };
/** Rows kept: a run with more distinct caches than this is already its own finding. */
const MAX_CACHES = 50;

/** The name a cache goes by from run to run. */
export function cacheId(e: CacheEvent): string {
  if (e.tool === 'gradle') return 'gradle home';
  if (e.tool === 'pipeline-gates') return 'pipeline-gates history';
  if (e.tool.startsWith('setup-')) return [e.tool, e.manager].filter(Boolean).join(' ');
  const key = e.key ?? (e.op === 'restore' ? e.matchedKey : undefined);
  if (key === undefined) return e.tool;
  return keyPrefix(key, e.op === 'restore' ? (e.restoreKeys ?? []) : []);
}

export function summariseCaches(reads: readonly JobLogRead[]): CacheRun {
  const notes: string[] = [];
  const events: JobCacheEvent[] = [];
  const plans = { restore: 0, save: 0 };
  for (const r of reads) {
    for (const e of r.events ?? []) {
      // The pinned plan only carries the plan to the shard jobs; counting it would flatter the rate.
      if (e.key !== undefined && isPinnedPlanKey(e.key)) plans[e.op]++;
      else events.push({ ...e, job: r.job });
    }
  }
  if (plans.restore + plans.save) {
    const what = [plans.save && plural(plans.save, 'save'), plans.restore && plural(plans.restore, 'restore')].filter(Boolean).join(' and ');
    notes.push(`The pinned test plan (${what}) is not counted: it carries the plan to the shard jobs, it is not a cache.`);
  }
  notes.push(...readNotes(reads));
  // A save names its cache by its own key; a restore in the same job may know restore-keys that
  // name it better (`Linux-cargo-` rather than the key cut at its hash), so saves borrow that.
  const named = new Map<string, string>();
  for (const e of events) if (e.op === 'restore' && e.key !== undefined) named.set(`${e.job}\n${e.key}`, cacheId(e));
  const byId = new Map<string, { tool: CacheTool; prefix?: string; jobs: Set<string>; counts: Record<keyof CacheCounts, number>; bytes: [number, number]; seconds: [number, number] }>();
  for (const e of events) {
    const id = (e.key !== undefined ? named.get(`${e.job}\n${e.key}`) : undefined) ?? cacheId(e);
    const row = byId.get(id) ?? { tool: e.tool, jobs: new Set<string>(), counts: { ...ZERO }, bytes: [0, 0] as [number, number], seconds: [0, 0] as [number, number] };
    byId.set(id, row);
    const key = e.key ?? (e.op === 'restore' ? e.matchedKey : undefined);
    if (row.prefix === undefined && key !== undefined) row.prefix = keyPrefix(key, e.op === 'restore' ? (e.restoreKeys ?? []) : []);
    row.jobs.add(e.job);
    count(row.counts, e);
    const i = e.op === 'restore' ? 0 : 1;
    // Bytes moved: a restore downloads on a hit; a save uploads only when it saved.
    if (e.bytes !== undefined && (e.op === 'restore' ? e.outcome === 'hit' || e.outcome === 'partial' : e.outcome === 'saved')) row.bytes[i] += e.bytes;
    row.seconds[i] += e.seconds ?? 0;
  }
  const caches = [...byId]
    .map(([id, r]) => ({
      id,
      tool: r.tool,
      ...(r.prefix !== undefined ? { prefix: r.prefix } : {}),
      jobs: [...r.jobs],
      counts: r.counts,
      restoredBytes: r.bytes[0],
      savedBytes: r.bytes[1],
      restoreSeconds: round(r.seconds[0]),
      saveSeconds: round(r.seconds[1])
    }))
    .sort((a, b) => b.restoreSeconds + b.saveSeconds - (a.restoreSeconds + a.saveSeconds) || a.id.localeCompare(b.id));
  if (caches.length > MAX_CACHES) notes.push(`${caches.length - MAX_CACHES} more caches (the least time spent) are not listed.`);
  const lookups = events.filter((e): e is JobCacheEvent & RestoreEvent => e.op === 'restore' && e.outcome !== 'skipped');
  const exact = lookups.filter((e) => e.outcome === 'hit').length;
  const found = exact + lookups.filter((e) => e.outcome === 'partial').length;
  return {
    caches: caches.slice(0, MAX_CACHES),
    lookups: lookups.length,
    found,
    exact,
    hitRate: lookups.length ? found / lookups.length : null,
    events,
    jobsRead: reads.filter((r) => r.events).length,
    notes
  };
}

function count(c: Record<keyof CacheCounts, number>, e: CacheEvent): void {
  if (e.op === 'restore') {
    if (e.outcome !== 'skipped') c[e.outcome]++;
  } else if (e.outcome === 'failed') c.saveFailed++;
  else if (e.outcome !== 'skipped') c[e.outcome]++;
}

/** What the figures leave out: jobs whose log was not read, logs cut at the byte bound. */
function readNotes(reads: readonly JobLogRead[]): string[] {
  const notes: string[] = [];
  const skipped = reads.filter((r) => r.skipped);
  if (skipped.length) {
    const why = new Map<string, string[]>();
    for (const r of skipped) why.set(r.skipped as string, [...(why.get(r.skipped as string) ?? []), r.job]);
    for (const [reason, jobs] of why) notes.push(`Logs not read for ${list(jobs)}: ${reason}.`);
  }
  const cut = reads.filter((r) => r.cut).map((r) => r.job);
  if (cut.length) notes.push(`The logs of ${list(cut)} were longer than the byte bound and were read only in part; caches after the cut are not counted.`);
  const dropped = reads.reduce((n, r) => n + (r.dropped ?? 0), 0);
  if (dropped) notes.push(`${dropped} cache events beyond the per-job bound are not counted.`);
  return notes;
}

function list(names: readonly string[]): string {
  const shown = names.slice(0, 5).map((n) => `"${n}"`).join(', ');
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
