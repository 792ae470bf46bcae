/**
 * What this workflow run is, worked out once from the runner's env and the event payload: which
 * SHA results belong to, which PR (if any), and which branches history may be read from and
 * written to. What each event allows is decided by the rules in event-policy.ts. Pure, so every
 * event shape is tested without a runner.
 */
import { branchOf, dispatchInputsOf, eventPolicy, type EventPolicy } from './event-policy.js';
import type { DispatchInputs, MergeGroupInfo, PullRequestInfo, WorkflowRunInfo } from './run-facts.js';

export type { EventPolicy, EventRuleId, HistoryWrite } from './event-policy.js';
export type { DispatchInputs, MergeGroupInfo, PullRequestInfo, WorkflowRunInfo } from './run-facts.js';

export interface RunContext {
  readonly eventName: string;
  readonly owner: string;
  readonly repo: string;
  /**
   * The SHA results belong to and the check run goes on: the PR head (never the merge commit),
   * the merge group head, the triggering run's head for workflow_run, else GITHUB_SHA.
   */
  readonly sha: string;
  readonly ref: string;
  readonly runId: string;
  readonly attempt: number;
  readonly runUrl: string;
  readonly serverUrl: string;
  readonly defaultBranch?: string;
  readonly pullRequest?: PullRequestInfo;
  readonly mergeGroup?: MergeGroupInfo;
  readonly workflowRun?: WorkflowRunInfo;
  readonly dispatch?: DispatchInputs;
  readonly historyReadBranches: readonly string[];
  /**
   * Set only when this run may write history: a push to the default branch, a schedule, or a
   * dispatch on the default branch with update-baseline: true. Same as `policy.historyWrite`.
   */
  readonly historyWriteBranch?: string;
  /** What this event allows: check run, comment, history, notice. See EVENT_TABLE_MARKDOWN. */
  readonly policy: EventPolicy;
}

type Env = Readonly<Record<string, string | undefined>>;

interface Payload {
  pull_request?: {
    number?: number;
    head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
    base?: { ref?: string; sha?: string; repo?: { full_name?: string } };
    labels?: readonly ({ name?: string } | null)[];
    body?: string | null;
  };
  repository?: { default_branch?: string; full_name?: string };
  merge_group?: { head_sha?: string; head_ref?: string; base_ref?: string; base_sha?: string };
  workflow_run?: {
    id?: number;
    head_sha?: string;
    head_branch?: string | null;
    event?: string;
    conclusion?: string | null;
    head_repository?: { full_name?: string } | null;
    repository?: { full_name?: string };
    pull_requests?: readonly ({ number?: number; head?: { sha?: string }; base?: { ref?: string } } | null)[];
  };
  inputs?: unknown;
}

export function describeRun(env: Env, payload: unknown): RunContext {
  const p = (payload ?? {}) as Payload;
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? p.repository?.full_name ?? '/').split('/');
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  const runId = env.GITHUB_RUN_ID ?? '0';
  const attempt = Math.max(1, Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '1', 10) || 1);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const ref = env.GITHUB_REF ?? '';
  // GitHub runs schedules on the default branch (GITHUB_REF), and schedule payloads before
  // 2022-09 carried only the cron line: the ref then names the default branch.
  const defaultBranch = p.repository?.default_branch ?? (eventName === 'schedule' ? branchOf(ref) : undefined);
  const pr = pullRequestOf(p);
  const mergeGroup = eventName === 'merge_group' ? mergeGroupOf(p) : undefined;
  const workflowRun = eventName === 'workflow_run' ? workflowRunOf(p) : undefined;
  const dispatch = eventName === 'workflow_dispatch' ? dispatchInputsOf(p.inputs) : undefined;
  const envSha = env.GITHUB_SHA ?? '';
  const policy = eventPolicy({
    eventName,
    ref,
    envSha,
    ...(defaultBranch ? { defaultBranch } : {}),
    ...(pr ? { pullRequest: pr } : {}),
    ...(mergeGroup ? { mergeGroup } : {}),
    ...(workflowRun ? { workflowRun } : {}),
    ...(dispatch ? { dispatch } : {})
  });
  // A fork PR gets no check run, yet its results still belong to the PR head.
  const sha = policy.checkSha ?? (policy.rule === 'pull_request' ? pr?.headSha : undefined) ?? envSha;
  return {
    eventName,
    owner,
    repo,
    sha,
    ref,
    runId,
    attempt,
    serverUrl,
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
    ...(defaultBranch ? { defaultBranch } : {}),
    ...(pr ? { pullRequest: pr } : {}),
    ...(mergeGroup ? { mergeGroup } : {}),
    ...(workflowRun ? { workflowRun } : {}),
    ...(dispatch ? { dispatch } : {}),
    historyReadBranches: policy.historyRead,
    ...(policy.historyWrite.allowed ? { historyWriteBranch: policy.historyWrite.branch } : {}),
    policy
  };
}

function mergeGroupOf(p: Payload): MergeGroupInfo | undefined {
  const g = p.merge_group;
  const baseRef = g?.base_ref ? (branchOf(g.base_ref) ?? g.base_ref) : undefined;
  if (!g?.head_sha || !baseRef) return undefined;
  return { headSha: g.head_sha, headRef: g.head_ref ?? '', baseRef, ...(g.base_sha ? { baseSha: g.base_sha } : {}) };
}

function workflowRunOf(p: Payload): WorkflowRunInfo | undefined {
  const run = p.workflow_run;
  if (!run?.head_sha || typeof run.id !== 'number') return undefined;
  const headRepository = run.head_repository?.full_name ?? '';
  const baseRepository = run.repository?.full_name ?? p.repository?.full_name;
  const pullRequests = (run.pull_requests ?? []).flatMap((pr) =>
    pr?.number && pr.head?.sha ? [{ number: pr.number, headSha: pr.head.sha, baseRef: pr.base?.ref ?? '' }] : []
  );
  return {
    id: run.id,
    headSha: run.head_sha,
    headBranch: run.head_branch ?? '',
    headRepository,
    event: run.event ?? '',
    ...(run.conclusion ? { conclusion: run.conclusion } : {}),
    pullRequests,
    // A deleted fork has head_repository null: a fork all the same.
    isFork: !headRepository || headRepository !== baseRepository
  };
}

function pullRequestOf(p: Payload): PullRequestInfo | undefined {
  const pr = p.pull_request;
  if (!pr?.number || !pr.head?.sha || !pr.base?.ref) return undefined;
  const headRepo = pr.head.repo?.full_name;
  const baseRepo = pr.base.repo?.full_name;
  return {
    number: pr.number,
    headSha: pr.head.sha,
    baseRef: pr.base.ref,
    headRef: pr.head.ref ?? '',
    ...(pr.base.sha ? { baseSha: pr.base.sha } : {}),
    labels: (pr.labels ?? []).map((l) => l?.name).filter((n): n is string => typeof n === 'string'),
    body: typeof pr.body === 'string' ? pr.body : '',
    // A deleted fork has head.repo null: treat it as a fork (the token is read-only either way).
    isFork: headRepo === undefined || headRepo !== baseRepo
  };
}
