import { describe, expect, it } from '@jest/globals';
import { buildGuidance, categoryOf } from '../../../src/gates/guidance.js';
import { evaluateFlakyTestsGate } from '../../../src/gates/tests-gate.js';
import { failedCase, gateResult, testCase } from '../builders.js';

const failedTests = gateResult({ status: 'failed', actual: 5, message: '5 failed of 9 tests.', suggestions: ['Fix the failing tests listed below.'] });

describe('guidance', () => {
  it('groups failures by category in a fixed order and shows the top three with "more"', () => {
    const tests = ['a', 'b', 'c', 'd', 'e'].map((n, i) => failedCase(n, { file: `t/${n}.test.ts`, line: i + 1 }));
    const coverage = gateResult({ gate: 'coverage.patch', category: 'coverage', status: 'failed', items: [{ text: 'src/a.ts:10-12 — 3 changed lines not covered', location: { file: 'src/a.ts', line: 10, endLine: 12 } }] });
    const guidance = buildGuidance([coverage, failedTests], { failedTests: tests, failedTestsOmitted: 2 });
    expect(guidance).toEqual([
      {
        category: 'tests',
        items: [
          { text: 'unit › a failed: a failed', location: { file: 't/a.test.ts', line: 1 } },
          { text: 'unit › b failed: b failed', location: { file: 't/b.test.ts', line: 2 } },
          { text: 'unit › c failed: c failed', location: { file: 't/c.test.ts', line: 3 } }
        ],
        more: 4
      },
      { category: 'coverage', items: [{ text: 'src/a.ts:10-12 — 3 changed lines not covered', location: { file: 'src/a.ts', line: 10, endLine: 12 } }], more: 0 }
    ]);
  });

  it('passed and skipped gates give no guidance', () => {
    expect(buildGuidance([gateResult(), gateResult({ gate: 'coverage.patch', status: 'skipped' })])).toEqual([]);
  });

  it('a gate without items becomes one item: its message and first suggestion', () => {
    expect(buildGuidance([failedTests])).toEqual([{ category: 'tests', items: [{ text: '5 failed of 9 tests. Fix the failing tests listed below.' }], more: 0 }]);
  });

  it('blocking failures come before warnings within a category, and gate items count toward "more"', () => {
    const warn = gateResult({ gate: 'security', category: 'security', action: 'warn', status: 'warning', items: [{ text: 'w1' }] });
    const block = gateResult({ gate: 'secrets', status: 'failed', items: [{ text: 'b1' }, { text: 'b2' }, { text: 'b3' }], moreItems: 7 });
    expect(buildGuidance([warn, block])).toEqual([{ category: 'security', items: [{ text: 'b1' }, { text: 'b2' }, { text: 'b3' }], more: 8 }]);
  });

  it('a flaky-tests warning is listed under tests with the flaky test and its place', () => {
    const flaky = evaluateFlakyTestsGate([testCase({ name: 'retries', flaky: true, file: 't/x.test.ts', line: 4, attempts: [{ status: 'failed', durationSeconds: 1 }, { status: 'passed', durationSeconds: 1 }] })]);
    expect(buildGuidance([flaky])).toEqual([{ category: 'tests', items: [{ text: 'unit › retries passed after 2 attempts', location: { file: 't/x.test.ts', line: 4 } }], more: 0 }]);
  });

  it('the same item from two gates of a category is listed once', () => {
    const worst = { text: 'src/b.ts: 10% of lines covered, 45 not (6-50)', location: { file: 'src/b.ts', line: 6 } };
    const min = gateResult({ gate: 'coverage.lines', status: 'failed', items: [worst] });
    const drop = gateResult({ gate: 'coverage.lines.drop', status: 'failed', items: [worst, { text: 'other' }] });
    expect(buildGuidance([min, drop])).toEqual([{ category: 'coverage', items: [worst, { text: 'other' }], more: 0 }]);
  });

  it('the number shown per category is an option', () => {
    const g = gateResult({ gate: 'docs', status: 'failed', items: [{ text: '1' }, { text: '2' }] });
    expect(buildGuidance([g], { perCategory: 1 })).toEqual([{ category: 'docs', items: [{ text: '1' }], more: 1 }]);
  });

  it.each([
    ['tests', undefined, 'tests'],
    ['coverage.lines', undefined, 'coverage'],
    ['reports', undefined, 'reports'],
    ['benchmarks', undefined, 'performance'],
    ['secrets', undefined, 'security'],
    ['changelog', undefined, 'docs'],
    ['compliance', undefined, 'metrics'],
    ['my-gate', 'security', 'security']
  ] as const)('gate %s (category %s) is in %s', (gate, category, expected) => {
    expect(categoryOf(gateResult({ gate, ...(category ? { category } : {}) }))).toEqual(expected);
  });
});
