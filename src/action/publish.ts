import type { ResolvedSettings } from '../config/settings.js';
import type { GateOutcome } from '../engine/gate-job.js';
import { publishCheckRun } from '../github/checks.js';
import { COMMENT_LIMIT, commentMarker, upsertStickyComment } from '../github/comments.js';
import { createClient } from '../github/octokit.js';
import type { RunContext } from '../github/run-context.js';
import { buildAnnotations } from '../report/annotations.js';
import { renderMarkdown, type ReportContext } from '../report/summary.js';
import { toWorkspacePath } from '../shell/report-files.js';
import type { Runner } from './runner.js';

export interface PublishRequest {
  readonly token: string;
  readonly settings: ResolvedSettings;
  readonly outcome: GateOutcome;
  readonly run: RunContext;
  readonly report: ReportContext;
}

/**
 * Posts the check run and the sticky comment. Reporting is best effort: any API failure (missing
 * permission, rate limit, outage) becomes a warning, because the verdict, outputs and summary are
 * already written and the exit code must follow the gates alone.
 */
export async function publishToGitHub(req: PublishRequest, runner: Runner): Promise<void> {
  const { run, settings, outcome } = req;
  if (!req.token) {
    runner.notice('No github-token: the check run and PR comment were skipped (the job summary has the report).');
    return;
  }
  if (run.pullRequest?.isFork) {
    runner.notice('This pull request comes from a fork, whose token is read-only: the check run and PR comment were skipped; the job summary has the report.');
    return;
  }
  const client = createClient(req.token, { onLimit: runner.warning });
  const { owner, repo } = run;
  await attempt(runner, 'create the check run', 'checks: write', async () => {
    const result = await publishCheckRun(client, {
      owner,
      repo,
      name: settings.checkName,
      headSha: run.sha,
      conclusion: outcome.verdict.conclusion,
      title: checkTitle(outcome),
      summary: renderMarkdown(outcome, req.report, 65535),
      annotations: buildAnnotations(outcome, (f) => toWorkspacePath(process.cwd(), f)),
      detailsUrl: run.runUrl
    });
    runner.info(`Check run "${settings.checkName}" on ${run.sha.slice(0, 7)}: ${result.url ?? result.id} (${result.requests} requests).`);
  });
  if (!run.pullRequest || settings.commentMode === 'off') return;
  const pr = run.pullRequest;
  await attempt(runner, 'update the PR comment', 'pull-requests: write', async () => {
    const budget = COMMENT_LIMIT - commentMarker(settings.configId).length - 1;
    const result = await upsertStickyComment(client, {
      owner,
      repo,
      issueNumber: pr.number,
      configId: settings.configId,
      body: renderMarkdown(outcome, req.report, budget),
      mode: settings.commentMode === 'off' ? 'always' : settings.commentMode,
      failing: !outcome.verdict.passed
    });
    if (result.action === 'skipped') {
      runner.info(`PR #${pr.number} comment not posted: ${result.reason}.`);
      return;
    }
    const removed = result.removedDuplicates ? `, removed ${result.removedDuplicates} duplicate(s)` : '';
    runner.info(`PR #${pr.number} comment ${result.action} (id ${result.id}${removed}).`);
  });
}

function checkTitle(outcome: GateOutcome): string {
  const failed = outcome.verdict.gates.filter((g) => g.status === 'failed').map((g) => g.gate);
  const c = outcome.tests.counts;
  const tests = `${c.total} tests, ${c.failed + c.errors} failed`;
  return failed.length ? `Failed: ${failed.join(', ')} — ${tests}` : `Passed — ${tests}`;
}

async function attempt(runner: Runner, what: string, permission: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    const status = (err as { status?: number }).status;
    const hint = status === 403 || status === 404 ? ` Does the workflow grant \`${permission}\`?` : '';
    runner.warning(`Could not ${what}${status ? ` (HTTP ${status})` : ''}: ${firstLine(err)}.${hint} The verdict and job summary are unaffected.`);
  }
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n', 1)[0] ?? text;
}
