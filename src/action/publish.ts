import type { ResolvedSettings } from '../config/settings.js';
import { publishCheckRun } from '../github/checks.js';
import { COMMENT_LIMIT, commentMarker, upsertStickyComment } from '../github/comments.js';
import { createClient, deliveryTimeoutMs, withDeadline } from '../github/octokit.js';
import type { RunContext } from '../github/run-context.js';
import { buildAnnotations, describeOmitted, selectAnnotations, workflowCommandAnnotations, type Annotation } from '../report/annotations.js';
import { renderMarkdown, type ReportContext } from '../report/summary.js';
import { toWorkspacePath } from '../shell/report-files.js';
import type { Runner } from './runner.js';
import { type GateOutcome } from '../model/outcome.js';

export interface PublishRequest {
  readonly token: string;
  readonly settings: ResolvedSettings;
  readonly outcome: GateOutcome;
  readonly run: RunContext;
  readonly report: ReportContext;
  /** The PR to comment on when the run itself has none (the publish follow-up for forks). */
  readonly prNumber?: number;
}

export interface PublishResult {
  /** What could not be delivered, one sentence each (for fail-on-report-error). */
  readonly errors: readonly string[];
}

/**
 * Posts the check run and the sticky comment where the event allows them. Reporting is best
 * effort: any API failure (missing permission, rate limit, outage, timeout) becomes a warning,
 * because the verdict, outputs and summary are already written and the exit code follows the
 * gates alone, unless the config asks for fail-on-report-error.
 */
export async function publishToGitHub(req: PublishRequest, runner: Runner): Promise<PublishResult> {
  const { run, settings, outcome } = req;
  const errors: string[] = [];
  const annotations = buildAnnotations(outcome, (f) => toWorkspacePath(process.cwd(), f));
  const checkSha = run.policy.checkSha;
  const prNumber = req.prNumber ?? run.pullRequest?.number;
  const comment = run.policy.comment && prNumber !== undefined && settings.commentMode !== 'off';
  if (!req.token || (!checkSha && !comment)) {
    if (!req.token) runner.notice('No github-token: the check run and PR comment were skipped (the job summary has the report).');
    annotateInLog(annotations, runner, 'no check run was created');
    return { errors };
  }
  const client = createClient(req.token, { onLimit: runner.warning });
  const { owner, repo } = run;
  if (checkSha) {
    const selection = selectAnnotations(annotations, settings.maxAnnotations);
    const omitted = describeOmitted(selection.omitted);
    const failure = await attempt(runner, errors, 'create the check run', 'checks: write', async () => {
      const summary = renderMarkdown(outcome, req.report, 65535 - 400);
      const result = await publishCheckRun(client, {
        owner,
        repo,
        name: settings.checkName,
        headSha: checkSha,
        conclusion: outcome.verdict.conclusion,
        title: checkTitle(outcome),
        summary: omitted ? `${summary}\n**Annotations:** ${selection.kept.length} of ${annotations.length} shown; left out by \`max-annotations: ${settings.maxAnnotations}\`: ${omitted}.\n` : summary,
        annotations: selection.kept,
        detailsUrl: run.runUrl
      });
      runner.info(`Check run "${settings.checkName}" on ${checkSha.slice(0, 7)}: ${result.url ?? result.id} (${result.requests} requests${omitted ? `; ${omitted} left out by max-annotations` : ''}).`);
    });
    if (failure) annotateInLog(annotations, runner, 'the check run could not be created');
  }
  if (!comment || prNumber === undefined) return { errors };
  await attempt(runner, errors, 'update the PR comment', 'pull-requests: write', async () => {
    const budget = COMMENT_LIMIT - commentMarker(settings.configId).length - 1;
    const result = await upsertStickyComment(client, {
      owner,
      repo,
      issueNumber: prNumber,
      configId: settings.configId,
      body: renderMarkdown(outcome, req.report, budget),
      mode: settings.commentMode === 'off' ? 'always' : settings.commentMode,
      failing: !outcome.verdict.passed
    });
    if (result.action === 'skipped') {
      runner.info(`PR #${prNumber} comment not posted: ${result.reason}.`);
      return;
    }
    const removed = result.removedDuplicates ? `, removed ${result.removedDuplicates} duplicate(s)` : '';
    runner.info(`PR #${prNumber} comment ${result.action} (id ${result.id}${removed}).`);
  });
  return { errors };
}

/**
 * Without a check run, the step's own log annotations are all that is left; the runner shows 10
 * per level and step, so the most important ones go first, and the log says what was left out.
 */
function annotateInLog(all: readonly Annotation[], runner: Runner, why: string): void {
  if (!all.length) return;
  const shown = workflowCommandAnnotations(all);
  for (const a of shown) runner.annotate(a);
  const rest = all.length - shown.length;
  runner.info(`Annotated ${shown.length} of ${all.length} items in the job log because ${why}${rest ? ` (GitHub shows 10 per level; the other ${rest} are in the job summary and report)` : ''}.`);
}

function checkTitle(outcome: GateOutcome): string {
  const failed = outcome.verdict.gates.filter((g) => g.status === 'failed').map((g) => g.gate);
  const c = outcome.tests.counts;
  const tests = `${c.total} tests, ${c.failed + c.errors} failed`;
  return failed.length ? `Failed: ${failed.join(', ')} — ${tests}` : `Passed — ${tests}`;
}

/** Runs one delivery; a failure becomes a warning (and an entry in `errors`). Returns the failure, if any. */
async function attempt(runner: Runner, errors: string[], what: string, permission: string, fn: () => Promise<void>): Promise<{ status?: number } | undefined> {
  try {
    await withDeadline(fn(), deliveryTimeoutMs(process.env.PIPELINE_GATES_DELIVERY_TIMEOUT_MS), what);
    return undefined;
  } catch (err) {
    const status = (err as { status?: number }).status;
    const hint = status === 403 || status === 404 ? ` Does the workflow grant \`${permission}\`?` : '';
    const message = `Could not ${what}${status ? ` (HTTP ${status})` : ''}: ${firstLine(err)}.${hint}`;
    runner.warning(`${message} The verdict and job summary are unaffected.`);
    errors.push(message);
    return { ...(status ? { status } : {}) };
  }
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n', 1)[0] ?? text;
}
