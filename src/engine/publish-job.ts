import type { RepoPaths } from '../ingest/paths.js';
import { UsageError } from '../model/problems.js';
import type { HistoryStore } from '../model/history-store.js';
import type { ReportFiles } from './files.js';
import { runGateJob, type GateSettings } from './gate-job.js';
import { type GateOutcome } from '../model/outcome.js';

/**
 * The publish command (`command: publish`), the `workflow_run` follow-up for fork pull requests.
 * The fork's gate job could not post its results (read-only token), so it uploaded its input
 * reports with a small publish.json in the report artifact. Here they are judged again, by our own
 * parsers and with the base repository's config: the fork's artifact is data, never markdown or
 * code we pass on. The action downloads the artifact and posts what this returns.
 */

/** The artifact the gate job uploads and the publish job downloads. */
export function reportArtifactName(configId: string): string {
  return `pipeline-gates-report-${configId}`;
}
/** Inside the artifact: the input reports (same relative paths) and what the fork's run claims. */
export const PUBLISH_INPUTS = 'inputs';
export const PUBLISH_CONTEXT = 'publish.json';

/** What the fork's run claims: the PR it tested and the commit. */
export interface PublishContext {
  readonly prNumber: number;
  readonly headSha: string;
}

/** The publish.json a fork PR's gate job puts beside its input reports. */
export function publishContextDocument(run: { prNumber?: number; headSha: string; baseSha?: string; runId: string }): Record<string, unknown> {
  return { schema: 'pipeline-gates/publish', version: 1, prNumber: run.prNumber, headSha: run.headSha, baseSha: run.baseSha ?? null, runId: run.runId };
}

/** publish.json as read (undefined when missing or not JSON), checked. */
export function readPublishContext(json: unknown): PublishContext {
  if (json === undefined) throw new UsageError(`The report artifact has no readable ${PUBLISH_CONTEXT}: it was not uploaded by a fork pull request's gate step.`);
  const c = json as { prNumber?: unknown; headSha?: unknown };
  if (typeof c.prNumber !== 'number' || !Number.isInteger(c.prNumber) || c.prNumber < 1 || typeof c.headSha !== 'string' || !/^[0-9a-f]{40}$/.test(c.headSha)) {
    throw new UsageError(`${PUBLISH_CONTEXT} in the report artifact does not name a pull request and commit.`);
  }
  return { prNumber: c.prNumber, headSha: c.headSha };
}

export interface PublishIo {
  /** publish.json from the artifact, parsed; undefined when it is missing or not JSON. */
  readonly context: unknown;
  /** The artifact's input reports. */
  readonly files: ReportFiles;
  readonly repo: RepoPaths;
  /** The pull request as it is now. */
  pullRequest(prNumber: number): Promise<{ readonly headSha: string; readonly labels: readonly string[]; readonly body: string }>;
  readonly history?: HistoryStore;
}

export type PublishResult =
  | { readonly publish: false; readonly reason: string }
  | { readonly publish: true; readonly outcome: GateOutcome; readonly prNumber: number; readonly headSha: string };

/** The fork run that tested the PR: its id and the commit it tested (from the workflow_run event). */
export interface TriggeringRun {
  readonly id: number;
  readonly headSha: string;
}

export async function runPublishJob(settings: GateSettings, triggering: TriggeringRun, io: PublishIo): Promise<PublishResult> {
  const claimed = readPublishContext(io.context);
  if (claimed.headSha !== triggering.headSha) {
    throw new UsageError(`The report artifact of run ${triggering.id} is for commit ${claimed.headSha.slice(0, 12)}, but that run tested ${triggering.headSha.slice(0, 12)}: nothing was published.`);
  }
  // The PR number came from the fork's run: believe it only if that PR's head is the tested commit.
  const pr = await io.pullRequest(claimed.prNumber);
  if (pr.headSha !== triggering.headSha) {
    return { publish: false, reason: `PR #${claimed.prNumber} has moved on to ${pr.headSha.slice(0, 7)} since run ${triggering.id} tested ${triggering.headSha.slice(0, 7)}: nothing was published (the newer run will publish its own results).` };
  }
  const outcome = await runGateJob(settings, {
    files: io.files,
    repo: io.repo,
    ...(io.history ? { history: io.history } : {}),
    pr: { labels: [...pr.labels], body: pr.body, approvedBy: [] },
    current: { sha: triggering.headSha, runId: String(triggering.id) },
    change: { note: 'Patch coverage and the docs rule need the PR checkout; the publish step for forks has only its reports.' }
  });
  return { publish: true, outcome, prNumber: claimed.prNumber, headSha: triggering.headSha };
}
