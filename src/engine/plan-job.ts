import { splitPatterns } from '../model/globs.js';
import { boundedNumber, cap, choice, seconds, type Namer } from '../config/values.js';
import type { TimingHistory } from '../model/history.js';
import type { HistoryStore } from '../model/history-store.js';
import type { RepoPaths } from '../ingest/paths.js';
import { readTimings, type ImportedTimings } from '../ingest/timings.js';
import { formatProblem, UsageError } from '../model/problems.js';
import { assignmentOf, toPlanDocument, type Granularity, type PlanDocument, type PlanResult } from '../planner/document.js';
import { fileOf, normalizeTestPath, parseTestList, planShards } from '../planner/index.js';
import type { AutoShards, Plan, PreviousPlan, TimingSnapshot } from '../planner/types.js';
import { percent } from '../model/format.js';
import { requireFiles, resolvePatterns, type ReportFiles } from './files.js';

/**
 * The plan command, for the CLI (`pipeline-gates plan`) and the action's plan job alike: list the
 * tests, import timings, read history, split. Each side only maps its options to `PlanOptionsText`,
 * supplies the I/O below and prints or posts the result.
 */

/** The plan options as typed (flags and inputs share these names). */
export interface PlanOptionsText {
  readonly tests?: readonly string[];
  readonly 'tests-file'?: string;
  readonly 'tests-command'?: string;
  readonly shards?: string;
  readonly 'target-seconds'?: string;
  readonly 'overhead-seconds'?: string;
  readonly 'max-shards'?: string;
  readonly granularity?: string;
  readonly timings?: readonly string[];
}

export interface PlanJobSettings extends PlanSettings {
  /** Test file globs (`!` excludes), a file listing tests, a command printing them. */
  readonly tests: { readonly globs: readonly string[]; readonly file?: string; readonly command?: string };
  /** Timing file globs, oldest first. */
  readonly timings: readonly string[];
  /** How messages name the options: flags or inputs. */
  readonly name: Namer;
}

/** The typed settings, or a UsageError naming the option as the user gave it. */
export function planSettings(o: PlanOptionsText, configId: string, name: Namer): PlanJobSettings {
  return {
    configId,
    granularity: choice(o.granularity, name('granularity'), ['file', 'case'] as const) ?? 'file',
    shards: shardCount(o, name),
    tests: { globs: o.tests ?? [], ...(o['tests-file'] ? { file: o['tests-file'] } : {}), ...(o['tests-command'] ? { command: o['tests-command'] } : {}) },
    timings: o.timings ?? [],
    name
  };
}

/** `N`, or `auto` with a target and overhead (GitHub allows 256 jobs per matrix). */
function shardCount(o: PlanOptionsText, name: Namer): number | AutoShards {
  if (o.shards === undefined || o.shards === '') throw new UsageError(`plan needs ${name('shards')} N or ${name('shards')} auto ${name('target-seconds')} S.`);
  if (o.shards !== 'auto') {
    const n = boundedNumber(o.shards, name('shards'), 1, 256, 'a number from 1 to 256, or auto');
    return n as number;
  }
  const targetSeconds = seconds(o['target-seconds'], name('target-seconds'));
  if (targetSeconds === undefined) throw new UsageError(`${cap(name('shards'))} auto needs ${name('target-seconds')} (the wall time one shard job should stay under).`);
  const maxShards = boundedNumber(o['max-shards'], name('max-shards'), 1, 256) ?? 256;
  return { targetSeconds, overheadSeconds: seconds(o['overhead-seconds'], name('overhead-seconds')) ?? 0, maxShards };
}

/** What the plan job reads besides its settings. */
export interface PlanIo {
  readonly files: ReportFiles;
  readonly repo: RepoPaths;
  /** The tests file's text (one test per line). */
  readTestsFile(file: string): Promise<string>;
  /** What the tests command prints, run without a shell. */
  testsCommandOutput(line: string): Promise<string>;
  readonly history?: Pick<HistoryStore, 'restore'>;
  /** An explicit previous plan (CLI --previous-plan); else the one recorded in history. */
  readonly previous?: PlanDocument;
  readonly root: string;
  readonly runId: string;
  readonly now: Date;
  /** A monotonic clock in milliseconds, to report how long planning took. */
  readonly clock?: () => number;
}

export interface PlanJobResult extends PlanResult {
  /** Timings entries left out (a time that is not a duration) and history that could not be read, one sentence each. */
  readonly warnings: readonly string[];
  /** A history store was asked and held nothing (and said nothing went wrong). */
  readonly historyMiss: boolean;
  readonly planningMs?: number;
}

export async function runPlanJob(settings: PlanJobSettings, io: PlanIo): Promise<PlanJobResult> {
  const tests = await listTests(settings, io);
  const timings: ImportedTimings[] = [];
  const warnings: string[] = [];
  for (const file of await requireFiles(settings.timings, io.files, settings.name('timings'))) {
    const t = await readTimings(file, io.files.open, { repo: io.repo });
    if (t.problems.length) throw new UsageError(`Timings file ${file} could not be read.`, t.problems);
    warnings.push(...(t.warnings ?? []).map(formatProblem));
    timings.push(t);
  }
  const history = io.history ? await io.history.restore() : undefined;
  warnings.push(...(history?.warnings ?? []));
  const started = io.clock?.();
  const result = buildPlan(settings, {
    tests,
    timings,
    ...(history?.history ? { history: history.history } : {}),
    ...(io.previous ? { previous: io.previous } : {}),
    root: io.root,
    runId: io.runId,
    now: io.now
  });
  const planningMs = started === undefined || !io.clock ? undefined : io.clock() - started;
  const historyMiss = !!history && !history.history && !history.warnings.length;
  return { ...result, warnings, historyMiss, ...(planningMs !== undefined ? { planningMs } : {}) };
}

/** The tests to plan, as listed; an empty list is an error naming where we looked. */
async function listTests(settings: PlanJobSettings, io: PlanIo): Promise<string[]> {
  const { globs, file, command } = settings.tests;
  const { name } = settings;
  if (!globs.length && !file && !command) throw new UsageError(`No tests to plan: give ${name('tests')}, ${name('tests-file')} or ${name('tests-command')}.`);
  const tests = [...(await resolvePatterns(globs, io.files)).matched];
  if (file) tests.push(...parseTestList(await io.readTestsFile(file)));
  if (command) tests.push(...parseTestList(await io.testsCommandOutput(command)));
  if (tests.length === 0) {
    const where = [...splitPatterns(globs).include.map((g) => `"${g}"`), file, command && `the output of "${command}"`].filter(Boolean).join(', ');
    throw new UsageError(`No tests found: ${where} listed none.`);
  }
  return tests;
}

/** Never a silent fallback: how much of the plan rests on real timings, when that is worth saying. */
export function matchingNote(plan: Plan): { level: 'warning' | 'notice'; text: string } | undefined {
  if (plan.matchedShare === 0) return { level: 'warning', text: 'No test had timings yet: the shards are split evenly by count. History fills in after the first default-branch run with the gate job.' };
  if (plan.matchedShare < 0.8) return { level: 'notice', text: `Timings matched ${percent(plan.matchedShare, 1)} of tests; ${plan.unmatched.slice(0, 3).join(', ')}${plan.unmatched.length > 3 ? ' …' : ''} had none.` };
  return undefined;
}

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
