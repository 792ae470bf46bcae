import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../../src/config/load.js';
import { resolveSettings } from '../../../src/config/settings.js';
import { evaluateGates, type GateInputs } from '../../../src/engine/evaluate.js';
import { findingKey } from '../../../src/gates/security-gate.js';
import { emptyHistory, type HistoryRun, type TimingHistory } from '../../../src/model/history.js';
import type { BenchmarkResult } from '../../../src/model/benchmarks.js';
import type { CoverageReport } from '../../../src/model/coverage.js';
import type { Finding } from '../../../src/model/findings.js';
import { TestCollector } from '../../../src/model/test-summary.js';
import { testCase } from '../builders.js';

function settings(yaml: string) {
  const parsed = parseConfig(yaml, 'cfg.yml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return resolveSettings(parsed.config, { junit: ['reports/*.xml'] });
}

function tests(n = 3) {
  const c = new TestCollector();
  for (let i = 0; i < n; i++) c.testCase(testCase({ name: `t${i}` }));
  return c.summary();
}

/** A report whose line coverage is `percent` of 100 lines in one file. */
const coverage = (percent: number): CoverageReport => ({
  files: [{ path: 'src/a.ts', lines: new Map(Array.from({ length: 100 }, (_, i) => [i + 1, i < percent ? 1 : 0])), branches: new Map() }],
  unplaced: []
});

const run = (over: Partial<HistoryRun>): HistoryRun => ({ runId: '1', attempt: 1, sha: 'abcdef1234567', ref: 'refs/heads/main', at: '2026-11-01T00:00:00Z', conclusion: 'success', tests: {}, ...over });
const history = (...runs: HistoryRun[]): TimingHistory => ({ ...emptyHistory('default'), runs });

function inputs(over: Partial<GateInputs> = {}): GateInputs {
  return { tests: tests(), unmatchedPatterns: [], problems: [], findings: [], toolsRead: [], metrics: [], benchmarks: [], benchmarksBase: [], ...over };
}

const gate = (r: ReturnType<typeof evaluateGates>, name: string) => r.verdict.gates.find((g) => g.gate === name);

describe('outcomes: waivers and approvals', () => {
  const cfg = settings('gates:\n  coverage:\n    lines: 80\n    action: require-approval\n    exceptions:\n      labels: [Hotfix]\n      keywords: ["#trivial"]\napproval:\n  labels: [perf-ok]\n');

  it.each([
    ['a push (nobody to approve): blocks', undefined, 'failed', false, undefined],
    ['a PR without approval: blocks and says how to approve', { labels: [], body: '', approvedBy: [] }, 'failed', false, undefined],
    ['an approving review: no longer blocks, shown as approved', { labels: [], body: '', approvedBy: ['octocat'] }, 'warning', true, { kind: 'approval', by: '@octocat' }],
    ['the approval label', { labels: ['PERF-OK'], body: '', approvedBy: [] }, 'warning', true, { kind: 'label', by: 'perf-ok' }],
    ['a waiver label, case-insensitive', { labels: ['hotfix'], body: '', approvedBy: [] }, 'waived', true, { kind: 'label', by: 'Hotfix' }],
    ['a waiver keyword as a word', { labels: [], body: 'Typo fix #trivial.', approvedBy: [] }, 'waived', true, { kind: 'keyword', by: '#trivial' }],
    ['not inside a longer word', { labels: [], body: 'This is #trivially safe', approvedBy: [] }, 'failed', false, undefined]
  ])('%s', (_label, pr, status, passed, waiver) => {
    const r = evaluateGates(inputs({ coverage: coverage(70), ...(pr ? { pr } : {}) }), cfg);
    const g = gate(r, 'coverage.lines');
    expect([g?.status, r.verdict.passed, g?.waiver]).toEqual([status, passed, waiver]);
    if (pr && !passed) expect(g?.message).toContain('Needs an approving review or the label "perf-ok"');
  });

  it('a passing gate is never marked waived', () => {
    const r = evaluateGates(inputs({ coverage: coverage(90), pr: { labels: ['hotfix'], body: '', approvedBy: [] } }), cfg);
    expect(gate(r, 'coverage.lines')?.status).toBe('passed');
  });
});

describe('base values from history', () => {
  const cfg = settings('gates:\n  coverage:\n    lines: auto\n    tolerance: 0.5\n');

  it('no base yet: the auto target is skipped and says so', () => {
    const g = gate(evaluateGates(inputs({ coverage: coverage(70) }), cfg), 'coverage.lines');
    expect(g).toMatchObject({ status: 'skipped', actual: 70, base: null });
    expect(g?.message).toContain("The minimum is 'auto', so nothing is compared yet. Now: 70%.");
    expect(evaluateGates(inputs({ coverage: coverage(70) }), cfg).verdict.passed).toBe(true);
  });

  it('auto takes the newest base run with coverage, minus the tolerance, and names it', () => {
    const h = history(run({ runId: '1', coverage: { lines: 90 } }), run({ runId: '2', sha: '1234567abcdef', coverage: { lines: 70.3 } }), run({ runId: '3' }));
    const g = gate(evaluateGates(inputs({ coverage: coverage(70), history: h }), cfg), 'coverage.lines');
    expect(g).toMatchObject({ status: 'passed', base: 70.3 });
    const worse = gate(evaluateGates(inputs({ coverage: coverage(69), history: h }), cfg), 'coverage.lines');
    expect(worse).toMatchObject({ status: 'failed', base: 70.3 });
    expect(worse?.message).toContain('main@1234567');
  });

  it('new-only security counts only findings the base did not have', () => {
    const f = (ruleId: string): Finding => ({ tool: 'semgrep', ruleId, level: 'error', message: `${ruleId} here`, file: 'src/a.ts', line: 3 });
    const sec = settings('gates:\n  security:\n    new-only: true\n    max-level:\n      error: 0\n');
    const h = history(run({ findings: [findingKey(f('old-rule'))] }));
    const r = evaluateGates(inputs({ findings: [f('old-rule'), f('new-rule')], toolsRead: ['semgrep'], history: h }), sec);
    const g = r.verdict.gates.find((x) => x.gate === 'security.error');
    expect(g).toMatchObject({ status: 'failed', actual: 1 });
    expect(g?.items?.[0]?.text).toContain('new-rule');
  });
});

describe('which gates run', () => {
  it('the default config runs the tests gate alone', () => {
    expect(evaluateGates(inputs(), settings('')).verdict.gates.map((g) => g.gate)).toEqual(['tests']);
  });

  it('check.warnings: neutral makes a warnings-only run neutral; a clean run stays success', () => {
    const warnOnly = 'gates:\n  metrics:\n    - condition: "audio_quality_score >= 3.0"\n      action: warn\n';
    const metrics = [{ path: 'audio_quality_score', value: 2.5 }];
    expect(evaluateGates(inputs({ metrics }), settings(warnOnly)).verdict).toMatchObject({ conclusion: 'success', passed: true });
    expect(evaluateGates(inputs({ metrics }), settings(`${warnOnly}check:\n  warnings: neutral\n`)).verdict).toMatchObject({ conclusion: 'neutral', passed: true });
    expect(evaluateGates(inputs({ metrics: [{ path: 'audio_quality_score', value: 3.5 }] }), settings(`${warnOnly}check:\n  warnings: neutral\n`)).verdict.conclusion).toBe('success');
  });

  it('metric conditions are gates named after their metric; warn only warns', () => {
    const cfg = settings('gates:\n  metrics:\n    - "compliance.score >= 70"\n    - condition: "audio_quality_score >= 3.0"\n      action: warn\n');
    const r = evaluateGates(inputs({ metrics: [{ path: 'compliance.score', value: 72 }, { path: 'audio_quality_score', value: 2.5 }] }), cfg);
    expect(r.verdict.gates.slice(1).map((g) => [g.gate, g.status])).toEqual([['metrics.compliance.score', 'passed'], ['metrics.audio_quality_score', 'warning']]);
    expect(r.verdict.passed).toBe(true);
  });

  it('performance limits are gates too: "import wall time < 5s" on a measured benchmark', () => {
    const cfg = settings('gates:\n  performance:\n    limits: ["import wall time < 5s"]\n');
    const b = { name: 'import wall time', value: 6.2, unit: 's', direction: 'smaller-is-better' as const, samples: [6.2], normalized: { unit: 's' as const, value: 6.2 } };
    const r = evaluateGates(inputs({ benchmarks: [b] }), cfg);
    expect(gate(r, 'performance.limit import wall time')).toMatchObject({ status: 'failed', actual: 6.2, threshold: 5 });
  });

  it('a flaky test adds the flaky gate, as a warning by default', () => {
    const c = new TestCollector();
    c.testCase(testCase({ name: 'x', status: 'passed', flaky: true }));
    const r = evaluateGates(inputs({ tests: c.summary() }), settings(''));
    expect(r.verdict.gates.map((g) => [g.gate, g.status])).toEqual([['tests', 'passed'], ['tests.flaky', 'warning']]);
    expect(r.verdict.conclusion).toBe('success');
  });
});

describe('benchmarks stand alone', () => {
  const result = (name: string, value: number): BenchmarkResult => ({ name, value, unit: 'ns', direction: 'smaller-is-better', samples: [value] });
  /** 20 default-branch runs of three steady benchmarks (±1%). */
  const steady = history(...Array.from({ length: 20 }, (_, i) => run({
    runId: String(i), tests: {},
    benchmarks: Object.fromEntries(['a', 'b', 'c'].map((n) => [n, { unit: 'ns', direction: 'smaller-is-better' as const, samples: [100 * (1 + 0.01 * Math.sin(i * 1.7 + n.charCodeAt(0)))] }]))
  })));
  const noConfig = settings('reports:\n  benchmarks: [bench/*.json]\n');

  it('benchmarks without a gates.performance block and without tests are compared against the history: a 60% jump warns', () => {
    const r = evaluateGates(inputs({ tests: new TestCollector().summary(), benchmarks: [result('a', 160), result('b', 100), result('c', 100)], history: steady }), noConfig);
    expect(r.performance?.comparisons.map((c) => [c.name, c.verdict])).toEqual([['a', 'regression'], ['b', 'unchanged'], ['c', 'unchanged']]);
    expect(gate(r, 'performance')).toMatchObject({ status: 'warning', action: 'warn' });
  });
  it('on the default branch the same jump is watched first: no warning yet', () => {
    const r = evaluateGates(inputs({ benchmarks: [result('a', 160), result('b', 100), result('c', 100)], history: steady, defaultBranch: true }), noConfig);
    expect(r.performance?.comparisons[0]).toMatchObject({ name: 'a', verdict: 'watching' });
    expect(gate(r, 'performance')?.status).toBe('passed');
    expect(gate(r, 'performance')?.message).toContain('1 watching (worse in one run; the next default-branch runs confirm or dismiss it)');
  });
  it('no benchmarks and no block: no performance gate at all', () => {
    expect(gate(evaluateGates(inputs(), noConfig), 'performance')).toBeUndefined();
  });
});
