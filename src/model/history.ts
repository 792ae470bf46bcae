import { z } from 'zod';

/**
 * The history document: one versioned JSON file per config id, bounded to the last N runs. It is
 * its own format (never parsed back out of markdown), validated on every read.
 */
export const HISTORY_SCHEMA = 'pipeline-gates/history';
export const HISTORY_VERSION = 1;

const historyRun = z.object({
  runId: z.string(),
  attempt: z.int().min(1),
  sha: z.string(),
  ref: z.string(),
  at: z.string(),
  conclusion: z.enum(['success', 'failure', 'neutral']),
  /** Seconds per test id (see `testId`); empty when the run had more tests than we time one by one. */
  tests: z.record(z.string(), z.number().nonnegative()),
  /** Seconds per test file: max(suite time, sum of its cases). */
  files: z.record(z.string(), z.number().nonnegative()).optional(),
  /** Overall coverage in percent: the base for `auto` targets, drops and deltas. */
  coverage: z.object({ lines: z.number().optional(), branches: z.number().optional() }).optional(),
  /** `findingKey` of every finding: what "new" means for `new-only` security gates. */
  findings: z.array(z.string()).optional(),
  /** Samples per benchmark (bounded): history-mode comparisons and trends. */
  benchmarks: z.record(z.string(), z.object({ unit: z.string(), direction: z.enum(['bigger-is-better', 'smaller-is-better']), samples: z.array(z.number()) })).optional(),
  /** Metric values, for trends in the report. */
  metrics: z.record(z.string(), z.number()).optional(),
  /** Per cache (setup action and package manager, or key prefix): what the run's jobs found and saved. */
  caches: z
    .record(
      z.string(),
      z.object({
        tool: z.string(),
        hit: z.int().nonnegative(),
        partial: z.int().nonnegative(),
        miss: z.int().nonnegative(),
        saved: z.int().nonnegative(),
        bytes: z.number().nonnegative(),
        seconds: z.number().nonnegative()
      })
    )
    .optional(),
  /**
   * Benchmarks history mode was watching after this run: worse in one default-branch run, not yet
   * confirmed by the next ones. Optional: documents written before it lack it and stay readable,
   * and older readers drop it.
   */
  watching: z.array(z.string()).optional()
});

const historyDocument = z.object({
  schema: z.literal(HISTORY_SCHEMA),
  version: z.literal(HISTORY_VERSION),
  configId: z.string(),
  /** Oldest first. */
  runs: z.array(historyRun),
  lastGreen: z.object({ sha: z.string(), runId: z.string(), runUrl: z.string(), at: z.string() }).optional(),
  /** The last plan a default-branch run used: tests keep their shard next time (fewer cold caches). */
  plan: z
    .object({ granularity: z.enum(['file', 'case']), shards: z.int().min(1), assignment: z.record(z.string(), z.int().min(1)) })
    .optional()
});

export type HistoryRun = z.infer<typeof historyRun>;
export type TimingHistory = z.infer<typeof historyDocument>;

export function emptyHistory(configId: string): TimingHistory {
  return { schema: HISTORY_SCHEMA, version: HISTORY_VERSION, configId, runs: [] };
}

/**
 * Why a document is not ours to use: written by a newer version (never to be overwritten or
 * shadowed: that would destroy what the newer version keeps), another config's, or not a history.
 */
export type UnusableKind = 'newer' | 'foreign' | 'invalid';

export type HistoryRead = { ok: true; history: TimingHistory } | { ok: false; reason: string; kind: UnusableKind };

/** Accepts only our own document for this config; anything else is a reason, never an exception. */
export function readHistory(json: unknown, configId: string): HistoryRead {
  const head = (json ?? {}) as { schema?: unknown; version?: unknown };
  if (head.schema === HISTORY_SCHEMA && typeof head.version === 'number' && head.version > HISTORY_VERSION) {
    return { ok: false, kind: 'newer', reason: `it is a version ${head.version} history document, newer than this Pipeline Gates reads (${HISTORY_VERSION})` };
  }
  const parsed = historyDocument.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, kind: 'invalid', reason: `not a Pipeline Gates history document (v${HISTORY_VERSION})${where}: ${issue?.message ?? 'invalid'}` };
  }
  if (parsed.data.configId !== configId) {
    return { ok: false, kind: 'foreign', reason: `it belongs to config "${parsed.data.configId}", not "${configId}"` };
  }
  return { ok: true, history: parsed.data };
}

export interface RunRecord {
  readonly run: HistoryRun;
  readonly runUrl: string;
}

/** Appends a run (replacing an earlier attempt of the same run) and keeps the newest `maxRuns`. */
export function recordRun(history: TimingHistory, record: RunRecord, maxRuns: number): TimingHistory {
  const { run } = record;
  const runs = [...history.runs.filter((r) => r.runId !== run.runId), run].slice(-maxRuns);
  const lastGreen =
    run.conclusion === 'success' ? { sha: run.sha, runId: run.runId, runUrl: record.runUrl, at: run.at } : history.lastGreen;
  return { ...history, runs, ...(lastGreen ? { lastGreen } : {}) };
}
