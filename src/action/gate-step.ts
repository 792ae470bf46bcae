import { copyFile, mkdir, writeFile } from 'node:fs/promises';
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
import { toMetrics, type PipelineMetrics } from '../pipeline/metrics.js';
import type { ContainerScan } from '../pipeline/container-gate.js';
import { readPipeline } from '../shell/pipeline-advisor.js';
import { scanDockerfiles } from '../shell/dockerfiles.js';
import type { Runner } from './runner.js';

/** The job summary may hold 1 MiB per step; keep a margin for what other steps append. */
export const SUMMARY_BYTES = 1000 * 1024;

/** The gate job: inputs → engine → report → GitHub → history. */
export async function gateStep(inputs: ActionInputs, io: Runner): Promise<void> {
  const settings = resolveSettings(await loadConfigFile(inputs.configPath), inputs.overrides);
  const run = currentRun();
  if (run.policy.notice) io.notice(run.policy.notice);
  const store = inputs.history === 'cache' ? cacheStore(settings.configId, run) : undefined;
  const root = process.cwd();
  const pr = run.pullRequest;
  const base = pr?.baseSha ?? run.mergeGroup?.baseSha ?? run.dispatch?.baseRef;
  const change = base ? await changeAgainst(root, base) : undefined;
  const facts = pr ? { labels: pr.labels, body: pr.body, approvedBy: await approvers(settings, inputs.token, run, io) } : undefined;
  const measured = settings.measure ? await measureStep(settings.measure, io) : undefined;
  const pipeline = await pipelineStep(inputs.token, settings, run, io);
  const containers = await containerStep(root, settings, change);
  const read = await runGateJob(settings, {
    files: reportFiles(root),
    repo: await loadRepoPaths(root),
    ...(store ? { history: store } : {}),
    ...(change ? { change } : {}),
    ...(facts ? { pr: facts } : {}),
    ...(measured ? { measured } : {}),
    ...(pipeline ? { pipeline: { metrics: toMetrics(pipeline), details: pipeline } } : {}),
    ...(containers ? { containers } : {}),
    current: { sha: run.sha, runId: run.runId },
    // After a merge (and on schedules) the default-branch history is searched for level shifts.
    changePoints: !!run.historyWriteBranch || run.policy.changePoints
  });
  const plan = store ? (await new CachePlanStore(settings.configId, run.runId).load()).plan : undefined;
  const balance = plan ? shardBalance(plan, read.tests) : undefined;
  const outcome = balance ? { ...read, shards: balance } : read;
  const report = reportContext(settings, run, store?.description);

  // A fork PR cannot post its own results: its artifact then carries the input reports too, so the
  // workflow_run follow-up (command: publish) can judge them with the base repository's config.
  const forkInputs = run.pullRequest && !run.policy.checkSha ? outcome.files.map((f) => f.file) : [];
  const reportPath = await writeReport(outcome, settings, run, renderMarkdownBytes(outcome, report, SUMMARY_BYTES));
  const artifact = inputs.uploadReport ? await uploadReport(settings, run, root, forkInputs, io) : undefined;
  const delivered = await finishReport(outcome, reportPath, { ...report, ...(artifact?.url ? { artifactUrl: artifact.url } : {}) }, io);
  const published = await publishToGitHub({ token: inputs.token, settings, outcome, run, report: delivered }, io);
  if (store) await saveHistory(store, outcome, settings, run, io, plan);
  concludeStep(outcome, io);
  if (settings.failOnReportError) failOnReportErrors([...published.errors, ...(artifact?.error ? [artifact.error] : [])], io);
}

/**
 * The job summary (with the artifact link, when there is one) and the outputs; returns the context
 * the check run and comment render with.
 */
export async function finishReport(outcome: GateOutcome, reportPath: string, report: ReportContext, io: Runner): Promise<ReportContext> {
  await io.summary(renderMarkdownBytes(outcome, report, SUMMARY_BYTES));
  io.output('passed', String(outcome.verdict.passed));
  io.output('conclusion', outcome.verdict.conclusion);
  io.output('report', reportPath);
  io.output('summary', summaryLine(outcome));
  io.output('failed-gates', JSON.stringify(outcome.verdict.gates.filter(isBlocking).map((g) => g.gate)));
  io.output('regressions', JSON.stringify(regressionsOf(outcome)));
  for (const w of outcome.warnings) io.warning(w);
  return report;
}

/** Pipeline metrics, caches and step times of this run so far; a missing permission is a warning, never a failure. */
async function pipelineStep(token: string, settings: ResolvedSettings, run: RunContext, io: Runner): Promise<PipelineMetrics | undefined> {
  const identity = { owner: run.owner, repo: run.repo, runId: run.runId, attempt: run.attempt, sha: run.sha };
  return readPipeline({ token, run: identity, env: process.env, settings: settings.pipeline, now: Date.now, warn: io.warning });
}

