import { randomBytes } from 'node:crypto';
import { reportOverrides, resolveSettings, type ResolvedSettings } from '../config/settings.js';
import { flagName } from '../config/values.js';
import { runGateJob } from '../engine/gate-job.js';
import type { GateOutcome } from '../model/outcome.js';
import { saveHistoryAfterRun } from '../engine/record.js';
import { LocalHistoryStore } from '../history/local-store.js';
import { recordDecision, type RecordDecision } from '../history/record-rule.js';
import { formatProblem, UsageError } from '../model/problems.js';
import { buildJsonReport } from '../report/json-report.js';
import { renderMarkdown } from '../report/summary.js';
import { loadConfigFile } from '../shell/config-file.js';
import { branchFacts } from '../shell/git-branch.js';
import { changeAgainst, git } from '../shell/git-change.js';
import { reportFiles } from '../shell/report-files.js';
import { loadRepoPaths } from '../shell/repo.js';
import type { GATE, OptionValues } from './commands.js';
import { EXIT, type CliStreams } from './streams.js';

type GateValues = OptionValues<typeof GATE>;

/** `pipeline-gates gate`: the gate job on local files, with a local history folder. */
export async function gateCommand(values: GateValues, io: CliStreams): Promise<number> {
  const settings = resolveSettings(await loadConfigFile(values.config), reportOverrides(values, flagName));
  const root = process.cwd();
  const local = await localHistory(values, settings, root);
  // A missing or mistyped --base is exit 2 here, where the action would only note it.
  const change = values.base ? await changeAgainst(root, values.base, 'error') : undefined;
  // Labels and a body make the local run behave like the PR would (waivers, approvals).
  const pr = values.label || values['pr-body'] !== undefined ? { labels: values.label ?? [], body: values['pr-body'] ?? '', approvedBy: [] } : undefined;
  // Unique even for runs started in the same millisecond: a history keeps one entry per run id.
  const runId = `local-${Date.now()}-${randomBytes(3).toString('hex')}`;
  const outcome = await runGateJob(settings, {
    files: reportFiles(root),
    repo: await loadRepoPaths(root),
    ...(local ? { history: local.store, current: { sha: local.sha, runId } } : {}),
    ...(change ? { change } : {}),
    ...(pr ? { pr } : {}),
    changePoints: !!values['change-points']
  });

  if (values.json) io.out(`${JSON.stringify(buildJsonReport(outcome, settings.configId), null, 2)}\n`);
  else io.out(renderMarkdown(outcome, { title: settings.checkName, ...(local ? { historyStore: local.store.description } : {}) }, Infinity));
  for (const w of outcome.warnings) io.err(`warning: ${w}\n`);
  for (const p of outcome.problems) io.err(`error: ${formatProblem(p)}\n`);

  if (local) await recordLocally(local, outcome, settings, runId, io);
  if (!values.json) io.out(`\nVerdict: ${outcome.verdict.passed ? 'PASSED' : 'FAILED'} (${outcome.verdict.conclusion})\n`);
  if (outcome.problems.length) return EXIT.badInput;
  return outcome.verdict.passed ? EXIT.passed : EXIT.failed;
}

interface LocalHistory {
  readonly store: LocalHistoryStore;
  readonly recording: RecordDecision;
  readonly sha: string;
}

/** The --history store, whether this run goes into it, and HEAD; worked out before any report is read. */
async function localHistory(values: GateValues, settings: ResolvedSettings, root: string): Promise<LocalHistory | undefined> {
  if (values.record && values['no-record']) throw new UsageError('--record and --no-record cannot be given together.');
  if (!values.history) return undefined;
  const store = new LocalHistoryStore(values.history, settings.configId, { maxRuns: settings.maxRuns });
  await store.check();
  const flags = { record: !!values.record, noRecord: !!values['no-record'], ...(values['default-branch'] ? { defaultBranch: values['default-branch'] } : {}) };
  return { store, recording: recordDecision(flags, await branchFacts(root)), sha: (await git(root, ['rev-parse', 'HEAD'])) ?? '' };
}

/** Saves the run into --history when the record rule allows it, saying why not when it does not. */
async function recordLocally({ store, recording, sha }: LocalHistory, outcome: GateOutcome, settings: ResolvedSettings, runId: string, io: CliStreams): Promise<void> {
  if (!recording.record) return io.err(`History not recorded: ${recording.reason}.\n`);
  const run = { runId, sha, attempt: 1, ref: recording.ref, runUrl: '' };
  const saved = await saveHistoryAfterRun(store, outcome, { configId: settings.configId, run, now: new Date(), maxRuns: settings.maxRuns });
  for (const w of saved.warnings) io.err(`warning: ${w}\n`);
  if (saved.status !== 'saved') io.err(`${saved.message}\n`);
}
