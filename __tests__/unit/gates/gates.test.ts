import { describe, expect, it } from '@jest/globals';
import { evaluateReportsGate } from '../../../src/gates/reports-gate.js';
import { evaluateTestsGate, type TestsGateInput, type TestsGateOptions } from '../../../src/gates/tests-gate.js';
import type { TestCounts } from '../../../src/model/tests.js';
import { concludeVerdict } from '../../../src/model/verdict.js';
import { gateResult } from '../builders.js';

function counts(c: Partial<Omit<TestCounts, 'total'>>): TestCounts {
  const { passed = 0, failed = 0, errors = 0, skipped = 0 } = c;
  return { total: passed + failed + errors + skipped, passed, failed, errors, skipped };
}
const BLOCK: TestsGateOptions = { action: 'block', minTests: 1, maxFailures: 0 };
const PATTERNS = { patterns: ['reports/*.xml'], unmatchedPatterns: [] };
const run = (c: TestCounts, options: Partial<TestsGateOptions> = {}, input: Partial<TestsGateInput> = {}) =>
  evaluateTestsGate({ counts: c, ...PATTERNS, ...input }, { ...BLOCK, ...options });
const verdictOf = (r: ReturnType<typeof run>) => [r.status, r.metric, r.comparator, r.threshold, r.actual, r.message];

describe('tests gate: failure allowance', () => {
  it.each([
    ['no failures, none allowed', { passed: 5 }, 0, ['passed', 'failed tests', '<=', 0, 0, '5 passed.']],
    ['one failure, none allowed', { passed: 4, failed: 1 }, 0, ['failed', 'failed tests', '<=', 0, 1, '1 failed of 5 tests.']],
    ['failures equal to max-failures', { passed: 8, failed: 2 }, 2, ['passed', 'failed tests', '<=', 2, 2, '8 passed, 2 failed (within the allowance).']],
    ['one more than max-failures', { passed: 7, failed: 3 }, 2, ['failed', 'failed tests', '<=', 2, 3, '3 failed of 10 tests (at most 2 allowed).']],
    ['errors count against the allowance', { passed: 7, failed: 1, errors: 2 }, 2, ['failed', 'failed tests', '<=', 2, 3, '1 failed, 2 errored of 10 tests (at most 2 allowed).']],
    ['skipped tests are listed but never failures', { passed: 3, skipped: 2 }, 0, ['passed', 'failed tests', '<=', 0, 0, '3 passed, 2 skipped.']]
  ])('%s', (_label, c, maxFailures, expected) => {
    expect(verdictOf(run(counts(c), { maxFailures }))).toEqual(expected);
  });

  it('a failing gate suggests fixing the tests or raising the allowance; a passing one suggests nothing', () => {
    expect([run(counts({ failed: 1 })).suggestions, run(counts({ passed: 1 })).suggestions]).toEqual([
      ['Fix the failing tests listed below, or raise gates.tests.max-failures if they are known.'],
      []
    ]);
  });
});