/** The Dockerfiles (on a pull request only the changed ones) and what the container rules find in them. */
async function containerStep(root: string, settings: ResolvedSettings, change: { files?: readonly { newPath: string | null }[] } | undefined): Promise<ContainerScan | undefined> {
  if (!settings.container || settings.pipeline.maxDockerfiles === 0) return undefined;
  const changed = change?.files?.flatMap((f) => (f.newPath ? [f.newPath] : []));
  return scanDockerfiles(root, { maxFiles: settings.pipeline.maxDockerfiles, exclude: settings.container.exclude, ...(changed ? { changed } : {}) });
}

/**
 * The report artifact: report.json and report.md (as written by writeReport), plus the input reports when this run cannot
 * post its results itself. Outside Actions (or on any upload failure) it is skipped with a notice.
 */
async function uploadReport(settings: ResolvedSettings, run: RunContext, root: string, inputsToCarry: readonly string[], io: Runner): Promise<{ url?: string; error?: string }> {
  const dir = reportDir(settings);
  const files = [path.join(dir, 'report.json'), path.join(dir, 'report.md')];
  if (inputsToCarry.length) files.push(...(await stageInputs(root, dir, inputsToCarry, run)));
  // Loaded only here: @actions/artifact is large and most commands never upload.
  const { uploadReportArtifact } = await import('../shell/report-artifact.js');
  const result = await uploadReportArtifact({ name: reportArtifactName(settings.configId), rootDirectory: dir, files });
  if (!result.uploaded) {
    io.notice(`Report artifact not uploaded: ${result.reason}.`);
    return { error: `Could not upload the report artifact: ${result.reason}` };
  }
  io.info(`Report artifact "${result.name}" uploaded (${result.size} bytes${inputsToCarry.length ? `, with ${inputsToCarry.length} input reports for the publish step` : ''}).`);
  return { url: `${run.runUrl}/artifacts/${result.id}` };
}

/** Copies the input reports under `inputs/` (same relative paths) with the PR facts the publish step checks. */
async function stageInputs(root: string, dir: string, files: readonly string[], run: RunContext): Promise<string[]> {
  const staged: string[] = [];
  for (const file of files) {
    const from = path.resolve(root, file);
    const rel = path.relative(root, from);
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    const to = path.join(dir, PUBLISH_INPUTS, rel);
    await mkdir(path.dirname(to), { recursive: true });
    await copyFile(from, to);
    staged.push(to);
  }
  const pr = run.pullRequest;
  const context = path.join(dir, PUBLISH_CONTEXT);
  await writeFile(context, `${JSON.stringify({ schema: 'pipeline-gates/publish', version: 1, prNumber: pr?.number, headSha: run.sha, baseSha: pr?.baseSha ?? null, runId: run.runId }, null, 2)}\n`);
  return [...staged, context];
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

export function reportContext(settings: ResolvedSettings, run: RunContext, historyStore: string | undefined): ReportContext {
  const repoUrl = `${run.serverUrl}/${run.owner}/${run.repo}`;
  return { title: settings.checkName, sha: run.sha, repoUrl, runUrl: run.runUrl, ...(historyStore ? { historyStore } : {}) };
}

/** Where this config's report files go: under RUNNER_TEMP on a runner. */
function reportDir(settings: ResolvedSettings): string {
  return path.join(process.env.RUNNER_TEMP ?? path.join(process.cwd(), '.pipeline-gates'), 'pipeline-gates', settings.configId);
}

/** The artifact both the gate step uploads and the publish step downloads. */
export function reportArtifactName(configId: string): string {
  return `pipeline-gates-report-${configId}`;
}
export const PUBLISH_INPUTS = 'inputs';
export const PUBLISH_CONTEXT = 'publish.json';

export async function writeReport(outcome: GateOutcome, settings: ResolvedSettings, run: RunContext, markdown: string): Promise<string> {
  const dir = reportDir(settings);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'report.json');
  const json = buildJsonReport(outcome, settings.configId, { sha: run.sha, event: run.eventName, runUrl: run.runUrl });
  await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
  await writeFile(path.join(dir, 'report.md'), markdown);
  return file;
}

export async function saveHistory(store: CacheHistoryStore, outcome: GateOutcome, settings: ResolvedSettings, run: RunContext, io: Runner, plan: PlanDocument | undefined): Promise<void> {
  if (!run.policy.historyWrite.allowed) {
    io.info(`History not saved: ${run.policy.historyWrite.reason}.`);
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

/** The exit code follows the gates and unreadable reports. */
function concludeStep(outcome: GateOutcome, io: Runner): void {
  for (const p of outcome.problems) io.problem(p);
  const blocking = outcome.verdict.gates.filter(isBlocking);
  if (outcome.problems.length) io.fail(`Unreadable reports: ${outcome.problems.map(formatProblem).join('; ')}`);
  else if (blocking.length) io.fail(blocking.map((g) => `Gate "${g.gate}" failed: ${g.message}`).join('\n'));
}

/** With fail-on-report-error, anything not delivered fails the step too. */
export function failOnReportErrors(errors: readonly string[], io: Runner): void {
  if (errors.length) io.fail(errors.map((e) => `${e} (fail-on-report-error is on)`).join('\n'));
}
