import { describe, expect, it } from '@jest/globals';
import { emptyHistory } from '../../../src/model/history.js';
import { buildJsonReport } from '../../../src/report/json-report.js';
import { failedCase, outcome, testCase } from '../builders.js';

describe('buildJsonReport', () => {
  it('carries verdict, counts, failures (without bodies), problems, inputs and history', () => {
    const fail = failedCase('adds', { file: 'src/a.ts', line: 3, classname: 'Math', durationSeconds: 0.5 });
    const o = outcome([testCase(), testCase({ status: 'skipped', name: 's' }), fail], {
      problems: [{ file: 'reports/b.xml', line: 2, column: 1, message: 'unexpected close tag.' }],
      files: [{ file: 'reports/a.xml', format: 'junit' }, { file: 'reports/b.xml', format: 'trx' }],
      unmatchedPatterns: ['reports/none/*.xml'],
      previous: { ...emptyHistory('default'), runs: [{ runId: '1', attempt: 1, sha: 's', ref: 'r', at: 'a', conclusion: 'success', tests: {} }] },
      historySource: 'cache key k',
      warnings: ['w']
    });
    const report = buildJsonReport(o, 'default', { sha: 'abc', event: 'push', runUrl: 'https://x/runs/1' });
    expect(JSON.parse(JSON.stringify(report))).toEqual({
      schema: 'pipeline-gates/report',
      version: 1,
      configId: 'default',
      conclusion: 'failure',
      passed: false,
      gates: JSON.parse(JSON.stringify(o.verdict.gates)),
      tests: { total: 3, passed: 1, failed: 1, errors: 0, skipped: 1, flaky: 0 },
      failures: [{ suite: 'unit', name: 'adds', classname: 'Math', status: 'failed', file: 'src/a.ts', line: 3, message: 'adds failed', durationSeconds: 0.5, reportFile: 'reports/unit.xml' }],
      failuresOmitted: 0,
      flaky: [],
      coverage: null,
      findings: 0,
      metrics: {},
      benchmarks: { comparisons: [], read: 0, levelShifts: null },
      problems: [{ file: 'reports/b.xml', line: 2, column: 1, message: 'unexpected close tag.' }],
      inputs: { files: [{ file: 'reports/a.xml', format: 'junit' }, { file: 'reports/b.xml', format: 'trx' }], unmatchedPatterns: ['reports/none/*.xml'] },
      history: { source: 'cache key k', runs: 1 },
      warnings: ['w'],
      run: { sha: 'abc', event: 'push', runUrl: 'https://x/runs/1' }
    });
  });
  it('a run without history reports source null and zero runs, and an empty run object', () => {
    const report = buildJsonReport(outcome([testCase()]), 'web');
    expect([report.configId, report.conclusion, report.passed, report.history, report.failures, report.run]).toEqual(['web', 'success', true, { source: null, runs: 0 }, [], {}]);
  });
});
