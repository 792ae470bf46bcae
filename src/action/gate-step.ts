import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { needsApproval, resolveSettings, type ResolvedSettings } from '../config/settings.js';
import { runGateJob } from '../engine/gate-job.js';
import { describeMeasured, runMeasureJob } from '../engine/measure-job.js';
import { PUBLISH_CONTEXT, PUBLISH_INPUTS, publishContextDocument, reportArtifactName } from '../engine/publish-job.js';
import { saveHistoryAfterRun } from '../engine/record.js';
import { createClient } from '../github/octokit.js';
import { listApprovers } from '../github/reviews.js';
import type { RunContext } from '../github/run-context.js';
import type { CacheHistoryStore } from '../history/cache-store.js';
import { CachePlanStore } from '../history/plan-store.js';
import type { BenchmarkResult } from '../model/benchmarks.js';
import { formatProblem } from '../model/problems.js';
import { isBlocking } from '../model/verdict.js';
import type { ContainerScan } from '../pipeline/container-gate.js';
import { toMetrics, type PipelineMetrics } from '../pipeline/metrics.js';
import type { PlanDocument } from '../planner/document.js';
import { splitCommand } from '../shell/command.js';
import { loadConfigFile } from '../shell/config-file.js';
import { scanDockerfiles } from '../shell/dockerfiles.js';
import { changeAgainst } from '../shell/git-change.js';
import { measureIo } from '../shell/measure.js';
import { readPipeline } from '../shell/pipeline-advisor.js';
import { reportFiles } from '../shell/report-files.js';
import { loadRepoPaths } from '../shell/repo.js';
import { workDir } from '../shell/work-dir.js';
import { cacheStore, currentRun } from './context.js';
import type { ActionInputs } from './inputs.js';
import { publishToGitHub } from './publish.js';
import { failOnReportErrors, finishReport, reportContext, reportDir, writeReport } from './report-output.js';
import type { Runner } from './runner.js';
import { type GateOutcome } from '../model/outcome.js';

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
  const plan = store ? (await new CachePlanStore(settings.configId, run.runId).load()).plan : undefined;
  const outcome = await runGateJob(settings, {
    files: reportFiles(root),
    repo: await loadRepoPaths(root),
    ...(store ? { history: store } : {}),
    ...(change ? { change } : {}),
    ...(facts ? { pr: facts } : {}),
    ...(measured ? { measured } : {}),
    ...(pipeline ? { pipeline: { metrics: toMetrics(pipeline), details: pipeline } } : {}),
    ...(containers ? { containers } : {}),
    ...(plan ? { plan } : {}),
    current: { sha: run.sha, runId: run.runId },
    // After a merge (and on schedules) the default-branch history is searched for level shifts.
    changePoints: !!run.historyWriteBranch || run.policy.changePoints
  });
  const report = reportContext(settings, run, store?.description);

  // A fork PR cannot post its own results: its artifact then carries the input reports too, so the
  // workflow_run follow-up (command: publish) can judge them with the base repository's config.
  const forkInputs = run.pullRequest && !run.policy.checkSha ? outcome.files.map((f) => f.file) : [];
  const reportPath = await writeReport(outcome, settings, run, report);
  const artifact = inputs.uploadReport ? await uploadReport(settings, run, root, forkInputs, io) : undefined;
  const delivered = await finishReport(outcome, reportPath, { ...report, ...(artifact?.url ? { artifactUrl: artifact.url } : {}) }, io);
  const published = await publishToGitHub({ token: inputs.token, settings, outcome, run, report: delivered }, io);
  if (store) await saveHistory(store, outcome, settings, run, io, plan);
  concludeStep(outcome, io);
  if (settings.failOnReportError) failOnReportErrors([...published.errors, ...(artifact?.error ? [artifact.error] : [])], io);
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
  const dir = reportDir(settings.configId);
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
  await writeFile(context, `${JSON.stringify(publishContextDocument({ ...(pr ? { prNumber: pr.number, baseSha: pr.baseSha } : {}), headSha: run.sha, runId: run.runId }), null, 2)}\n`);
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
  const settings = { argv: splitCommand(m.command), runs: m.runs, warmup: m.warmup, name: m.name, out: workDir('measure'), ...(m['base-dir'] ? { baseDir: m['base-dir'] } : {}) };
  const measured = await runMeasureJob(settings, measureIo(process.cwd(), settings.baseDir));
  for (const w of measured.warnings) io.warning(w);
  io.info(describeMeasured(measured).trimEnd());
  return { head: measured.head, base: measured.base ?? [] };
}

async function saveHistory(store: CacheHistoryStore, outcome: GateOutcome, settings: ResolvedSettings, run: RunContext, io: Runner, plan: PlanDocument | undefined): Promise<void> {
  const write = run.policy.historyWrite;
  const saved = await saveHistoryAfterRun(store, outcome, { configId: settings.configId, run, now: new Date(), maxRuns: settings.maxRuns, ...(plan ? { plan } : {}), ...(write.allowed ? {} : { refused: write.reason }) });
  for (const w of saved.warnings) io.warning(w);
  (saved.status === 'failed' ? io.warning : io.info)(saved.message);
}

/** The exit code follows the gates and unreadable reports. */
function concludeStep(outcome: GateOutcome, io: Runner): void {
  for (const p of outcome.problems) io.problem(p);
  const blocking = outcome.verdict.gates.filter(isBlocking);
  if (outcome.problems.length) io.fail(`Unreadable reports: ${outcome.problems.map(formatProblem).join('; ')}`);
  else if (blocking.length) io.fail(blocking.map((g) => `Gate "${g.gate}" failed: ${g.message}`).join('\n'));
}
