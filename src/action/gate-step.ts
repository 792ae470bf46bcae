import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveSettings, type ResolvedSettings } from '../config/settings.js';
import { historyAfterRun } from '../engine/record.js';
import { runGateJob, type GateOutcome } from '../engine/gate-job.js';
import type { RunContext } from '../github/run-context.js';
import type { CacheHistoryStore } from '../history/cache-store.js';
import { CachePlanStore } from '../history/plan-store.js';
import type { PlanDocument } from '../planner/document.js';
import { shardBalance } from '../engine/shard-balance.js';
import { formatProblem } from '../model/problems.js';
import { buildJsonReport } from '../report/json-report.js';
import { renderMarkdownBytes, type ReportContext } from '../report/summary.js';
import { loadConfigFile } from '../shell/config-file.js';
import { reportFiles } from '../shell/report-files.js';
import { loadRepoPaths } from '../shell/repo.js';
import { cacheStore, currentRun } from './context.js';
import type { ActionInputs } from './inputs.js';
import { publishToGitHub } from './publish.js';
import type { Runner } from './runner.js';

/** The job summary may hold 1 MiB per step; keep a margin for what other steps append. */
const SUMMARY_BYTES = 1000 * 1024;

/** The gate job: inputs → engine → report → GitHub → history. */
export async function gateStep(inputs: ActionInputs, io: Runner): Promise<void> {
  const settings = resolveSettings(await loadConfigFile(inputs.configPath), inputs.overrides);
  const run = currentRun();
  const store = inputs.history === 'cache' ? cacheStore(settings.configId, run) : undefined;
  const root = process.cwd();
  const read = await runGateJob(settings, { files: reportFiles(root), repo: await loadRepoPaths(root), ...(store ? { history: store } : {}) });
  const plan = store ? (await new CachePlanStore(settings.configId, run.runId).load()).plan : undefined;
  const balance = plan ? shardBalance(plan, read.tests) : undefined;
  const outcome = balance ? { ...read, shards: balance } : read;
  const report = reportContext(settings, run, store?.description);

  const markdown = renderMarkdownBytes(outcome, report, SUMMARY_BYTES);
  const reportPath = await writeReport(outcome, settings, run, markdown);
  await io.summary(markdown);
  io.output('passed', String(outcome.verdict.passed));
  io.output('conclusion', outcome.verdict.conclusion);
  io.output('report', reportPath);
  for (const w of outcome.warnings) io.warning(w);

  await publishToGitHub({ token: inputs.token, settings, outcome, run, report }, io);
  if (store) await saveHistory(store, outcome, settings, run, io, plan);
  concludeStep(outcome, io);
}

function reportContext(settings: ResolvedSettings, run: RunContext, historyStore: string | undefined): ReportContext {
  const repoUrl = `${run.serverUrl}/${run.owner}/${run.repo}`;
  return { title: settings.checkName, sha: run.sha, repoUrl, runUrl: run.runUrl, ...(historyStore ? { historyStore } : {}) };
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

async function saveHistory(store: CacheHistoryStore, outcome: GateOutcome, settings: ResolvedSettings, run: RunContext, io: Runner, plan: PlanDocument | undefined): Promise<void> {
  if (!run.historyWriteBranch) {
    io.info(`History not saved: only pushes to the default branch write it (this is a ${run.eventName || 'local'} run).`);
    return;
  }
  const update = historyAfterRun(outcome, settings.configId, run, new Date(), settings.maxRuns, plan);
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
