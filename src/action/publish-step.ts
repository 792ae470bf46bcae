import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveSettings } from '../config/settings.js';
import { PUBLISH_CONTEXT, PUBLISH_INPUTS, reportArtifactName, runPublishJob } from '../engine/publish-job.js';
import { createClient } from '../github/octokit.js';
import { pullRequestNow } from '../github/pulls.js';
import type { RunContext } from '../github/run-context.js';
import { UsageError } from '../model/problems.js';
import { loadConfigFile } from '../shell/config-file.js';
import { reportFiles } from '../shell/report-files.js';
import { loadRepoPaths } from '../shell/repo.js';
import { workDir } from '../shell/work-dir.js';
import { cacheStore, currentRun } from './context.js';
import type { ActionInputs } from './inputs.js';
import { publishToGitHub } from './publish.js';
import { failOnReportErrors, finishReport, reportContext, writeReport } from './report-output.js';
import type { Runner } from './runner.js';

/**
 * `command: publish`, the `workflow_run` follow-up for fork pull requests: download the fork run's
 * report artifact, let the publish job judge its input reports (src/engine/publish-job.ts), and
 * post the result to the PR head SHA with the base repository's token.
 */
export async function publishStep(inputs: ActionInputs, io: Runner): Promise<void> {
  const run = currentRun();
  const triggering = run.workflowRun;
  if (!triggering) throw new UsageError(`command: publish runs in a workflow_run workflow (this is a ${run.eventName || 'local'} run). See "Pull requests from forks" in the README.`);
  if (!inputs.token) throw new UsageError('command: publish needs github-token (with actions: read, checks: write, pull-requests: write).');
  const settings = resolveSettings(await loadConfigFile(inputs.configPath), inputs.overrides);
  const dir = workDir(`publish-${settings.configId}-${triggering.id}`);
  const { downloadReportArtifact } = await import('../shell/report-artifact.js');
  await downloadReportArtifact({ name: reportArtifactName(settings.configId), token: inputs.token, runId: triggering.id, owner: run.owner, repo: run.repo, destination: dir });

  const client = createClient(inputs.token, { onLimit: io.warning });
  const store = inputs.history === 'cache' ? cacheStore(settings.configId, run, true) : undefined;
  const result = await runPublishJob(settings, triggering, {
    context: await readJson(path.join(dir, PUBLISH_CONTEXT)),
    files: reportFiles(path.join(dir, PUBLISH_INPUTS)),
    repo: await loadRepoPaths(process.cwd()),
    pullRequest: (prNumber) => pullRequestNow(client, { owner: run.owner, repo: run.repo, pullNumber: prNumber }),
    ...(store ? { history: store } : {})
  });
  if (!result.publish) {
    io.warning(result.reason);
    return;
  }
  const { outcome, prNumber } = result;
  // Results belong to the PR head: the check run goes there, and the comment to that PR.
  const target: RunContext = { ...run, sha: result.headSha, policy: { ...run.policy, checkSha: result.headSha, comment: true } };
  const context = reportContext(settings, { ...target, runUrl: `${run.serverUrl}/${run.owner}/${run.repo}/actions/runs/${triggering.id}` }, store?.description);
  const reportPath = await writeReport(outcome, settings, target, context);
  const report = await finishReport(outcome, reportPath, context, io);
  const published = await publishToGitHub({ token: inputs.token, settings, outcome, run: target, report, prNumber }, io);
  // The verdict already failed (or passed) the fork's own run; here only delivery can fail the step.
  if (settings.failOnReportError) failOnReportErrors(published.errors, io);
}

/** A small JSON file from the artifact, or undefined when it is missing or not JSON. */
async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}
