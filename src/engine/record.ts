import { findingKey } from '../gates/security-gate.js';
import { seriesOf } from '../gates/performance-gate.js';
import { cacheHistoryEntry } from '../pipeline/cache-history.js';
import { emptyHistory, recordRun, type HistoryRun, type TimingHistory } from '../model/history.js';
import { coveragePercent, coverageTotals } from '../model/coverage.js';
import { assignmentOf, type PlanDocument } from '../planner/document.js';
import type { HistoryStore } from '../model/history-store.js';
import { type GateOutcome } from '../model/outcome.js';

export interface RunIdentity {
  readonly runId: string;
  readonly attempt: number;
  readonly sha: string;
  readonly ref: string;
  readonly runUrl: string;
}

export type HistoryUpdate = { save: true; history: TimingHistory } | { save: false; reason: string };

/**
 * The history after this run, or why it must not be written: a run whose reports were unreadable
 * or empty has incomplete results, and recording it would poison timings and the last green SHA.
 */
export function historyAfterRun(
  outcome: GateOutcome,
  configId: string,
  run: RunIdentity,
  now: Date,
  maxRuns: number,
  plan?: PlanDocument
): HistoryUpdate {
  if (outcome.problems.length) return { save: false, reason: 'some reports could not be read, so the results are incomplete' };
  if (outcome.tests.counts.total === 0) {
    // A benchmark-only run is complete without tests; a run whose test reports went missing is not.
    if (!outcome.benchmarks.length) return { save: false, reason: 'no test results or benchmarks were read' };
    if (outcome.unmatchedPatterns.length) return { save: false, reason: `the test reports (${outcome.unmatchedPatterns.join(', ')}) matched no files, so the results are incomplete` };
  }
  const tests = rounded(outcome.tests.caseSeconds ?? new Map());
  const files = rounded(outcome.tests.fileSeconds);
  const history = recordRun(
    outcome.previous ?? emptyHistory(configId),
    {
      run: { runId: run.runId, attempt: run.attempt, sha: run.sha, ref: run.ref, at: now.toISOString(), conclusion: outcome.verdict.conclusion, tests, files, ...baseValues(outcome) },
      runUrl: run.runUrl
    },
    maxRuns
  );
  // The plan this run used is the one the next plan keeps tests on (fewer cold caches).
  const withPlan = plan ? { ...history, plan: { granularity: plan.granularity, shards: plan.shards.length, assignment: Object.fromEntries(assignmentOf(plan)) } } : history;
  return { save: true, history: withPlan };
}

/** Caps that keep one run's entry small: the document holds up to 500 runs in one cache entry. */
const MAX_BENCHMARKS = 500;
const MAX_SAMPLES = 50;
const MAX_FINDINGS = 5000;
const MAX_METRICS = 500;

/**
 * What later runs compare against: overall coverage, finding keys (for new-only), benchmark
 * samples (history mode) and metric values, and the benchmarks history mode is watching after this
 * run (worse once, not yet confirmed). Only what this run actually read is recorded.
 */
function baseValues(outcome: GateOutcome): Partial<HistoryRun> {
  const out: { -readonly [K in keyof HistoryRun]?: HistoryRun[K] } = {};
  if (outcome.coverage) {
    const t = coverageTotals(outcome.coverage.files);
    const lines = coveragePercent(t.lines);
    const branches = coveragePercent(t.branches);
    out.coverage = { ...(lines !== null ? { lines } : {}), ...(branches !== null ? { branches } : {}) };
  }
  if (outcome.findings.length || outcome.files.some((f) => f.format === 'sarif')) out.findings = [...new Set(outcome.findings.map(findingKey))].slice(0, MAX_FINDINGS);
  const series = [...seriesOf(outcome.benchmarks).values()].slice(0, MAX_BENCHMARKS);
  if (series.length) {
    out.benchmarks = Object.fromEntries(series.map((b) => [b.name, { unit: b.unit, direction: b.direction, samples: b.values.slice(0, MAX_SAMPLES) }]));
  }
  if (outcome.metrics.length) out.metrics = Object.fromEntries(outcome.metrics.slice(0, MAX_METRICS).map((m) => [m.path, m.value]));
  if (outcome.pipeline?.caches?.run.caches.length) out.caches = cacheHistoryEntry(outcome.pipeline.caches.run);
  const watching = (outcome.performance?.comparisons ?? []).filter((c) => c.verdict === 'watching').map((c) => c.name);
  if (watching.length) out.watching = watching.slice(0, MAX_BENCHMARKS);
  return out;
}

/** Millisecond precision is all a timing needs, and it keeps the document small. */
function rounded(seconds: ReadonlyMap<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of seconds) out[key] = Math.round(value * 1000) / 1000;
  return out;
}

export interface HistorySaveReport {
  /** saved; skipped (the run may not or should not be recorded); failed (the store refused). */
  readonly status: 'saved' | 'skipped' | 'failed';
  /** One sentence for the log, e.g. "History not saved: no test results were read." */
  readonly message: string;
  /** What the store did besides, e.g. an unreadable file it kept aside. */
  readonly warnings: readonly string[];
}

/**
 * Records this run in the store when its results are complete: the one rule the CLI's local
 * folder and the action's cache share. `refused` is why the event itself forbids a save.
 */
export async function saveHistoryAfterRun(
  store: Pick<HistoryStore, 'save'>,
  outcome: GateOutcome,
  at: { configId: string; run: RunIdentity; now: Date; maxRuns: number; plan?: PlanDocument; refused?: string }
): Promise<HistorySaveReport> {
  if (at.refused) return { status: 'skipped', message: `History not saved: ${at.refused}.`, warnings: [] };
  const update = historyAfterRun(outcome, at.configId, at.run, at.now, at.maxRuns, at.plan);
  if (!update.save) return { status: 'skipped', message: `History not saved: ${update.reason}.`, warnings: [] };
  const result = await store.save(update.history);
  return { status: result.saved ? 'saved' : 'failed', message: `History ${result.saved ? 'saved' : 'not saved'}: ${result.detail}.`, warnings: result.warnings ?? [] };
}
