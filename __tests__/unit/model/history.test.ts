import { describe, expect, it } from '@jest/globals';
import { emptyHistory, readHistory, recordRun, type HistoryRun, type TimingHistory } from '../../../src/model/history.js';

const PREFIX = 'not a Pipeline Gates history document (v1)';

function historyRun(runId: string, overrides: Partial<HistoryRun> = {}): HistoryRun {
  return { runId, attempt: 1, sha: `sha-${runId}`, ref: 'refs/heads/main', at: `2024-05-0${runId.slice(-1)}T10:00:00.000Z`, conclusion: 'success', tests: { 'a.ts::adds': 0.5 }, ...overrides };
}
const GOOD: TimingHistory = { ...emptyHistory('default'), runs: [historyRun('1')] };
const url = (runId: string) => `https://github.com/o/r/actions/runs/${runId}`;

describe('readHistory', () => {
  it('accepts our own document for this config', () => {
    expect(readHistory(JSON.parse(JSON.stringify(GOOD)), 'default')).toEqual({ ok: true, history: GOOD });
  });
  it('reads the watching list a newer run wrote, and documents written before it existed', () => {
    const withWatch = { ...GOOD, runs: [historyRun('1', { watching: ['parse'] })] };
    expect(readHistory(JSON.parse(JSON.stringify(withWatch)), 'default')).toEqual({ ok: true, history: withWatch });
    expect(readHistory({ ...GOOD, runs: [{ ...historyRun('1'), watching: undefined }] }, 'default').ok).toBe(true);
  });
  it.each([
    ['another tool\'s schema string', { ...GOOD, schema: 'other-tool/history' }, 'invalid', `${PREFIX} at schema: Invalid input: expected "pipeline-gates/history"`],
    ['a future version', { ...GOOD, version: 2 }, 'newer', 'it is a version 2 history document, newer than this Pipeline Gates reads (1)'],
    ['version 0', { ...GOOD, version: 0 }, 'invalid', `${PREFIX} at version: Invalid input: expected 1`],
    ['a document of another config', { ...GOOD, configId: 'e2e' }, 'foreign', 'it belongs to config "e2e", not "default"'],
    ['a run without its sha', { ...GOOD, runs: [{ ...historyRun('1'), sha: undefined }] }, 'invalid', `${PREFIX} at runs.0.sha: Invalid input: expected string, received undefined`],
    ['a negative duration', { ...GOOD, runs: [{ ...historyRun('1'), tests: { t: -1 } }] }, 'invalid', `${PREFIX} at runs.0.tests.t: Too small: expected number to be >=0`],
    ['attempt 0', { ...GOOD, runs: [historyRun('1', { attempt: 0 })] }, 'invalid', `${PREFIX} at runs.0.attempt: Too small: expected number to be >=1`],
    ['no runs list', { ...GOOD, runs: undefined }, 'invalid', `${PREFIX} at runs: Invalid input: expected array, received undefined`],
    ['JSON null', null, 'invalid', `${PREFIX}: Invalid input: expected object, received null`],
    ['a JSON array', [], 'invalid', `${PREFIX}: Invalid input: expected object, received array`]
  ])('rejects %s, saying where', (_label, json, kind, reason) => {
    expect(readHistory(json, 'default')).toEqual({ ok: false, kind, reason });
  });
});

describe('recordRun', () => {
  const record = (run: HistoryRun) => ({ run, runUrl: url(run.runId) });

  it('appends a run to an empty history and marks it the last green one', () => {
    const h = recordRun(emptyHistory('default'), record(historyRun('1')), 30);
    expect(h).toEqual({ ...emptyHistory('default'), runs: [historyRun('1')], lastGreen: { sha: 'sha-1', runId: '1', runUrl: url('1'), at: historyRun('1').at } });
  });

  it.each([
    [3, ['3', '4', '5']],
    [1, ['5']],
    [10, ['1', '2', '3', '4', '5']]
  ])('with max-runs %p keeps only the newest runs %p', (maxRuns, kept) => {
    let h = emptyHistory('default');
    for (const id of ['1', '2', '3', '4', '5']) h = recordRun(h, record(historyRun(id)), maxRuns);
    expect(h.runs.map((r) => r.runId)).toEqual(kept);
  });

  it('a re-run attempt replaces the earlier attempt of the same run and moves it to the newest place', () => {
    let h = emptyHistory('default');
    for (const id of ['1', '2']) h = recordRun(h, record(historyRun(id)), 30);
    h = recordRun(h, record(historyRun('1', { attempt: 2, tests: { 'a.ts::adds': 0.7 } })), 30);
    expect(h.runs.map((r) => [r.runId, r.attempt, r.tests])).toEqual([['2', 1, { 'a.ts::adds': 0.5 }], ['1', 2, { 'a.ts::adds': 0.7 }]]);
  });

  it('a failed run is recorded but keeps the previous last green run', () => {
    const green = recordRun(emptyHistory('default'), record(historyRun('1')), 30);
    const red = recordRun(green, record(historyRun('2', { conclusion: 'failure' })), 30);
    expect([red.runs.map((r) => r.runId), red.lastGreen?.runId]).toEqual([['1', '2'], '1']);
  });

  it('a failed first run leaves no last green run at all', () => {
    const h = recordRun(emptyHistory('default'), record(historyRun('1', { conclusion: 'failure' })), 30);
    expect(['lastGreen' in h, h.runs.length]).toEqual([false, 1]);
  });

  it('a later green run moves the last green run forward', () => {
    let h = recordRun(emptyHistory('default'), record(historyRun('1')), 30);
    h = recordRun(h, record(historyRun('2', { conclusion: 'failure' })), 30);
    h = recordRun(h, record(historyRun('3')), 30);
    expect(h.lastGreen).toEqual({ sha: 'sha-3', runId: '3', runUrl: url('3'), at: historyRun('3').at });
  });

  it('does not modify the history it was given', () => {
    const before = JSON.parse(JSON.stringify(GOOD));
    recordRun(GOOD, record(historyRun('2')), 1);
    expect(GOOD).toEqual(before);
  });
});
