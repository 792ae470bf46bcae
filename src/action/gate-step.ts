import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { needsApproval, resolveSettings, type ResolvedSettings } from '../config/settings.js';
import { createClient } from '../github/octokit.js';
import { listApprovers } from '../github/reviews.js';
import type { BenchmarkResult } from '../model/benchmarks.js';
import { isBlocking } from '../model/verdict.js';
import { splitCommand } from '../shell/command.js';
import { changeAgainst } from '../shell/git-change.js';
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
  const pr = run.pullRequest;
  const change = pr?.baseSha ? await changeAgainst(root, pr.baseSha) : undefined;
  const facts = pr ? { labels: pr.labels, body: pr.body, approvedBy: await approvers(settings, inputs.token, run, io) } : undefined;
  const measured = settings.measure ? await measureStep(settings.measure, io) : undefined;
  const read = await runGateJob(settings, {
    files: reportFiles(root),
    repo: await loadRepoPaths(root),
    ...(store ? { history: store } : {}),
    ...(change ? { change } : {}),
    ...(facts ? { pr: facts } : {}),
    ...(measured ? { measured } : {}),
    current: { sha: run.sha, runId: run.runId },
    // After a merge (and on schedules) the default-branch history is searched for level shifts.
    changePoints: !!run.historyWriteBranch || run.eventName === 'schedule'
  });
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
  io.output('summary', summaryLine(outcome));
  io.output('failed-gates', JSON.stringify(outcome.verdict.gates.filter(isBlocking).map((g) => g.gate)));
  io.output('regressions', JSON.stringify(regressionsOf(outcome)));
  for (const w of outcome.warnings) io.warning(w);

  await publishToGitHub({ token: inputs.token, settings, outcome, run, report }, io);
  if (store) await saveHistory(store, outcome, settings, run, io, plan);
  concludeStep(outcome, io);
}

/** Approving reviewers, fetched only when a gate can need them; a failure leaves the gate unapproved. */
async function approvers(settings: ResolvedSettings, token: string, run: RunContext, io: Runner): Promise<string[]> {
  if (!run.pullRequest || !token || !needsApproval(settings)) return [];
  try {
    const client = createClient(token, { onLimit: io.warning });
    return await listApprovers(client, { owner: run.owner, repo: run.repo, pullNumber: run.pullRequest.number });
  } catch (err) {
    io.warning(`Could not read the pull request's reviews (${(err as Error).message.split('\n', 1)[0]}): require-approval gates count it as not approved.`);
    return [];
  }
}

/** The configured command, timed here (ABBA against base-dir when given), as benchmarks. */
async function measureStep(m: NonNullable<ResolvedSettings['measure']>, io: Runner): Promise<{ head: BenchmarkResult[]; base: BenchmarkResult[] }> {
  const out = path.join(process.env.RUNNER_TEMP ?? path.join(process.cwd(), '.pipeline-gates'), 'pipeline-gates', 'measure');
  // Loaded only when a measure command is configured: it is not on the usual gate path.
  const { describeMeasured, measure } = await import('../shell/measure-job.js');
  const measured = await measure(
    { argv: splitCommand(m.command), runs: m.runs, warmup: m.warmup, name: m.name, out, ...(m['base-dir'] ? { baseDir: m['base-dir'] } : {}) },
    { err: (t) => io.warning(t.replace(/^warning: /, '').trimEnd()) }
  );
  io.info(describeMeasured(measured).trimEnd());
  return { head: measured.head, base: measured.base ?? [] };
}

/** The outputs' one-line summary: what a notification or a later step can show. */
export function summaryLine(outcome: GateOutcome): string {
  const c = outcome.tests.counts;
  const tests = `${c.total} tests, ${c.failed + c.errors} failed`;
  const failed = outcome.verdict.gates.filter(isBlocking).map((g) => g.gate);
  const warned = outcome.verdict.gates.filter((g) => g.status === 'warning').map((g) => g.gate);
  return [tests, failed.length ? `failed: ${failed.join(', ')}` : 'passed', ...(warned.length ? [`warnings: ${warned.join(', ')}`] : [])].join('; ');
}

function regressionsOf(outcome: GateOutcome): Array<Record<string, unknown>> {
  return (outcome.performance?.comparisons ?? []).filter((c) => c.verdict === 'regression').map((c) => ({ name: c.name, ratio: c.ratio, ci: c.ci, qValue: c.qValue }));
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
  const blocking = outcome.verdict.gates.filter(isBlocking);
  if (outcome.problems.length) io.fail(`Unreadable reports: ${outcome.problems.map(formatProblem).join('; ')}`);
  else if (blocking.length) io.fail(blocking.map((g) => `Gate "${g.gate}" failed: ${g.message}`).join('\n'));
}
