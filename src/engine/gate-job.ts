import type { ResolvedSettings } from '../config/settings.js';
import type { PullRequestFacts } from '../gates/outcomes.js';
import type { PerformanceEvaluation } from '../gates/performance-gate.js';
import type { TimingHistory } from '../model/history.js';
import type { HistoryRestore, HistoryStore } from '../model/history-store.js';
import { mergeCoverage } from '../ingest/formats/coverage/merge.js';
import type { DiffFile } from '../change/diff.js';
import type { FormatKind } from '../ingest/format.js';
import type { RepoPaths } from '../ingest/paths.js';
import { readReport, type ReadResult } from '../ingest/read.js';
import type { BenchmarkResult } from '../model/benchmarks.js';
import type { CoverageReport } from '../model/coverage.js';
import type { Finding } from '../model/findings.js';
import { matchesGlob } from '../model/globs.js';
import type { Metric } from '../model/metrics.js';
import { formatProblem, type Problem } from '../model/problems.js';
import { TestCollector, type TestSummary } from '../model/test-summary.js';
import { evaluateGates } from './evaluate.js';
import { resolvePatterns, type ReportFiles } from './files.js';
import { shardBalance } from './shard-balance.js';
import type { PlanDocument } from '../planner/document.js';
import { defaultPipelineConditions } from '../pipeline/gates.js';
import type { PipelineMetrics } from '../pipeline/metrics.js';
import { withPipelineHistory } from '../pipeline/advice.js';
import { gatedFindings, type ContainerScan } from '../pipeline/container-gate.js';
import { benchmarkTrends, levelShifts, type CurrentRun } from './trends.js';
import type { GateOutcome, ShardBalance } from '../model/outcome.js';

/** The settings the gate job reads; `ResolvedSettings` is the whole of them. */
export type GateSettings = ResolvedSettings;

/** The change under review, as the shell worked it out from git; `note` says why there is none. */
export interface ChangeSet {
  readonly files?: readonly DiffFile[];
  readonly note?: string;
}

export interface GateDeps {
  readonly files: ReportFiles;
  readonly repo: RepoPaths;
  readonly history?: HistoryStore;
  readonly change?: ChangeSet;
  readonly pr?: PullRequestFacts;
  /** Benchmarks measured by this job (`measure`), head and base. */
  readonly measured?: { readonly head: readonly BenchmarkResult[]; readonly base: readonly BenchmarkResult[] };
  /** The commit and run being reported: the last point of each benchmark trend. */
  readonly current?: CurrentRun;
  /** Search the default-branch benchmark history for level shifts (pushes and schedules, not PRs). */
  readonly changePoints?: boolean;
  /** This workflow run's own timings (from the Actions API), as metrics and for the report. */
  readonly pipeline?: { readonly metrics: readonly Metric[]; readonly details: PipelineMetrics };
  /** The Dockerfiles read (all, or the changed ones on a pull request) and their findings. */
  readonly containers?: ContainerScan;
  /** The plan pinned for this run, when its tests were split by one: realised shard times. */
  readonly plan?: PlanDocument;
}

/** Trend charts drawn at most: each is a few hundred characters of the comment's budget. */
const MAX_CHARTS = 5;

/** What the non-test reports gave, merged over files. */
interface Collected {
  coverage: CoverageReport[];
  findings: Finding[];
  tools: Set<string>;
  metrics: Metric[];
  benchmarks: BenchmarkResult[];
  benchmarksBase: BenchmarkResult[];
}

