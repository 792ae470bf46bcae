// Hand-built values shared by the unit tests: chunk streams, test cases, gate results, outcomes.
import { TestCollector } from '../../src/model/test-summary.js';
import type { TestCase } from '../../src/model/tests.js';
import { concludeVerdict, type GateResult } from '../../src/model/verdict.js';
import { type GateOutcome } from '../../src/model/outcome.js';

/** Yields `text` in pieces of `size` characters (Infinity: one piece), as a file stream would. */
export async function* stringChunks(text: string, size = Infinity): AsyncIterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** Yields the UTF-8 bytes of `text` in pieces of `size` bytes, splitting characters freely. */
export async function* byteChunks(text: string, size = Infinity): AsyncIterable<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, Math.min(bytes.length, i + size));
}

export function testCase(overrides: Partial<TestCase> = {}): TestCase {
  return { suite: 'unit', name: 'adds numbers', status: 'passed', durationSeconds: 0.1, reportFile: 'reports/unit.xml', ...overrides };
}

export function failedCase(name: string, overrides: Partial<TestCase> = {}): TestCase {
  return testCase({ name, status: 'failed', message: `${name} failed`, details: `AssertionError: ${name}\n    at test.ts:1:1`, ...overrides });
}

export function gateResult(overrides: Partial<GateResult> = {}): GateResult {
  return {
    gate: 'tests',
    status: 'passed',
    action: 'block',
    metric: 'failed tests',
    comparator: '<=',
    threshold: 0,
    actual: 0,
    message: 'All good.',
    suggestions: [],
    ...overrides
  };
}

/** An outcome whose counts and verdict are derived from its cases and gates, as runGateJob does. */
export function outcome(cases: readonly TestCase[], overrides: Partial<GateOutcome> = {}): GateOutcome {
  const broken = cases.some((c) => c.status === 'failed' || c.status === 'error');
  const gates = [gateResult(broken ? { status: 'failed', actual: 1, message: 'Some tests failed.' } : {})];
  const collector = new TestCollector();
  for (const c of cases) collector.testCase(c);
  return {
    verdict: concludeVerdict(gates),
    tests: collector.summary(),
    problems: [],
    files: [{ file: 'reports/unit.xml', format: 'junit' }],
    unmatchedPatterns: [],
    warnings: [],
    findings: [],
    metrics: [],
    benchmarks: [],
    ...overrides
  };
}
