import type { HistoryRun, TimingHistory } from '../model/history.js';

/**
 * The document to write when the file changed since this run read it: every run either side has
 * (a run recorded twice keeps its later attempt, else ours), oldest first, the newest `maxRuns`;
 * the later last-green commit; our plan, else theirs. Concurrent local runs all land this way.
 */
export function mergeHistories(onDisk: TimingHistory, ours: TimingHistory, maxRuns: number): TimingHistory {
  const byRun = new Map<string, HistoryRun>();
  for (const run of [...onDisk.runs, ...ours.runs]) {
    const seen = byRun.get(run.runId);
    if (!seen || run.attempt >= seen.attempt) byRun.set(run.runId, run);
  }
  // ISO timestamps sort as strings; the sort is stable, so equal times keep disk-then-ours order.
  const runs = [...byRun.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).slice(-Math.max(1, maxRuns));
  const greens = [onDisk.lastGreen, ours.lastGreen].filter((g): g is NonNullable<typeof g> => g !== undefined);
  const lastGreen = greens.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).at(-1);
  const plan = ours.plan ?? onDisk.plan;
  return { ...ours, runs, ...(lastGreen ? { lastGreen } : {}), ...(plan ? { plan } : {}) };
}
