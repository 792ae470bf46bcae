import { splitPatterns } from '../model/globs.js';
import { ranCount, type TestCase, type TestCounts } from '../model/tests.js';
import { failureStatus, type GateAction, type GateResult } from '../model/verdict.js';

export interface TestsGateOptions {
  readonly action: GateAction;
  readonly minTests: number;
  readonly maxFailures: number;
}

export interface TestsGateInput {
  readonly counts: TestCounts;
  /** The result-file patterns the user gave, and those that matched no file. */
  readonly patterns: readonly string[];
  readonly unmatchedPatterns: readonly string[];
}

/**
 * Fails when more tests failed or errored than allowed, or when fewer than `minTests` ran. "No
 * tests" is a failure by default (minTests 1) because a broken glob looks exactly like a green run.
 */
export function evaluateTestsGate(input: TestsGateInput, options: TestsGateOptions): GateResult {
  const { counts } = input;
  const ran = ranCount(counts);
  const broken = counts.failed + counts.errors;
  const base = { gate: 'tests', action: options.action } as const;

  if (ran < options.minTests) {
    return {
      ...base,
      status: failureStatus(options.action),
      metric: 'tests run',
      comparator: '>=',
      threshold: options.minTests,
      actual: ran,
      message: tooFewMessage(input, ran, options.minTests),
      suggestions: tooFewSuggestions(input)
    };
  }
  const ok = broken <= options.maxFailures;
  return {
    ...base,
    status: ok ? 'passed' : failureStatus(options.action),
    metric: 'failed tests',
    comparator: '<=',
    threshold: options.maxFailures,
    actual: broken,
    message: ok ? passMessage(counts) : failMessage(counts, options.maxFailures),
    suggestions: ok ? [] : ['Fix the failing tests listed below, or raise gates.tests.max-failures if they are known.']
  };
}

export interface FlakyTestsGateOptions {
  /** Default 'warn': a flaky test passed in the end, so it is reported rather than blocking. */
  readonly action?: GateAction;
  /** Flaky tests tolerated before the gate warns (or fails, with 'block'). Default 0. */
  readonly maxFlaky?: number;
}

const FLAKY_LISTED = 10;

/**
 * Tests that failed and then passed on a retry, as a gate of their own (`tests.flaky`), so the main
 * tests gate keeps its meaning and a flaky test is visible without turning the run red.
 */
export function evaluateFlakyTestsGate(flaky: readonly TestCase[], options: FlakyTestsGateOptions = {}): GateResult {
  const action = options.action ?? 'warn';
  const max = options.maxFlaky ?? 0;
  const base = { gate: 'tests.flaky', category: 'tests', action, metric: 'flaky tests', comparator: '<=', threshold: max, actual: flaky.length } as const;
  if (flaky.length <= max) {
    return { ...base, status: 'passed', message: flaky.length ? `${flaky.length} flaky (within the allowance of ${max}).` : 'No flaky tests.', suggestions: [] };
  }
  const items = flaky.slice(0, FLAKY_LISTED).map((c) => {
    const tries = c.attempts?.length ? ` after ${c.attempts.length} attempts` : ' on a retry';
    return { text: `${[c.suite, c.name].filter(Boolean).join(' › ')} passed${tries}`, ...(c.file ? { location: { file: c.file, ...(c.line ? { line: c.line } : {}) } } : {}) };
  });
  return {
    ...base,
    status: failureStatus(action),
    message: `${flaky.length} ${flaky.length === 1 ? 'test was' : 'tests were'} flaky (failed, then passed on a retry)${max ? `; at most ${max} allowed` : ''}.`,
    suggestions: ['Fix or quarantine the flaky tests before they fail a run: look for shared state, timing and ordering assumptions.'],
    items,
    ...(flaky.length > FLAKY_LISTED ? { moreItems: flaky.length - FLAKY_LISTED } : {})
  };
}


function tooFewMessage(input: TestsGateInput, ran: number, min: number): string {
  const searched = splitPatterns(input.patterns).include;
  if (searched.length === 0) return 'No test results were given: set the junit input or reports.junit in the config.';
  if (ran === 0 && input.unmatchedPatterns.length === searched.length) {
    return `No test results: ${input.unmatchedPatterns.map((p) => `"${p}"`).join(', ')} matched no files.`;
  }
  const unmatched = input.unmatchedPatterns.length ? ` (${input.unmatchedPatterns.map((p) => `"${p}"`).join(', ')} matched no files)` : '';
  return `${ran} ${ran === 1 ? 'test' : 'tests'} ran; at least ${min} required${unmatched}.`;
}

function tooFewSuggestions(input: TestsGateInput): string[] {
  const out = ['Check that the test step wrote its report before this step, and that the path is relative to the workspace.'];
  if (input.unmatchedPatterns.length) out.push('If no tests is expected here, set gates.tests.min-tests: 0 (or the `min-tests` input).');
  return out;
}

function passMessage(c: TestCounts): string {
  const skipped = c.skipped ? `, ${c.skipped} skipped` : '';
  const broken = c.failed + c.errors;
  return broken ? `${c.passed} passed, ${broken} failed (within the allowance)${skipped}.` : `${c.passed} passed${skipped}.`;
}

function failMessage(c: TestCounts, max: number): string {
  const parts = [`${c.failed} failed`];
  if (c.errors) parts.push(`${c.errors} errored`);
  const allowance = max ? ` (at most ${max} allowed)` : '';
  return `${parts.join(', ')} of ${c.total} tests${allowance}.`;
}
