import path from 'node:path';
import { evaluateReportsGate } from '../gates/reports-gate.js';
import { evaluateTestsGate, type TestsGateOptions } from '../gates/tests-gate.js';
import type { TimingHistory } from '../history/document.js';
import type { HistoryRestore, HistoryStore } from '../history/store.js';
import type { RepoPaths } from '../ingest/paths.js';
import { readReport, type OpenReport } from '../ingest/read.js';
import type { Problem } from '../model/problems.js';
import { TestCollector, type TestSummary } from '../model/test-summary.js';
import { concludeVerdict, type Verdict } from '../model/verdict.js';
import type { ShardBalance } from './shard-balance.js';

/** What the gate job needs to know, already merged from inputs, config file and defaults. */
export interface GateSettings {
  readonly configId: string;
  readonly junitPatterns: readonly string[];
  /** Glob → format id, for reports whose format should not be detected. */
  readonly formats: Readonly<Record<string, string>>;
  readonly tests: TestsGateOptions;
  readonly maxRuns: number;
}

/** The file system as the engine sees it; the shell passes the real one, tests a temp tree. */
export interface ReportFiles {
  /** Files matching one glob pattern and none of the exclusions, sorted. */
  find(pattern: string, exclude: readonly string[]): Promise<string[]>;
  open: OpenReport;
}

export interface GateDeps {
  readonly files: ReportFiles;
  readonly repo: RepoPaths;
  readonly history?: HistoryStore;
}

export interface GateOutcome {
  readonly verdict: Verdict;
  readonly tests: TestSummary;
  /** Reports that could not be read, located. */
  readonly problems: readonly Problem[];
  /** Report files read, with the format each was read as. */
  readonly files: readonly { readonly file: string; readonly format: string }[];
  readonly unmatchedPatterns: readonly string[];
  /** The history as restored before this run (the base for comparisons). */
  readonly previous?: TimingHistory;
  readonly historySource?: string;
  readonly warnings: readonly string[];
  /** Realised shard times when this run was split by a pinned plan. */
  readonly shards?: ShardBalance;
}

/** Ingest → gates. Shared line for line by the Action and the CLI. */
export async function runGateJob(settings: GateSettings, deps: GateDeps): Promise<GateOutcome> {
  const restoring: Promise<HistoryRestore> = deps.history ? deps.history.restore() : Promise.resolve({ warnings: [] });
  const { matched, unmatched } = await resolvePatterns(settings.junitPatterns, deps.files);
  const collector = new TestCollector();
  const problems: Problem[] = [];
  const files: Array<{ file: string; format: string }> = [];
  for (const file of matched) {
    const format = formatFor(file, settings.formats);
    const result = await readReport(file, deps.files.open, { ctx: { repo: deps.repo }, tests: collector, kind: 'tests', ...(format ? { format } : {}) });
    problems.push(...result.problems);
    if (result.kind === 'tests') files.push({ file, format: result.format });
  }
  const restored = await restoring;

  const tests = collector.summary();
  const gates = [
    evaluateTestsGate({ counts: tests.counts, patterns: settings.junitPatterns, unmatchedPatterns: unmatched }, settings.tests),
    ...(problems.length ? [evaluateReportsGate(problems)] : [])
  ];
  return {
    verdict: concludeVerdict(gates),
    tests,
    problems,
    files,
    unmatchedPatterns: unmatched,
    ...(restored.history ? { previous: restored.history } : {}),
    ...(restored.source ? { historySource: restored.source } : {}),
    warnings: restored.warnings
  };
}

/** The first `reports.formats` glob that matches the file names its format. */
function formatFor(file: string, formats: Readonly<Record<string, string>>): string | undefined {
  for (const [glob, format] of Object.entries(formats)) if (path.matchesGlob(file, glob)) return format;
  return undefined;
}

async function resolvePatterns(patterns: readonly string[], files: ReportFiles): Promise<{ matched: string[]; unmatched: string[] }> {
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
