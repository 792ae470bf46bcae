import { DEFAULT_PERFORMANCE, type ResolvedSettings } from '../config/settings.js';
import { evaluateCoverageGates, type CoverageBase } from '../gates/coverage-gate.js';
import { evaluateDocsGate } from '../gates/docs-gate.js';
import { evaluateMetricGates } from '../gates/metric-gate.js';
import { applyOutcomes, type PullRequestFacts } from '../gates/outcomes.js';
import { evaluatePerformanceGate, type BenchmarkHistory, type PerformanceEvaluation } from '../gates/performance-gate.js';
import { evaluateReportsGate } from '../gates/reports-gate.js';
import { evaluateSecurityGates } from '../gates/security-gate.js';
import { evaluateFlakyTestsGate, evaluateTestsGate } from '../gates/tests-gate.js';
import type { TimingHistory } from '../model/history.js';
import type { DiffFile } from '../change/diff.js';
import type { BenchmarkResult } from '../model/benchmarks.js';
import type { CoverageReport } from '../model/coverage.js';
import type { Finding } from '../model/findings.js';
import type { Metric } from '../model/metrics.js';
import type { Problem } from '../model/problems.js';
import type { TestSummary } from '../model/test-summary.js';
import { median } from '../stats/median.js';
import { evaluateContainerGate, type ContainerScan } from '../pipeline/container-gate.js';
import { concludeVerdict, type GateResult, type Verdict } from '../model/verdict.js';

/** Everything the gates judge, already read; the history is the base branch's, as restored. */
export interface GateInputs {
  readonly tests: TestSummary;
  readonly unmatchedPatterns: readonly string[];
  readonly problems: readonly Problem[];
  readonly coverage?: CoverageReport;
  readonly findings: readonly Finding[];
  readonly toolsRead: readonly string[];
  readonly metrics: readonly Metric[];
  readonly benchmarks: readonly BenchmarkResult[];
  readonly benchmarksBase: readonly BenchmarkResult[];
  /** The change against the merge base; undefined when there is none (a push, or no base commit). */
  readonly diff?: readonly DiffFile[];
  readonly history?: TimingHistory;
  readonly pr?: PullRequestFacts;
  /** The Dockerfiles read and what the container rules found in them. */
  readonly containers?: ContainerScan;
  /** This run extends the default branch's history (a push, a schedule): history-mode suspicions wait for the next runs. */
  readonly defaultBranch?: boolean;
}

export interface Evaluation {
  readonly verdict: Verdict;
  readonly performance?: PerformanceEvaluation;
}

/** Every configured gate, then waivers and approvals, then the conclusion. Pure. */
export function evaluateGates(input: GateInputs, settings: ResolvedSettings): Evaluation {
  const gates: GateResult[] = [
    evaluateTestsGate({ counts: input.tests.counts, patterns: settings.junitPatterns, unmatchedPatterns: input.unmatchedPatterns }, settings.tests),
    ...(settings.flaky && input.tests.flaky.length ? [evaluateFlakyTestsGate(input.tests.flaky, settings.flaky)] : [])
  ];
  if (settings.coverage) gates.push(...evaluateCoverageGates({ ...(input.coverage ? { report: input.coverage } : {}), ...(input.diff ? { diff: input.diff } : {}), base: coverageBase(input.history) }, settings.coverage));
  const baseKeys = lastRunWith(input.history, 'findings')?.findings;
  for (const options of settings.security) {
    gates.push(...evaluateSecurityGates({ findings: input.findings, toolsRead: input.toolsRead, ...(baseKeys ? { baseKeys } : {}) }, options));
  }
  if (settings.docs) gates.push(evaluateDocsGate(input.diff ? { diff: input.diff } : {}, settings.docs));
  for (const c of settings.conditions) {
    const [g] = evaluateMetricGates({ metrics: input.metrics, benchmarks: input.benchmarks }, { action: c.action, conditions: [c.condition] });
    if (g) gates.push({ ...g, gate: c.gate });
  }
  let performance: PerformanceEvaluation | undefined;
  // Benchmarks given are compared even without a gates.performance block (with its defaults).
  const performanceOptions = settings.performance ?? (input.benchmarks.length ? DEFAULT_PERFORMANCE : undefined);
  if (performanceOptions) {
    const history = benchmarkHistory(input.history);
    const defaultBranch = input.defaultBranch ?? false;
    performance = evaluatePerformanceGate({ head: input.benchmarks, base: input.benchmarksBase, defaultBranch, ...(history ? { history } : {}) }, performanceOptions);
    gates.push(performance.gate);
  }
  const container = settings.container && input.containers ? evaluateContainerGate(input.containers, settings.container) : undefined;
  if (container) gates.push(container);
  if (input.problems.length) gates.push(evaluateReportsGate(input.problems));
  const decided = applyOutcomes(gates, { exceptions: settings.exceptions, approvalLabels: settings.approvalLabels }, input.pr);
  return { verdict: concludeVerdict(decided, { neutralOnWarnings: settings.warningsConclusion === 'neutral' }), ...(performance ? { performance } : {}) };
}

function lastRunWith<K extends 'coverage' | 'findings' | 'benchmarks'>(history: TimingHistory | undefined, key: K) {
  return [...(history?.runs ?? [])].reverse().find((r) => r[key] !== undefined);
}

/** The newest base-branch run that recorded coverage; "no base yet" when none did. */
function coverageBase(history: TimingHistory | undefined): CoverageBase {
  const run = lastRunWith(history, 'coverage');
  if (!run?.coverage) return {};
  return { ...run.coverage, label: `${run.ref.replace(/^refs\/heads\//, '')}@${run.sha.slice(0, 7)}` };
}

/** One value per past run and benchmark (the median of that run's samples), oldest first. */
function benchmarkHistory(history: TimingHistory | undefined): BenchmarkHistory | undefined {
  const runs = (history?.runs ?? []).filter((r) => r.benchmarks);
  if (!runs.length) return undefined;
  const units: Record<string, string> = {};
  const out = runs.map((r) => {
    const values: Record<string, number> = {};
    for (const [name, b] of Object.entries(r.benchmarks ?? {})) {
      if (!b.samples.length) continue;
      values[name] = median(b.samples);
      units[name] = b.unit;
    }
    return { id: r.runId, values };
  });
  return { runs: out, units };
}
