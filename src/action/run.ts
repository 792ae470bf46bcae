import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveSettings, type ResolvedSettings } from '../config/settings.js';
import { historyAfterRun } from '../engine/record.js';
import { runGateJob, type GateOutcome } from '../engine/gate-job.js';
import { describeRun, type RunContext } from '../github/run-context.js';
import { CacheHistoryStore } from '../history/cache-store.js';
import { formatProblem } from '../model/problems.js';
import { buildJsonReport } from '../report/json-report.js';
import { renderMarkdownBytes, type ReportContext } from '../report/summary.js';
import { loadConfigFile, UsageError } from '../shell/config-file.js';
import { reportFiles } from '../shell/report-files.js';
import { loadRepoPaths } from '../shell/repo.js';
import { readInputs } from './inputs.js';
import { publishToGitHub } from './publish.js';
import { runner, type Runner } from './runner.js';

/** The job summary may hold 1 MiB per step; keep a margin for what other steps append. */
const SUMMARY_BYTES = 1000 * 1024;

/** The Action: inputs → engine → report → GitHub → history. Anything thrown fails the step. */
export async function runAction(io: Runner = runner): Promise<void> {
  try {
    const inputs = readInputs(io.input);
    if (inputs.command !== 'gate') {
      throw new UsageError(`The "${inputs.command}" command is not available in this version yet; use command: gate.`);
    }
    const settings = resolveSettings(await loadConfigFile(inputs.configPath), inputs.overrides);
    const run = describeRun(process.env, readEventPayload(process.env.GITHUB_EVENT_PATH));
    const store = inputs.history === 'cache' ? cacheStore(settings, run) : undefined;
    const root = process.cwd();
    const outcome = await runGateJob(settings, { files: reportFiles(root), repo: await loadRepoPaths(root), ...(store ? { history: store } : {}) });
    const report = reportContext(settings, run, store?.description);

    const markdown = renderMarkdownBytes(outcome, report, SUMMARY_BYTES);
    const reportPath = await writeReport(outcome, settings, run, markdown);
    await io.summary(markdown);
    io.output('passed', String(outcome.verdict.passed));
    io.output('conclusion', outcome.verdict.conclusion);
    io.output('report', reportPath);
    for (const w of outcome.warnings) io.warning(w);

    await publishToGitHub({ token: inputs.token, settings, outcome, run, report }, io);
    if (store) await saveHistory(store, outcome, settings, run, io);
    concludeStep(outcome, io);
  } catch (err) {
    failStep(err, io);
  }
}

function cacheStore(settings: ResolvedSettings, run: RunContext): CacheHistoryStore {
  return new CacheHistoryStore({
    configId: settings.configId,
    readBranches: run.historyReadBranches,
    ...(run.historyWriteBranch ? { writeBranch: run.historyWriteBranch } : {}),
    runId: run.runId,
    attempt: run.attempt
  });
}

function reportContext(settings: ResolvedSettings, run: RunContext, historyStore: string | undefined): ReportContext {
  const repoUrl = `${run.serverUrl}/${run.owner}/${run.repo}`;
  return { title: settings.checkName, sha: run.sha, repoUrl, runUrl: run.runUrl, ...(historyStore ? { historyStore } : {}) };
}

function readEventPayload(file: string | undefined): unknown {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`The event payload ${file} could not be read: ${(err as Error).message}.`);
  }
}

async function writeReport(outcome: GateOutcome, settings: ResolvedSettings, run: RunContext, markdown: string): Promise<string> {
  const dir = path.join(process.env.RUNNER_TEMP ?? path.join(process.cwd(), '.pipeline-gates'), 'pipeline-gates', settings.configId);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'report.json');
  const json = buildJsonReport(outcome, settings.configId, { sha: run.sha, event: run.eventName, runUrl: run.runUrl });
  await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
  await writeFile(path.join(dir, 'report.md'), markdown);
  return file;
}

async function saveHistory(store: CacheHistoryStore, outcome: GateOutcome, settings: ResolvedSettings, run: RunContext, io: Runner): Promise<void> {
  if (!run.historyWriteBranch) {
    io.info(`History not saved: only pushes to the default branch write it (this is a ${run.eventName || 'local'} run).`);
    return;
  }
  const update = historyAfterRun(outcome, settings.configId, run, new Date(), settings.maxRuns);
  if (!update.save) {
    io.info(`History not saved: ${update.reason}.`);
    return;
  }
  const result = await store.save(update.history);
  (result.saved ? io.info : io.warning)(`History ${result.saved ? 'saved' : 'not saved'}: ${result.detail}.`);
}

function concludeStep(outcome: GateOutcome, io: Runner): void {
  for (const p of outcome.problems) io.problem(p);
  const blocking = outcome.verdict.gates.filter((g) => g.status === 'failed' && g.action === 'block');
  if (outcome.problems.length) io.fail(`Unreadable reports: ${outcome.problems.map(formatProblem).join('; ')}`);
  else if (blocking.length) io.fail(blocking.map((g) => `Gate "${g.gate}" failed: ${g.message}`).join('\n'));
}

function failStep(err: unknown, io: Runner): void {
  if (err instanceof UsageError) {
    for (const p of err.problems) io.problem(p);
    io.fail([err.message, ...err.problems.map(formatProblem)].join('\n'));
    return;
  }
  // Anything else, thrown strings included, still fails the step with something readable.
  io.fail(`Pipeline Gates stopped unexpectedly: ${err instanceof Error ? err.message : String(err)}`);
}
