import { evaluateReportsGate } from '../gates/reports-gate.js';
import { evaluateTestsGate, type TestsGateOptions } from '../gates/tests-gate.js';
import type { TimingHistory } from '../history/document.js';
import type { HistoryRestore, HistoryStore } from '../history/store.js';
import { readTestReport } from '../ingest/tests.js';
import type { Problem } from '../model/problems.js';
import { countTests, type TestCase, type TestCounts, type TestSuite } from '../model/tests.js';
import { concludeVerdict, type Verdict } from '../model/verdict.js';

/** What the gate job needs to know, already merged from inputs, config file and defaults. */
export interface GateSettings {
  readonly configId: string;
  readonly junitPatterns: readonly string[];
  readonly tests: TestsGateOptions;
  readonly maxRuns: number;
}

/** The file system as the engine sees it; the shell passes the real one, tests a temp tree. */
export interface ReportFiles {
  /** Files matching one glob pattern and none of the exclusions, sorted. */
  find(pattern: string, exclude: readonly string[]): Promise<string[]>;
  open(file: string): AsyncIterable<Uint8Array>;
}

export interface GateOutcome {
  readonly verdict: Verdict;
  readonly cases: readonly TestCase[];
  readonly suites: readonly TestSuite[];
  readonly counts: TestCounts;
  /** Reports that could not be read, located. */
  readonly problems: readonly Problem[];
  readonly files: readonly string[];
  readonly unmatchedPatterns: readonly string[];
  /** The history as restored before this run (the base for comparisons). */
  readonly previous?: TimingHistory;
  readonly historySource?: string;
  readonly warnings: readonly string[];
}

/** Ingest → gates. Shared line for line by the Action and the CLI. */
export async function runGateJob(settings: GateSettings, files: ReportFiles, store?: HistoryStore): Promise<GateOutcome> {
  const restoring: Promise<HistoryRestore> = store ? store.restore() : Promise.resolve({ warnings: [] });
  const { matched, unmatched } = await resolvePatterns(settings.junitPatterns, files);
  const report = await readTestReport(matched, (f) => files.open(f));
  const restored = await restoring;

  const counts = countTests(report.cases);
  const gates = [
    evaluateTestsGate({ counts, patterns: settings.junitPatterns, unmatchedPatterns: unmatched }, settings.tests),
    ...(report.problems.length ? [evaluateReportsGate(report.problems)] : [])
  ];
  return {
    verdict: concludeVerdict(gates),
    cases: report.cases,
    suites: report.suites,
    counts,
    problems: report.problems,
    files: matched,
    unmatchedPatterns: unmatched,
    ...(restored.history ? { previous: restored.history } : {}),
    ...(restored.source ? { historySource: restored.source } : {}),
    warnings: restored.warnings
  };
}

async function resolvePatterns(
  patterns: readonly string[],
  files: ReportFiles
): Promise<{ matched: string[]; unmatched: string[] }> {
  const matched = new Set<string>();
  const unmatched: string[] = [];
  // "!pattern" lines exclude from every other pattern, as in actions/upload-artifact.
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    const found = await files.find(pattern, exclude);
    if (found.length === 0) unmatched.push(pattern);
    for (const f of found) matched.add(f);
  }
  return { matched: [...matched], unmatched };
}
