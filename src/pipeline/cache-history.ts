import type { CacheDiagnosis, CacheUsage } from './cache-advice.js';
import { keyPrefix } from './cache-keys.js';
import { mb, secs } from './cache-advice.js';
import type { CacheRun } from './cache-report.js';
import { mono } from './rich-text.js';

/**
 * The cache report across runs: what this run's caches did, what they did in the runs the
 * history holds (default-branch runs, newest last), and what only a series of runs can show, a
 * cache saved every run and never restored.
 */

/** What the history document keeps per cache and run (src/model/history.ts `caches`). */
export interface CacheHistoryCounts {
  readonly tool: string;
  readonly hit: number;
  readonly partial: number;
  readonly miss: number;
  readonly saved: number;
  readonly bytes: number;
  readonly seconds: number;
}

export interface CacheReport {
  readonly run: CacheRun;
  readonly diagnoses: readonly CacheDiagnosis[];
  readonly usage?: CacheUsage & { readonly limitBytes: number };
  /** Per cache id: counts summed over the history's runs that saw it, and how many runs those were. */
  readonly history?: { readonly runs: number; readonly perCache: Readonly<Record<string, CacheHistoryCounts & { readonly runs: number }>> };
}

/** Caches recorded per run: enough for any real workflow, small enough for 500 runs in one document. */
const MAX_RECORDED = 50;
/** Runs in a row a cache must be saved and never restored before we say so (this one included). */
const NEVER_RESTORED_RUNS = 3;

/** This run's caches as the history document stores them. */
export function cacheHistoryEntry(run: CacheRun): Record<string, CacheHistoryCounts> {
  const out: Record<string, CacheHistoryCounts> = {};
  for (const c of run.caches.slice(0, MAX_RECORDED)) {
    out[c.id] = {
      tool: c.tool,
      hit: c.counts.hit,
      partial: c.counts.partial,
      miss: c.counts.miss + c.counts.failed,
      saved: c.counts.saved,
      bytes: c.restoredBytes + c.savedBytes,
      seconds: Math.round((c.restoreSeconds + c.saveSeconds) * 10) / 10
    };
  }
  return out;
}

/** The report with the history's view added: per-cache totals and the caches nobody restores. */
export function withCacheHistory(report: CacheReport, previous: readonly { readonly caches?: Readonly<Record<string, CacheHistoryCounts>> | undefined }[]): CacheReport {
  const runs = previous.filter((r) => r.caches);
  if (!runs.length) return report;
  const perCache: Record<string, CacheHistoryCounts & { runs: number }> = {};
  for (const r of runs) {
    for (const [id, c] of Object.entries(r.caches ?? {})) {
      const t = perCache[id] ?? { tool: c.tool, hit: 0, partial: 0, miss: 0, saved: 0, bytes: 0, seconds: 0, runs: 0 };
      perCache[id] = { tool: t.tool, hit: t.hit + c.hit, partial: t.partial + c.partial, miss: t.miss + c.miss, saved: t.saved + c.saved, bytes: t.bytes + c.bytes, seconds: t.seconds + c.seconds, runs: t.runs + 1 };
    }
  }
  return { ...report, history: { runs: runs.length, perCache }, diagnoses: [...report.diagnoses, ...neverRestored(report, runs)].sort((a, b) => b.seconds - a.seconds) };
}

/** Saved in this run and each of the runs before it that saw the cache, found by none of them. */
function neverRestored(report: CacheReport, runs: readonly { readonly caches?: Readonly<Record<string, CacheHistoryCounts>> | undefined }[]): CacheDiagnosis[] {
  const explained = new Set(report.diagnoses.filter((d) => d.kind === 'volatile-key').map((d) => keyPrefix(d.cache)));
  return report.run.caches.flatMap((c): CacheDiagnosis[] => {
    if (c.counts.saved === 0 || c.counts.hit + c.counts.partial > 0 || explained.has(c.id) || (c.prefix !== undefined && explained.has(c.prefix))) return [];
    const seen = runs.map((r) => r.caches?.[c.id]).filter((x): x is CacheHistoryCounts => x !== undefined).slice(-(NEVER_RESTORED_RUNS - 1));
    if (seen.length < NEVER_RESTORED_RUNS - 1 || seen.some((s) => s.saved === 0 || s.hit + s.partial > 0)) return [];
    const n = seen.length + 1;
    const seconds = c.saveSeconds + c.restoreSeconds;
    return [
      {
        kind: 'never-restored',
        cache: c.id,
        problem: `${mono(c.id)} was saved in each of the last ${n} runs and restored in none of them.`,
        cost: `Every run packs and uploads it (${mb(c.savedBytes)}, ${secs(seconds)} this run) for nothing, and the entries push useful ones out of the repository's cache.`,
        fix: `If no step needs it, remove the cache step (or its save). If a later run should find it, the key changes every run: key it on the files that decide its contents and add restore-keys.`,
        seconds
      }
    ];
  });
}
