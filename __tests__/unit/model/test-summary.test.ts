import { describe, expect, it } from '@jest/globals';
import { TestCollector } from '../../../src/model/test-summary.js';
import { testCase } from '../builders.js';

describe('TestCollector: times that are not times, and runs a suite only declares', () => {
  it('a case whose time was unreadable counts, but stays out of per-test and per-file times', () => {
    const c = new TestCollector();
    c.testCase(testCase({ name: 'a', file: 'x.ts', durationSeconds: 2 }));
    c.testCase(testCase({ name: 'b', file: 'x.ts', durationSeconds: 0, timeUnknown: true }));
    const s = c.summary();
    expect([s.counts.total, [...(s.caseSeconds ?? new Map())], [...s.fileSeconds]]).toEqual([2, [['x.ts::a', 2]], [['x.ts', 2]]]);
  });
  it('declared runs add to the counts and to nothing else', () => {
    const c = new TestCollector();
    c.testCase(testCase({ name: 'a', file: 'x.ts', durationSeconds: 1 }));
    c.declared({ suite: 's', reportFile: 'r.xml', counts: { total: 6, passed: 3, failed: 1, errors: 0, skipped: 2 } });
    const s = c.summary();
    expect([s.counts, s.failures.length, s.caseSeconds?.size]).toEqual([{ total: 7, passed: 4, failed: 1, errors: 0, skipped: 2, flaky: 0 }, 0, 1]);
  });
});
