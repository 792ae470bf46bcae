import type { RunJob, RunJobs, RunStep } from '../pipeline/types.js';
import type { GitHubClient } from './octokit.js';

/**
 * The jobs of the current run attempt and the attempt's start, for the pipeline metrics. Both
 * calls need `actions: read`; a token without it gets a reason back, never an exception, because
 * the metrics are a report on the pipeline and must not fail it.
 */

export interface RunJobsQuery {
  readonly owner: string;
  readonly repo: string;
  readonly runId: number;
  readonly attempt: number;
}

export type RunJobsRead =
  | { readonly ok: true; readonly run: RunJobs; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** The fields we read of one entry of the listing's `jobs` array. */
export interface ApiJob {
  readonly name: string;
  readonly status: string;
  readonly conclusion: string | null;
  readonly started_at?: string | null;
  readonly completed_at?: string | null;
  readonly run_attempt?: number;
  readonly id?: number;
  readonly created_at?: string | null;
  readonly steps?: readonly ApiStep[] | null;
}

/** The fields we read of one step of a job. */
export interface ApiStep {
  readonly name: string;
  readonly status: string;
  readonly conclusion: string | null;
  readonly number: number;
  readonly started_at?: string | null;
  readonly completed_at?: string | null;
}

/** Steps kept per job: a job has at most 1,000 steps, and anything near that is not worth a table row each. */
const MAX_STEPS = 300;

export async function fetchRunJobs(client: GitHubClient, q: RunJobsQuery): Promise<RunJobsRead> {
  const where = { owner: q.owner, repo: q.repo, run_id: q.runId };
  const [jobs, run] = await Promise.allSettled([
    client.paginate(client.rest.actions.listJobsForWorkflowRunAttempt, { ...where, attempt_number: q.attempt, per_page: 100 }),
    client.rest.actions.getWorkflowRun({ ...where, exclude_pull_requests: true })
  ]);
  if (jobs.status === 'rejected') return { ok: false, reason: refusal(`list the jobs of run ${q.runId} attempt ${q.attempt}`, jobs.reason) };
  const warnings = run.status === 'rejected' ? [`${refusal(`read run ${q.runId}`, run.reason)}; the duration counts from the first job start.`] : [];
  const runStartedAt = run.status === 'fulfilled' ? (run.value.data.run_started_at ?? null) : null;
  return { ok: true, run: { runStartedAt, attempt: q.attempt, jobs: (jobs.value as ApiJob[]).map(toRunJob) }, warnings };
}

export function toRunJob(j: ApiJob): RunJob {
  return {
    name: j.name,
    status: j.status,
    conclusion: j.conclusion,
    startedAt: j.started_at ?? null,
    completedAt: j.completed_at ?? null,
    ...(typeof j.run_attempt === 'number' ? { runAttempt: j.run_attempt } : {}),
    ...(typeof j.id === 'number' ? { id: j.id } : {}),
    ...(j.created_at !== undefined ? { createdAt: j.created_at } : {}),
    ...(Array.isArray(j.steps) ? { steps: j.steps.slice(0, MAX_STEPS).map(toRunStep) } : {})
  };
}

function toRunStep(s: ApiStep): RunStep {
  return { name: s.name, status: s.status, conclusion: s.conclusion, number: s.number, startedAt: s.started_at ?? null, completedAt: s.completed_at ?? null };
}

/** One line saying what GitHub refused and what to change; never the token or a stack. */
export function refusal(what: string, err: unknown): string {
  const e = err as { status?: number; message?: string };
  const message = (e.message ?? String(err)).split('\n', 1)[0];
  const status = typeof e.status === 'number' ? `HTTP ${e.status}: ` : '';
  // A token without `actions: read` gets 403 on public repositories and 404 on private ones.
  const hint = e.status === 403 || e.status === 404 ? ' (the gate job needs `permissions: actions: read`)' : '';
  return `GitHub did not let us ${what} (${status}${message})${hint}`;
}
