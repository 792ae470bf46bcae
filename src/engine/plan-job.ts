import type { TimingHistory } from '../history/document.js';
import type { ImportedTimings } from '../ingest/timings.js';
import { assignmentOf, toPlanDocument, type Granularity, type PlanDocument } from '../planner/document.js';
import { fileOf, normalizeTestPath, planShards } from '../planner/index.js';
import type { AutoShards, Plan, PreviousPlan, TimingSnapshot } from '../planner/types.js';

export interface PlanSettings {
  readonly configId: string;
  readonly granularity: Granularity;
  readonly shards: number | AutoShards;
  readonly margin?: number;
}

export interface PlanSources {
  /** Tests as listed (paths, node ids), before normalisation. */
  readonly tests: readonly string[];
  /** Imported timing files, oldest first. */
  readonly timings: readonly ImportedTimings[];
  readonly history?: TimingHistory;
  /** An explicit previous plan (CLI --previous-plan); else the one recorded in history. */
  readonly previous?: PlanDocument;
  readonly root: string;
  readonly runId: string;
  readonly now: Date;
}

export interface PlanResult {
  readonly plan: Plan;
  readonly document: PlanDocument;
  /** Where the timings and the previous plan came from, for the summary. */
  readonly notes: readonly string[];
  /** Why few timings matched and how to fix it, when the reports show why. */
  readonly hints: readonly string[];
}

/** Below this share of tests with timings, the summary explains a known cause. */
export const LOW_MATCH = 0.5;
export const JEST_FILE_ATTRIBUTE = 'JEST_JUNIT_ADD_FILE_ATTRIBUTE=true';

/** Tests + timings + previous plan → the pinned plan. Pure apart from the data it is given. */
export function buildPlan(settings: PlanSettings, sources: PlanSources): PlanResult {
  const key = keyFor(settings.granularity, sources.root);
  const tests = [...new Set(sources.tests.map(key))].sort();
  const history = snapshots(settings.granularity, sources, key);
  const previous = previousPlan(settings.granularity, sources, key);
  const plan = planShards({
    tests,
    history: history.snapshots,
    ...(previous.plan ? { previous: previous.plan } : {}),
    shards: settings.shards,
    ...(settings.margin !== undefined ? { margin: settings.margin } : {})
  });
  const document = toPlanDocument(plan, { configId: settings.configId, runId: sources.runId, createdAt: sources.now.toISOString(), granularity: settings.granularity });
  const hints = plan.matchedShare < LOW_MATCH ? fileNameHints(sources, history.fileless) : [];
  return { plan, document, notes: [...history.notes, ...previous.notes], hints };
}

/**
 * Timings are matched by file, so a report that names no files (jest-junit's default) matches
 * nothing: "Timings matched 16.7%" with no reason given loses people. Say which report and the fix.
 */
function fileNameHints(sources: PlanSources, filelessRuns: number): string[] {
  const hints: string[] = [];
  for (const t of sources.timings) {
    if (t.files.size > 0 || !t.tests) continue;
    hints.push(
      t.producer === 'jest-junit'
        ? `${t.file} looks like jest-junit output without file names, so none of its ${t.tests} test times could be matched: run jest with ${JEST_FILE_ATTRIBUTE} (or addFileAttribute: "true" in the jest-junit reporter options).`
        : `${t.file} has ${t.tests} test times but no file names (the testcase file attribute), so none could be matched; with jest-junit, set ${JEST_FILE_ATTRIBUTE}.`
    );
  }
  if (filelessRuns > 0) {
    hints.push(`${filelessRuns} ${filelessRuns === 1 ? 'run' : 'runs'} in history recorded no test files: the JUnit reports the gate read name none. With jest-junit, set ${JEST_FILE_ATTRIBUTE} in the test job.`);
  }
  return hints;
}

/** The same test named the same way whatever source it came from: repo-relative, `/`-separated. */
function keyFor(granularity: Granularity, root: string): (raw: string) => string {
  return (raw) => {
    const file = normalizeTestPath(fileOf(raw), root);
    if (granularity === 'file') return file;
    const sep = raw.indexOf('::');
    return sep === -1 ? file : `${file}${raw.slice(sep)}`;
  };
}

function snapshots(granularity: Granularity, sources: PlanSources, key: (raw: string) => string): { snapshots: TimingSnapshot[]; notes: string[]; fileless: number } {
  const out: TimingSnapshot[] = [];
  const notes: string[] = [];
  for (const t of sources.timings) {
    const source = granularity === 'file' ? t.files : t.cases.size ? t.cases : t.files;
    out.push(rekey(source, key, granularity));
    notes.push(`timings: ${t.file} (${t.format}, ${source.size} entries)`);
  }
  const runs = sources.history?.runs ?? [];
  let used = 0;
  let fileless = 0;
  for (const run of runs) {
    const record = granularity === 'file' ? run.files : run.tests;
    if (run.tests && Object.keys(run.tests).length > 0 && (!run.files || Object.keys(run.files).length === 0)) fileless++;
    if (!record || Object.keys(record).length === 0) continue;
    out.push(rekey(new Map(Object.entries(record)), key, granularity));
    used++;
  }
  if (runs.length) notes.push(`timings: ${used} of ${runs.length} runs in history`);
  return { snapshots: out, notes, fileless };
}

/** Keys normalised; case timings summed per file when planning by file. */
function rekey(source: ReadonlyMap<string, number>, key: (raw: string) => string, granularity: Granularity): Map<string, number> {
  const out = new Map<string, number>();
  for (const [raw, seconds] of source) {
    const k = key(raw);
    out.set(k, granularity === 'file' ? (out.get(k) ?? 0) + seconds : seconds);
  }
  return out;
}

function previousPlan(granularity: Granularity, sources: PlanSources, key: (raw: string) => string): { plan?: PreviousPlan; notes: string[] } {
  if (sources.previous) {
    if (sources.previous.granularity !== granularity) return { notes: [`previous plan ignored: it was by ${sources.previous.granularity}, this plan is by ${granularity}`] };
    return { plan: { shards: sources.previous.shards.length, assignment: rekey(assignmentOf(sources.previous), key, 'case') }, notes: ['previous plan: given'] };
  }
  const recorded = sources.history?.plan;
  if (!recorded) return { notes: [] };
  if (recorded.granularity !== granularity) return { notes: [`previous plan in history ignored: it was by ${recorded.granularity}`] };
  return { plan: { shards: recorded.shards, assignment: new Map(Object.entries(recorded.assignment)) }, notes: ['previous plan: from history'] };
}