/** Ingest → gates. Shared line for line by the Action and the CLI. */
export async function runGateJob(settings: GateSettings, deps: GateDeps): Promise<GateOutcome> {
  const restoring: Promise<HistoryRestore> = deps.history ? deps.history.restore() : Promise.resolve({ warnings: [] });
  const collector = new TestCollector();
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const files: Array<{ file: string; format: string }> = [];
  const got: Collected = { coverage: [], findings: [], tools: new Set(), metrics: [], benchmarks: [...(deps.measured?.head ?? [])], benchmarksBase: [...(deps.measured?.base ?? [])] };

  const read = async (patterns: readonly string[], kind: FormatKind, take: (r: ReadResult) => void): Promise<string[]> => {
    const { matched, unmatched } = await resolvePatterns(patterns, deps.files);
    for (const file of matched) {
      const format = formatFor(file, settings.formats);
      const result = await readReport(file, deps.files.open, { ctx: { repo: deps.repo }, tests: collector, kind, skipOtherKinds: true, ...(format ? { format } : {}) });
      problems.push(...result.problems);
      if (result.kind !== 'unreadable' && result.kind !== 'skipped') files.push({ file, format: result.format });
      if ('warnings' in result) warnings.push(...result.warnings.map(formatProblem));
      take(result);
    }
    return unmatched;
  };
  const unmatched = await read(settings.junitPatterns, 'tests', () => undefined);
  const optional = [
    ...(await read(settings.coveragePatterns, 'coverage', (r) => r.kind === 'coverage' && got.coverage.push(r.report))),
    ...(await read(settings.sarifPatterns, 'findings', (r) => {
      if (r.kind !== 'findings') return;
      got.findings.push(...r.findings);
      for (const t of r.tools) got.tools.add(t);
    })),
    ...(await read(settings.metricsPatterns, 'metrics', (r) => r.kind === 'metrics' && got.metrics.push(...r.metrics))),
    ...(await read(settings.benchmarkPatterns, 'benchmarks', (r) => r.kind === 'benchmarks' && got.benchmarks.push(...r.benchmarks))),
    ...(await read(settings.benchmarkBasePatterns, 'benchmarks', (r) => r.kind === 'benchmarks' && got.benchmarksBase.push(...r.benchmarks)))
  ];
  // A report glob that matches nothing is named; the gate that needs the report then fails on it.
  warnings.push(...optional.map((p) => `"${p}" matched no files.`));
  warnings.push(...(deps.files.refused?.() ?? []));
  if (deps.change?.note) warnings.push(deps.change.note);
  const restored = await restoring;

  const tests = collector.summary();
  // Pipeline metrics go first so the history's bound on metrics never drops them.
  const metrics = [...(deps.pipeline?.metrics ?? []), ...got.metrics];
  const pipelineConditions = deps.pipeline ? defaultPipelineConditions(deps.pipeline.metrics, settings.conditions) : [];
  const coverage = got.coverage.length ? mergeCoverage(got.coverage) : undefined;
  const evaluation = evaluateGates(
    {
      tests,
      unmatchedPatterns: unmatched,
      problems,
      ...(coverage ? { coverage } : {}),
      findings: got.findings,
      toolsRead: [...got.tools],
      metrics,
      benchmarks: got.benchmarks,
      benchmarksBase: got.benchmarksBase,
      ...(deps.change?.files ? { diff: deps.change.files } : {}),
      ...(restored.history ? { history: restored.history } : {}),
      ...(deps.pr ? { pr: deps.pr } : {}),
      ...(deps.containers ? { containers: deps.containers } : {}),
      // Runs that search level shifts are the default branch's own (pushes, schedules): suspicions wait for confirmation.
      defaultBranch: deps.changePoints ?? false
    },
    pipelineConditions.length ? { ...settings, conditions: [...settings.conditions, ...pipelineConditions] } : settings
  );
  return {
    verdict: evaluation.verdict,
    tests,
    problems,
    files,
    unmatchedPatterns: unmatched,
    ...(restored.history ? { previous: restored.history } : {}),
    ...(restored.source ? { historySource: restored.source } : {}),
    warnings: [...restored.warnings, ...warnings],
    ...(coverage ? { coverage } : {}),
    findings: got.findings,
    metrics,
    benchmarks: got.benchmarks,
    // The pipeline's view over earlier runs (cache trends, caches nobody restores) needs the history.
    ...(deps.pipeline ? { pipeline: withPipelineHistory(deps.pipeline.details, restored.history?.runs ?? []) } : {}),
    // The report shows what the gate counted: rules the config ignores are left out.
    ...(deps.containers && settings.container ? { containers: { ...deps.containers, findings: gatedFindings(deps.containers, settings.container) } } : {}),
    ...shardsOf(deps.plan, tests),
    ...(evaluation.performance ? { performance: evaluation.performance } : {}),
    ...benchmarkHistoryViews(restored.history, got.benchmarks, evaluation.performance, deps)
  };
}

/** Level shifts (when asked for) and the trends worth a chart: regressed or shifted for the worse. */
function benchmarkHistoryViews(history: TimingHistory | undefined, head: readonly BenchmarkResult[], performance: PerformanceEvaluation | undefined, deps: GateDeps): Pick<GateOutcome, 'levelShifts' | 'trends'> {
  if (!history?.runs.some((r) => r.benchmarks)) return {};
  const trends = benchmarkTrends(history, head, deps.current);
  const shifts = deps.changePoints ? levelShifts(trends) : undefined;
  const regressed = (performance?.comparisons ?? []).filter((c) => c.verdict === 'regression').map((c) => c.name);
  const charted = new Set([...regressed, ...(shifts ?? []).filter((s) => s.worse).map((s) => s.name)]);
  const charts = trends.filter((t) => charted.has(t.name) && t.points.length >= 3).slice(0, MAX_CHARTS);
  return { ...(shifts ? { levelShifts: shifts } : {}), ...(charts.length ? { trends: charts } : {}) };
}

/** The first `reports.formats` glob that matches the file names its format. */
function formatFor(file: string, formats: Readonly<Record<string, string>>): string | undefined {
  for (const [glob, format] of Object.entries(formats)) if (matchesGlob(file, glob)) return format;
  return undefined;
}

/** Realised shard times, when this run's tests were split by a pinned plan. */
function shardsOf(plan: PlanDocument | undefined, tests: TestSummary): { shards?: ShardBalance } {
  const shards = plan ? shardBalance(plan, tests) : undefined;
  return shards ? { shards } : {};
}
