import { coveragePercent, coverageTotals, type CoverageReport } from '../model/coverage.js';
import type { TestCase } from '../model/tests.js';
import { hideExcerpts } from '../model/excerpt.js';
import { type GateOutcome } from '../model/outcome.js';

export const REPORT_SCHEMA = 'pipeline-gates/report';

export interface ReportRun {
  readonly sha?: string;
  readonly event?: string;
  readonly runUrl?: string;
}

/** The machine-readable verdict: the `report` output points at this, and `--json` prints it. */
export function buildJsonReport(outcome: GateOutcome, configId: string, run: ReportRun = {}): Record<string, unknown> {
  return {
    schema: REPORT_SCHEMA,
    version: 1,
    configId,
    conclusion: outcome.verdict.conclusion,
    passed: outcome.verdict.passed,
    gates: outcome.verdict.gates,
    tests: outcome.tests.counts,
    failures: outcome.tests.failures.map(brief),
    failuresOmitted: outcome.tests.failuresOmitted,
    flaky: outcome.tests.flaky.map(brief),
    coverage: outcome.coverage ? coverageSummary(outcome.coverage) : null,
    findings: outcome.findings.length,
    metrics: Object.fromEntries(outcome.metrics.map((m) => [m.path, m.value])),
    benchmarks: {
      ...(outcome.performance ? { comparisons: outcome.performance.comparisons, runShift: outcome.performance.runShift ?? null } : { comparisons: [], read: outcome.benchmarks.length }),
      levelShifts: outcome.levelShifts ?? null
    },
    problems: outcome.problems.map((p) => ({ ...p, message: hideExcerpts(p.message) })),
    inputs: { files: outcome.files, unmatchedPatterns: outcome.unmatchedPatterns },
    history: { source: outcome.historySource ?? null, runs: outcome.previous?.runs.length ?? 0 },
    warnings: outcome.warnings.map(hideExcerpts),
    run
  };
}

function coverageSummary(report: CoverageReport): Record<string, unknown> {
  const t = coverageTotals(report.files);
  return { files: report.files.length, lines: { ...t.lines, percent: coveragePercent(t.lines) }, branches: { ...t.branches, percent: coveragePercent(t.branches) } };
}

/** A test as the JSON report lists it: where and why, without the full stack trace. */
function brief({ suite, name, classname, status, file, line, message, durationSeconds, reportFile, attempts }: TestCase): Record<string, unknown> {
  return { suite, name, classname, status, file, line, message, durationSeconds, reportFile, attempts: attempts?.length };
}
