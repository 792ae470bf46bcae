/**
 * What this workflow run is, worked out once from the runner's env and the event payload: which
 * SHA results belong to, which PR (if any), and which branches history may be read from and
 * written to. Pure, so every event shape is tested without a runner.
 */

export interface PullRequestInfo {
  readonly number: number;
  readonly headSha: string;
  readonly baseRef: string;
  readonly headRef: string;
  /** The base branch tip when the event fired: what the change is diffed against. */
  readonly baseSha?: string;
  readonly labels: readonly string[];
  readonly body: string;
  /** Head repo differs from base repo: the token is read-only. */
  readonly isFork: boolean;
}

export interface RunContext {
  readonly eventName: string;
  readonly owner: string;
  readonly repo: string;
  /** The SHA results are reported on: the PR head, never the merge commit. */
  readonly sha: string;
  readonly ref: string;
  readonly runId: string;
  readonly attempt: number;
  readonly runUrl: string;
  readonly serverUrl: string;
  readonly defaultBranch?: string;
  readonly pullRequest?: PullRequestInfo;
  readonly historyReadBranches: readonly string[];
  /** Set only when this run may write history (a push to the default branch). */
  readonly historyWriteBranch?: string;
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
}

export function describeRun(env: Env, payload: unknown): RunContext {
  const p = (payload ?? {}) as Payload;
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? p.repository?.full_name ?? '/').split('/');
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  const runId = env.GITHUB_RUN_ID ?? '0';
  const attempt = Math.max(1, Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '1', 10) || 1);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const ref = env.GITHUB_REF ?? '';
  const defaultBranch = p.repository?.default_branch;
  const base = {
    eventName,
    owner,
    repo,
    ref,
    runId,
    attempt,
    serverUrl,
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
    ...(defaultBranch ? { defaultBranch } : {})
  };

  const pr = pullRequestOf(p);
  if (pr) return { ...base, sha: pr.headSha, pullRequest: pr, historyReadBranches: unique([pr.baseRef, defaultBranch]) };

  const sha = env.GITHUB_SHA ?? '';
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  const onDefault = branch !== undefined && branch === defaultBranch;
  const writes = eventName === 'push' && onDefault;
  return {
    ...base,
    sha,
    historyReadBranches: unique([branch, defaultBranch]),
    ...(writes ? { historyWriteBranch: branch } : {})
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

function unique(items: readonly (string | undefined)[]): string[] {
  return [...new Set(items.filter((x): x is string => !!x))];
}
