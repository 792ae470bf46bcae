import { describe, expect, it } from '@jest/globals';
import { historyAfterRun, type RunIdentity } from '../../../src/engine/record.js';
import { emptyHistory, type TimingHistory } from '../../../src/model/history.js';
import type { BenchmarkResult } from '../../../src/model/benchmarks.js';
import { failedCase, outcome, testCase } from '../builders.js';

const bench = (name: string, value: number): BenchmarkResult => ({ name, value, unit: 'ns', direction: 'smaller-is-better', samples: [value] });

const RUN: RunIdentity = { runId: '1001', attempt: 1, sha: 'c0ffee', ref: 'refs/heads/main', runUrl: 'https://github.com/o/r/actions/runs/1001' };
const NOW = new Date('2024-05-01T10:00:00Z');

describe('historyAfterRun refuses to record incomplete results', () => {
  it('a run with an unreadable report is not saved', () => {
    const o = outcome([testCase()], { problems: [{ file: 'reports/broken.xml', line: 3, message: 'unexpected close tag.' }] });
    expect(historyAfterRun(o, 'default', RUN, NOW, 30)).toEqual({ save: false, reason: 'some reports could not be read, so the results are incomplete' });
  });
  it('a run with zero tests and no benchmarks is not saved', () => {
    expect(historyAfterRun(outcome([]), 'default', RUN, NOW, 30)).toEqual({ save: false, reason: 'no test results or benchmarks were read' });
  });
  it('a run whose test reports matched nothing is not saved, even with benchmarks', () => {
    const o = outcome([], { benchmarks: [bench('parse', 12)], unmatchedPatterns: ['reports/*.xml'] });
    expect(historyAfterRun(o, 'default', RUN, NOW, 30)).toEqual({ save: false, reason: 'the test reports (reports/*.xml) matched no files, so the results are incomplete' });
  });
});

describe('historyAfterRun records a benchmark-only run', () => {
  it('no tests at all: the benchmarks are recorded (with empty timings), and the benchmarks history mode watches', () => {
    const watching = { name: 'parse', verdict: 'watching' as const, mode: 'history' as const, unit: 'ns', direction: 'smaller-is-better' as const, ratio: 1.4, ci: null, pValue: 1e-4, qValue: 1e-3, samples: { base: 20, head: 1 }, strong: false, reason: 'watching: …' };
    const o = outcome([], { benchmarks: [bench('parse', 12)], performance: { gate: { gate: 'performance', category: 'performance', action: 'warn', metric: 'regressed benchmarks', comparator: '<=', threshold: 0, actual: 0, status: 'passed', message: '', suggestions: [] }, comparisons: [watching] } });
    const r = historyAfterRun(o, 'default', RUN, NOW, 30);
    expect(r.save ? r.history.runs[0] : r.reason).toMatchObject({
      tests: {}, files: {}, benchmarks: { parse: { unit: 'ns', direction: 'smaller-is-better', samples: [12] } }, watching: ['parse']
    });
  });
});

describe('historyAfterRun records the run', () => {
  it('starts a new history with per-test durations and the run as last green', () => {
    const o = outcome([
      testCase({ file: 'src/a.test.ts', name: 'adds', durationSeconds: 0.25 }),
      testCase({ classname: 'com.acme.B', name: 'subtracts', durationSeconds: 1.5 }),
      testCase({ suite: 'misc', name: 'skipped', status: 'skipped', durationSeconds: 0 })
    ]);
    expect(historyAfterRun(o, 'default', RUN, NOW, 30)).toEqual({
      save: true,
      history: {
        ...emptyHistory('default'),
        runs: [{
          runId: '1001', attempt: 1, sha: 'c0ffee', ref: 'refs/heads/main', at: '2024-05-01T10:00:00.000Z', conclusion: 'success',
          tests: { 'src/a.test.ts::adds': 0.25, 'com.acme.B::subtracts': 1.5, 'misc::skipped': 0 },
          files: { 'src/a.test.ts': 0.25 }
        }],
        lastGreen: { sha: 'c0ffee', runId: '1001', runUrl: RUN.runUrl, at: '2024-05-01T10:00:00.000Z' }
      }
    });
  });

  it('sums the durations of a test id that appears several times (retries, parametrised cases), to the millisecond', () => {
    const o = outcome([
      testCase({ file: 'a.ts', name: 'flaky', durationSeconds: 0.1 }),
      testCase({ file: 'a.ts', name: 'flaky', durationSeconds: 0.2 }),
      testCase({ file: 'a.ts', name: 'flaky', durationSeconds: 1.0004 })
    ]);
    const r = historyAfterRun(o, 'default', RUN, NOW, 30);
    expect(r.save ? r.history.runs[0]?.tests : r.reason).toEqual({ 'a.ts::flaky': 1.3 });
  });

  it('a failing run is recorded with conclusion failure and keeps the earlier last green run', () => {
    const previous: TimingHistory = {
      ...emptyHistory('default'),
      runs: [{ runId: '1000', attempt: 1, sha: 'beef', ref: 'refs/heads/main', at: '2024-04-30T10:00:00.000Z', conclusion: 'success', tests: {} }],
      lastGreen: { sha: 'beef', runId: '1000', runUrl: 'https://github.com/o/r/actions/runs/1000', at: '2024-04-30T10:00:00.000Z' }
    };
    const r = historyAfterRun(outcome([failedCase('breaks')], { previous }), 'default', RUN, NOW, 30);
    expect(r.save ? [r.history.runs.map((x) => [x.runId, x.conclusion]), r.history.lastGreen?.sha] : r.reason).toEqual([
      [['1000', 'success'], ['1001', 'failure']],
      'beef'
    ]);
  });

  it('keeps at most max-runs runs, dropping the oldest', () => {
    const previous: TimingHistory = {
      ...emptyHistory('default'),
      runs: ['1', '2', '3'].map((runId) => ({ runId, attempt: 1, sha: runId, ref: 'refs/heads/main', at: NOW.toISOString(), conclusion: 'success' as const, tests: {} }))
    };
    const r = historyAfterRun(outcome([testCase()], { previous }), 'default', RUN, NOW, 2);
    expect(r.save ? r.history.runs.map((x) => x.runId) : r.reason).toEqual(['3', '1001']);
  });
});
