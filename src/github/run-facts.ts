/**
 * The facts about a workflow run that the event rules (event-policy.ts) read and the run context
 * (run-context.ts) carries, read from the event payload.
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

/** A `merge_group` run: the queue's temporary merge commit and the branch it will land on. */
export interface MergeGroupInfo {
  readonly headSha: string;
  /** The queue's ref, e.g. refs/heads/gh-readonly-queue/main/pr-104-<sha>. */
  readonly headRef: string;
  /** The branch the queue merges into, without refs/heads/. */
  readonly baseRef: string;
  readonly baseSha?: string;
}

/** The run a `workflow_run` event follows (the publish step for fork PRs). */
export interface WorkflowRunInfo {
  readonly id: number;
  readonly headSha: string;
  readonly headBranch: string;
  /** owner/name of the repository the tested commit came from: the fork for a fork PR. */
  readonly headRepository: string;
  /** The event that started the triggering run, e.g. pull_request. */
  readonly event: string;
  /** success, failure, … ; absent while the run has not finished. */
  readonly conclusion?: string;
  /** PRs GitHub matched to the run; always empty for a PR from a fork. */
  readonly pullRequests: readonly { readonly number: number; readonly headSha: string; readonly baseRef: string }[];
  readonly isFork: boolean;
}

/** The `workflow_dispatch` inputs this action understands (from `payload.inputs`). */
export interface DispatchInputs {
  /** The ref to compare against, without refs/heads/. */
  readonly baseRef?: string;
  /** Rebuild the baseline: honoured only on the default branch. */
  readonly updateBaseline: boolean;
  /** Which commands to run, as the user typed them. */
  readonly commands?: string;
}
