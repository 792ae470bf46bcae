import { describe, expect, it } from '@jest/globals';
import { evaluateFlakyTestsGate, type FlakyTestsGateOptions } from '../../../src/gates/tests-gate.js';
import { testCase } from '../builders.js';

describe('flaky tests gate', () => {
  const flaky = (n: number) => Array.from({ length: n }, (_, i) => testCase({ name: `t${i}`, flaky: true }));
  it.each<[string, number, FlakyTestsGateOptions, string, string]>([
    ['no flaky tests passes', 0, {}, 'passed', 'No flaky tests.'],
    ['one flaky test warns by default', 1, {}, 'warning', '1 test was flaky (failed, then passed on a retry).'],
    ['within max-flaky passes', 2, { maxFlaky: 2 }, 'passed', '2 flaky (within the allowance of 2).'],
    ['over max-flaky with block fails', 3, { maxFlaky: 2, action: 'block' }, 'failed', '3 tests were flaky (failed, then passed on a retry); at most 2 allowed.']
  ])('%s', (_label, n, options, status, message) => {
    const r = evaluateFlakyTestsGate(flaky(n), options);
    expect([r.gate, r.category, r.status, r.actual, r.threshold, r.message]).toEqual(['tests.flaky', 'tests', status, n, options.maxFlaky ?? 0, message]);
  });

  it('lists at most ten flaky tests and counts the rest', () => {
    const r = evaluateFlakyTestsGate(flaky(12));
    expect([r.items?.length, r.moreItems, r.items?.[0]]).toEqual([10, 2, { text: 'unit › t0 passed on a retry' }]);
  });
});