describe('tests gate: minimum number of tests run', () => {
  it.each([
    ['ran == min-tests passes', { passed: 5 }, 5, ['passed', 'failed tests', '<=', 0, 0, '5 passed.']],
    ['ran == min-tests - 1 fails', { passed: 4 }, 5, ['failed', 'tests run', '>=', 5, 4, '4 tests ran; at least 5 required.']],
    ['skipped tests do not count as run', { passed: 1, skipped: 9 }, 2, ['failed', 'tests run', '>=', 2, 1, '1 test ran; at least 2 required.']],
    ['failed tests do count as run', { failed: 2 }, 2, ['failed', 'failed tests', '<=', 0, 2, '2 failed of 2 tests.']],
    ['min-tests 0 accepts an empty run', {}, 0, ['passed', 'failed tests', '<=', 0, 0, '0 passed.']]
  ])('%s', (_label, c, minTests, expected) => {
    expect(verdictOf(run(counts(c), { minTests }))).toEqual(expected);
  });

  it('no tests with every pattern unmatched names each pattern', () => {
    const r = run(counts({}), {}, { patterns: ['reports/unit/*.xml', 'reports/e2e/*.xml'], unmatchedPatterns: ['reports/unit/*.xml', 'reports/e2e/*.xml'] });
    expect([r.status, r.actual, r.message, r.suggestions]).toEqual([
      'failed',
      0,
      'No test results: "reports/unit/*.xml", "reports/e2e/*.xml" matched no files.',
      [
        'Check that the test step wrote its report before this step, and that the path is relative to the workspace.',
        'If no tests is expected here, set gates.tests.min-tests: 0 (or the `min-tests` input).'
      ]
    ]);
  });

  it('an exclusion pattern ("!…") does not stop "every pattern unmatched" from naming the patterns', () => {
    // resolvePatterns never reports "!" patterns as unmatched, but tooFewMessage compares against
    // all patterns, so the lone include pattern is reported as "0 tests ran; at least 1 required (…)".
    const r = run(counts({}), {}, { patterns: ['reports/*.xml', '!reports/flaky.xml'], unmatchedPatterns: ['reports/*.xml'] });
    expect(r.message).toEqual('No test results: "reports/*.xml" matched no files.');
  });

  it('too few tests with some patterns unmatched says how many ran and which patterns matched nothing', () => {
    const r = run(counts({ passed: 2 }), { minTests: 5 }, { patterns: ['a/*.xml', 'b/*.xml'], unmatchedPatterns: ['b/*.xml'] });
    expect([r.status, r.message]).toEqual(['failed', '2 tests ran; at least 5 required ("b/*.xml" matched no files).']);
  });

  it('enough tests with one pattern unmatched still passes', () => {
    const r = run(counts({ passed: 3 }), {}, { patterns: ['a/*.xml', 'b/*.xml'], unmatchedPatterns: ['b/*.xml'] });
    expect([r.status, r.message]).toEqual(['passed', '3 passed.']);
  });

  it('no patterns at all says where to set them', () => {
    const r = run(counts({}), {}, { patterns: [], unmatchedPatterns: [] });
    expect([r.status, r.message]).toEqual(['failed', 'No test results were given: set the junit input or reports.junit in the config.']);
  });
});

describe('tests gate: warn action', () => {
  it.each([
    ['too many failures', counts({ passed: 1, failed: 1 })],
    ['too few tests', counts({})]
  ])('%s gives status "warning", never "failed"', (_label, c) => {
    const r = run(c, { action: 'warn' });
    expect([r.status, r.action]).toEqual(['warning', 'warn']);
  });
  it('a passing run under warn is simply passed', () => {
    expect(run(counts({ passed: 2 }), { action: 'warn' }).status).toEqual('passed');
  });
});

describe('reports gate', () => {
  it('passes when every report was read', () => {
    expect(evaluateReportsGate([])).toEqual({
      gate: 'reports', action: 'block', metric: 'unreadable reports', comparator: '==', threshold: 0,
      status: 'passed', actual: 0, message: 'All reports were read.', suggestions: []
    });
  });
  it('one broken report fails with its located problem', () => {
    const r = evaluateReportsGate([{ file: 'reports/a.xml', line: 3, column: 27, message: 'unquoted attribute value.' }]);
    expect([r.status, r.actual, r.message]).toEqual(['failed', 1, '1 report could not be read: reports/a.xml:3:27: unquoted attribute value.']);
  });
  it('counts files, not problems, and lists only the first three problems', () => {
    const r = evaluateReportsGate([
      { file: 'a.xml', line: 1, message: 'm1' },
      { file: 'a.xml', line: 9, message: 'm2' },
      { file: 'b.xml', message: 'could not be read: the file does not exist' },
      { file: 'c.xml', line: 2, column: 4, message: 'm4' }
    ]);
    expect([r.status, r.actual, r.message]).toEqual([
      'failed',
      3,
      '3 reports could not be read: a.xml:1: m1; a.xml:9: m2; b.xml: could not be read: the file does not exist; and 1 more'
    ]);
  });
});

describe('concludeVerdict', () => {
  it.each([
    ['no gates', [], 'success'],
    ['all passed', [gateResult(), gateResult({ gate: 'reports' })], 'success'],
    ['a warn gate that warned', [gateResult({ action: 'warn', status: 'warning' })], 'success'],
    ['a warn gate marked failed', [gateResult({ action: 'warn', status: 'failed' })], 'success'],
    ['a skipped blocking gate', [gateResult({ status: 'skipped' })], 'success'],
    ['one blocking failure among passes', [gateResult(), gateResult({ gate: 'reports', status: 'failed' })], 'failure']
  ])('%s → %s', (_label, gates, conclusion) => {
    const v = concludeVerdict(gates);
    expect([v.conclusion, v.passed, v.gates]).toEqual([conclusion, conclusion === 'success', gates]);
  });
});
