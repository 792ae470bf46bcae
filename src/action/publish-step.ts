import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveSettings } from '../config/settings.js';
import { runGateJob } from '../engine/gate-job.js';
import { createClient } from '../github/octokit.js';
import type { RunContext } from '../github/run-context.js';
import { loadConfigFile, UsageError } from '../shell/config-file.js';
import { reportFiles } from '../shell/report-files.js';
import { loadRepoPaths } from '../shell/repo.js';
import { cacheStore, currentRun } from './context.js';
import { failOnReportErrors, finishReport, PUBLISH_CONTEXT, PUBLISH_INPUTS, reportArtifactName, reportContext, SUMMARY_BYTES, writeReport } from './gate-step.js';
import { renderMarkdownBytes } from '../report/summary.js';
import type { ActionInputs } from './inputs.js';
import { publishToGitHub } from './publish.js';
import type { Runner } from './runner.js';

/**
 * `command: publish`, the `workflow_run` follow-up for fork pull requests. The fork's run had a
 * read-only token, so it uploaded its input reports in the report artifact. Here, with the base
 * repository's token and config (this workflow runs on the default branch), the reports are judged
 * again by our own parsers and renderers — the fork's artifact is data, never markdown or code we
 * pass on — and the check run and comment go to the PR head SHA.
 */
export async function publishStep(inputs: ActionInputs, io: Runner): Promise<void> {
  const run = currentRun();
  const triggering = run.workflowRun;
  if (!triggering) throw new UsageError(`command: publish runs in a workflow_run workflow (this is a ${run.eventName || 'local'} run). See "Pull requests from forks" in the README.`);
  if (!inputs.token) throw new UsageError('command: publish needs github-token (with actions: read, checks: write, pull-requests: write).');
  const settings = resolveSettings(await loadConfigFile(inputs.configPath), inputs.overrides);
  const dir = path.join(process.env.RUNNER_TEMP ?? path.join(process.cwd(), '.pipeline-gates'), 'pipeline-gates', `publish-${settings.configId}-${triggering.id}`);
  const { downloadReportArtifact } = await import('../shell/report-artifact.js');
  await downloadReportArtifact({ name: reportArtifactName(settings.configId), token: inputs.token, runId: triggering.id, owner: run.owner, repo: run.repo, destination: dir });

  const claimed = await readPublishContext(path.join(dir, PUBLISH_CONTEXT));
  if (claimed.headSha !== triggering.headSha) {
    throw new UsageError(`The report artifact of run ${triggering.id} is for commit ${claimed.headSha.slice(0, 12)}, but that run tested ${triggering.headSha.slice(0, 12)}: nothing was published.`);
  }
  const client = createClient(inputs.token, { onLimit: io.warning });
  // The PR number came from the fork's run: believe it only if that PR's head is the tested commit.
  const { data: pr } = await client.rest.pulls.get({ owner: run.owner, repo: run.repo, pull_number: claimed.prNumber });
  if (pr.head.sha !== triggering.headSha) {
    io.warning(`PR #${claimed.prNumber} has moved on to ${pr.head.sha.slice(0, 7)} since run ${triggering.id} tested ${triggering.headSha.slice(0, 7)}: nothing was published (the newer run will publish its own results).`);
    return;
  }
  const store = inputs.history === 'cache' ? cacheStore(settings.configId, run, true) : undefined;
  const outcome = await runGateJob(settings, {
    files: reportFiles(path.join(dir, PUBLISH_INPUTS)),
    repo: await loadRepoPaths(process.cwd()),
    ...(store ? { history: store } : {}),
    pr: { labels: pr.labels.map((l) => l.name ?? '').filter(Boolean), body: pr.body ?? '', approvedBy: [] },
    current: { sha: triggering.headSha, runId: String(triggering.id) },
    change: { note: 'Patch coverage and the docs rule need the PR checkout; the publish step for forks has only its reports.' }
  });
  // Results belong to the PR head: the check run goes there, and the comment to that PR.
  const target: RunContext = { ...run, sha: triggering.headSha, policy: { ...run.policy, checkSha: triggering.headSha, comment: true } };
  const context = reportContext(settings, { ...target, runUrl: `${run.serverUrl}/${run.owner}/${run.repo}/actions/runs/${triggering.id}` }, store?.description);
  const reportPath = await writeReport(outcome, settings, target, renderMarkdownBytes(outcome, context, SUMMARY_BYTES));
  const report = await finishReport(outcome, reportPath, context, io);
  const published = await publishToGitHub({ token: inputs.token, settings, outcome, run: target, report, prNumber: claimed.prNumber }, io);
  // The verdict already failed (or passed) the fork's own run; here only delivery can fail the step.
  if (settings.failOnReportError) failOnReportErrors(published.errors, io);
}

interface PublishContext {
  readonly prNumber: number;
  readonly headSha: string;
}

async function readPublishContext(file: string): Promise<PublishContext> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new UsageError(`The report artifact has no readable ${PUBLISH_CONTEXT}: it was not uploaded by a fork pull request's gate step.`);
  }
  const c = raw as { prNumber?: unknown; headSha?: unknown };
  if (typeof c.prNumber !== 'number' || !Number.isInteger(c.prNumber) || c.prNumber < 1 || typeof c.headSha !== 'string' || !/^[0-9a-f]{40}$/.test(c.headSha)) {
    throw new UsageError(`${PUBLISH_CONTEXT} in the report artifact does not name a pull request and commit.`);
  }
  return { prNumber: c.prNumber, headSha: c.headSha };
}
