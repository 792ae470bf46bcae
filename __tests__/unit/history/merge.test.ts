import { describe, expect, it } from '@jest/globals';
import { emptyHistory, type HistoryRun } from '../../../src/model/history.js';
import { mergeHistories } from '../../../src/history/merge.js';

const run = (runId: string, at: string, attempt = 1): HistoryRun => ({ runId, attempt, sha: `sha-${runId}`, ref: 'refs/heads/main', at, conclusion: 'success', tests: {} });
const green = (runId: string, at: string) => ({ sha: `sha-${runId}`, runId, runUrl: '', at });

describe('mergeHistories: what a save writes when the file changed since the run read it', () => {
  it('keeps the runs both sides added, oldest first, and the later last green commit', () => {
    const base = [run('1', '2026-01-01T00:00:00Z')];
    const disk = { ...emptyHistory('default'), runs: [...base, run('2', '2026-01-02T00:00:00Z')], lastGreen: green('2', '2026-01-02T00:00:00Z') };
    const ours = { ...emptyHistory('default'), runs: [...base, run('3', '2026-01-01T12:00:00Z')], lastGreen: green('3', '2026-01-01T12:00:00Z') };
    const merged = mergeHistories(disk, ours, 30);
    expect([merged.runs.map((r) => r.runId), merged.lastGreen?.runId]).toEqual([['1', '3', '2'], '2']);
  });
  it('a run on both sides keeps its later attempt; the newest maxRuns are kept', () => {
    const disk = { ...emptyHistory('default'), runs: [run('1', '2026-01-01T00:00:00Z'), run('2', '2026-01-02T00:00:00Z', 2)] };
    const ours = { ...emptyHistory('default'), runs: [run('2', '2026-01-02T00:00:00Z', 1), run('3', '2026-01-03T00:00:00Z')] };
    const merged = mergeHistories(disk, ours, 2);
    expect(merged.runs.map((r) => [r.runId, r.attempt])).toEqual([['2', 2], ['3', 1]]);
  });
  it('our plan wins; without one, the one on disk stays', () => {
    const plan = { granularity: 'file' as const, shards: 2, assignment: { 'a.ts': 1 } };
    const disk = { ...emptyHistory('default'), plan };
    expect(mergeHistories(disk, emptyHistory('default'), 30).plan).toEqual(plan);
    expect(mergeHistories(disk, { ...emptyHistory('default'), plan: { ...plan, shards: 3 } }, 30).plan?.shards).toEqual(3);
  });
});
