import type { GateOutcome } from '../engine/gate-job.js';

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
    tests: outcome.counts,
    failures: outcome.cases
      .filter((c) => c.status === 'failed' || c.status === 'error')
      .map(({ suite, name, classname, status, file, line, message, durationSeconds, reportFile }) => ({
        suite, name, classname, status, file, line, message, durationSeconds, reportFile
      })),
    problems: outcome.problems,
    inputs: { files: outcome.files, unmatchedPatterns: outcome.unmatchedPatterns },
    history: { source: outcome.historySource ?? null, runs: outcome.previous?.runs.length ?? 0 },
    warnings: outcome.warnings,
    run
  };
}
