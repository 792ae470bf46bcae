/**
 * What each workflow trigger means for where results go: the commit the check run is created on,
 * whether the sticky PR comment is posted, and which branches history is read from and written to.
 * One list of rules drives both `eventPolicy()` and the README's event table
 * (`EVENT_TABLE_MARKDOWN`), so the docs cannot drift from the code. Pure: facts in, policy out.
 */
import { checkRevision, REVISION_RULE } from '../change/revision.js';
import { UsageError } from '../model/problems.js';
import type { DispatchInputs, MergeGroupInfo, PullRequestInfo, WorkflowRunInfo } from './run-facts.js';

/** One row of the event table. */
export type EventRuleId =
  | 'pull_request'
  | 'pull_request_target'
  | 'push-default'
  | 'push-other'
  | 'workflow_dispatch'
  | 'schedule'
  | 'merge_group'
  | 'workflow_run'
  | 'other';

/** Whether this run may save history, and if not, the sentence that says why. */
export type HistoryWrite =
  | { readonly allowed: true; readonly branch: string }
  | { readonly allowed: false; readonly reason: string };

export interface EventPolicy {
  /** The row of the event table this run falls under. */
  readonly rule: EventRuleId;
  /** The commit the check run is created on; absent when this run creates none. */
  readonly checkSha?: string;
  /** Post (or update) the sticky PR comment. */
  readonly comment: boolean;
  /** Branches history is read from, first match wins. Same as `RunContext.historyReadBranches`. */
  readonly historyRead: readonly string[];
  /**
   * Whether the event allows saving history. Allowed still means "only when the results are
   * complete": the engine (`historyAfterRun`) makes that call.
   */
  readonly historyWrite: HistoryWrite;
  /** The branch or ref the change is compared against, when the event names one. */
  readonly baseRef?: string;
  /**
   * The run has a write token but acts on content from someone who may not be trusted
   * (`pull_request_target`, or a `workflow_run` publishing a fork's results).
   */
  readonly untrusted: boolean;
  /** Run change-point detection over the stored history (nightly schedules). */
  readonly changePoints: boolean;
  /** Something the user should read in the log: what was done and skipped, and why. */
  readonly notice?: string;
}

/** The facts about a run that the rules look at, already read from env and payload. */
export interface EventFacts {
  readonly eventName: string;
  readonly ref: string;
  /** `GITHUB_SHA`, '' when unset. */
  readonly envSha: string;
  readonly defaultBranch?: string;
  readonly pullRequest?: PullRequestInfo;
  readonly mergeGroup?: MergeGroupInfo;
  readonly workflowRun?: WorkflowRunInfo;
  readonly dispatch?: DispatchInputs;
}

type CheckTarget = 'pr-head' | 'pr-head-same-repo' | 'github-sha' | 'github-sha-if-any' | 'merge-group-head' | 'triggering-run-head';
type CommentRule = 'pr' | 'pr-same-repo' | 'triggering-pr' | 'never';
type ReadRule = 'pr-base' | 'default' | 'branch' | 'dispatch' | 'merge-group-base' | 'triggering-run';
type WriteRule = 'never' | 'default-branch' | 'dispatch';
type TrustRule = 'trusted' | 'untrusted' | 'untrusted-if-fork';

interface EventRule {
  readonly id: EventRuleId;
  /** The table's first column: which events (and refs) the row covers. */
  readonly label: string;
  readonly check: CheckTarget;
  readonly comment: CommentRule;
  readonly read: ReadRule;
  readonly write: WriteRule;
  readonly trust: TrustRule;
  readonly changePoints: boolean;
  readonly note: string;
}

/** Events whose payload carries `pull_request` and whose token is read-only for forks. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_review', 'pull_request_review_comment'];

export const EVENT_RULES: readonly EventRule[] = [
  {
    id: 'pull_request',
    label: '`pull_request` (also `pull_request_review`, `pull_request_review_comment`)',
    check: 'pr-head-same-repo',
    comment: 'pr-same-repo',
    read: 'pr-base',
    write: 'never',
    trust: 'trusted',
    changePoints: false,
    note: 'A fork PR gets a read-only token: the results go to the job summary and the report artifact; publish them with the `workflow_run` follow-up.'
  },
  {
    id: 'pull_request_target',
    label: '`pull_request_target`',
    check: 'pr-head',
    comment: 'pr',
    read: 'pr-base',
    write: 'never',
    trust: 'untrusted',
    changePoints: false,
    note: "**Runs with a write token in the base repository.** Check out and run the PR's code only if you trust its author."
  },
  {
    id: 'push-default',
    label: '`push` to the default branch',
    check: 'github-sha',
    comment: 'never',
    read: 'default',
    write: 'default-branch',
    trust: 'trusted',
    changePoints: false,
    note: 'Saves timings, baselines, coverage and the last green commit.'
  },
  {
    id: 'push-other',
    label: '`push` to another branch or a tag',
    check: 'github-sha',
    comment: 'never',
    read: 'branch',
    write: 'never',
    trust: 'trusted',
    changePoints: false,
    note: 'Compared against the default branch.'
  },
  {
    id: 'workflow_dispatch',
    label: '`workflow_dispatch`',
    check: 'github-sha',
    comment: 'never',
    read: 'dispatch',
    write: 'dispatch',
    trust: 'trusted',
    changePoints: false,
    note: 'Inputs: `base-ref` (what to compare against), `update-baseline` (`true`/`false`), `commands`. On any other ref it reports only.'
  },
  {
    id: 'schedule',
    label: '`schedule`',
    check: 'github-sha',
    comment: 'never',
    read: 'default',
    write: 'default-branch',
    trust: 'trusted',
    changePoints: true,
    note: 'Nightly baseline refresh; runs change-point detection over the history.'
  },
  {
    id: 'merge_group',
    label: '`merge_group`',
    check: 'merge-group-head',
    comment: 'never',
    read: 'merge-group-base',
    write: 'never',
    trust: 'trusted',
    changePoints: false,
    note: 'Lets a required check pass the merge queue.'
  },
  {
    id: 'workflow_run',
    label: '`workflow_run`',
    check: 'triggering-run-head',
    comment: 'triggering-pr',
    read: 'triggering-run',
    write: 'never',
    trust: 'untrusted-if-fork',
    changePoints: false,
    note: "The publish follow-up for fork PRs: a fork's report is data from the fork, never code to run."
  },
  {
    id: 'other',
    label: 'any other event',
    check: 'github-sha-if-any',
    comment: 'never',
    read: 'branch',
    write: 'never',
    trust: 'trusted',
    changePoints: false,
    note: 'A notice in the log says what was done (job summary, outputs) and what was skipped.'
  }
];

const CHECK_TEXT: Record<CheckTarget, string> = {
  'pr-head': 'PR head SHA',
  'pr-head-same-repo': 'PR head SHA (none for a fork PR)',
  'github-sha': '`GITHUB_SHA`',
  'github-sha-if-any': '`GITHUB_SHA`, when set',
  'merge-group-head': '`merge_group.head_sha`',
  'triggering-run-head': '`workflow_run.head_sha`'
};
const COMMENT_TEXT: Record<CommentRule, string> = {
  pr: 'yes',
  'pr-same-repo': 'yes (not for a fork PR)',
  'triggering-pr': 'yes, when the triggering run was for a PR',
  never: 'no'
};
const READ_TEXT: Record<ReadRule, string> = {
  'pr-base': 'PR base branch, then default branch',
  default: 'default branch',
  branch: "the run's branch, then default branch",
  dispatch: '`base-ref` input, then the dispatched branch, then default branch',
  'merge-group-base': '`merge_group.base_ref`, then default branch',
  'triggering-run': "triggering PR's base branch (else its branch, unless a fork), then default branch"
};
const WRITE_TEXT: Record<WriteRule, string> = {
  never: 'never',
  'default-branch': 'yes, when the results are complete',
  dispatch: 'on the default branch with `update-baseline: true`, when the results are complete'
};

/** The README's table of behaviour per event, rendered from `EVENT_RULES`. */
export const EVENT_TABLE_MARKDOWN: string = renderTable();

function renderTable(): string {
  const rows = EVENT_RULES.map((r) => [r.label, CHECK_TEXT[r.check], COMMENT_TEXT[r.comment], READ_TEXT[r.read], WRITE_TEXT[r.write], r.note]);
  const head = ['Event', 'Check run on', 'PR comment', 'History read from', 'History written', 'Notes'];
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

export function eventPolicy(f: EventFacts): EventPolicy {
  const { id, why } = classify(f);
  const rule = EVENT_RULES.find((r) => r.id === id) as EventRule;
  const branch = branchOf(f.ref);
  const checkSha = checkShaOf(rule.check, f);
  const historyWrite = writeOf(rule, f, branch);
  const baseRef = baseRefOf(rule.id, f, branch);
  const notice = noticeOf(rule.id, f, branch, checkSha, why);
  return {
    rule: rule.id,
    ...(checkSha ? { checkSha } : {}),
    comment: commentOf(rule.comment, f),
    historyRead: readOf(rule.read, f, branch),
    historyWrite,
    ...(baseRef ? { baseRef } : {}),
    untrusted: rule.trust === 'untrusted' || (rule.trust === 'untrusted-if-fork' && !!f.workflowRun?.isFork),
    changePoints: rule.changePoints,
    ...(notice ? { notice } : {})
  };
}

/** The row for this run; `why` says why an event that has its own row fell through to "other". */
function classify(f: EventFacts): { id: EventRuleId; why?: string } {
  const e = f.eventName;
  // No event name: not on a runner (a local run with a saved payload); a PR payload still counts.
  if (PULL_REQUEST_EVENTS.includes(e) || (e === '' && f.pullRequest)) {
    return f.pullRequest ? { id: 'pull_request' } : { id: 'other', why: 'its payload has no pull_request' };
  }
  if (e === 'pull_request_target') return f.pullRequest ? { id: e } : { id: 'other', why: 'its payload has no pull_request' };
  if (e === 'push') {
    const branch = branchOf(f.ref);
    return { id: branch !== undefined && branch === f.defaultBranch ? 'push-default' : 'push-other' };
  }
  if (e === 'workflow_dispatch' || e === 'schedule') return { id: e };
  if (e === 'merge_group') return f.mergeGroup ? { id: e } : { id: 'other', why: 'its payload has no merge_group.head_sha' };
  if (e === 'workflow_run') return f.workflowRun ? { id: e } : { id: 'other', why: 'its payload has no workflow_run.head_sha' };
  return { id: 'other' };
}

function checkShaOf(target: CheckTarget, f: EventFacts): string | undefined {
  switch (target) {
    case 'pr-head':
      return f.pullRequest?.headSha;
    case 'pr-head-same-repo':
      return f.pullRequest && !f.pullRequest.isFork ? f.pullRequest.headSha : undefined;
    case 'merge-group-head':
      return f.mergeGroup?.headSha;
    case 'triggering-run-head':
      return f.workflowRun?.headSha;
    case 'github-sha':
    case 'github-sha-if-any':
      return f.envSha || undefined;
  }
}

function commentOf(rule: CommentRule, f: EventFacts): boolean {
  switch (rule) {
    case 'pr':
      return true;
    case 'pr-same-repo':
      return !f.pullRequest?.isFork;
    case 'triggering-pr':
      // A fork PR's run lists no pull_requests: the PR number then comes from its report artifact.
      return !!f.workflowRun && (f.workflowRun.pullRequests.length > 0 || f.workflowRun.event === 'pull_request');
    case 'never':
      return false;
  }
}

function readOf(rule: ReadRule, f: EventFacts, branch: string | undefined): string[] {
  switch (rule) {
    case 'pr-base':
      return unique([f.pullRequest?.baseRef, f.defaultBranch]);
    // 'default' rows run on the default branch; the run's own branch comes first either way.
    case 'default':
    case 'branch':
      return unique([branch, f.defaultBranch]);
    case 'dispatch':
      return unique([branchLike(f.dispatch?.baseRef), branch, f.defaultBranch]);
    case 'merge-group-base':
      return unique([f.mergeGroup?.baseRef, f.defaultBranch]);
    case 'triggering-run': {
      const run = f.workflowRun;
      if (!run) return unique([f.defaultBranch]);
      // A fork's branch name means nothing in this repository's cache (and may collide with one).
      const own = run.pullRequests.length || run.isFork ? undefined : run.headBranch;
      return unique([...run.pullRequests.map((p) => p.baseRef), own, f.defaultBranch]);
    }
  }
}

function writeOf(rule: EventRule, f: EventFacts, branch: string | undefined): HistoryWrite {
  const no = (reason: string): HistoryWrite => ({ allowed: false, reason });
  if (rule.write === 'never') return no(NO_WRITE[rule.id](f, branch));
  if (!branch) return no(`${f.ref || 'this ref'} is not a branch`);
  if (!f.defaultBranch) return no('the event payload does not name the default branch');
  if (branch !== f.defaultBranch) {
    return no(rule.write === 'dispatch' ? `a manual run on "${branch}" reports only; the baseline is rebuilt only from the default branch ("${f.defaultBranch}")` : `"${branch}" is not the default branch ("${f.defaultBranch}")`);
  }
  if (rule.write === 'dispatch' && !f.dispatch?.updateBaseline) return no('a manual run writes history only with the input update-baseline: true');
  return { allowed: true, branch };
}

const NO_WRITE: Record<EventRuleId, (f: EventFacts, branch: string | undefined) => string> = {
  pull_request: () => 'pull requests read history from the base branch and never write it',
  pull_request_target: () => 'pull requests read history from the base branch and never write it',
  'push-default': () => '',
  'push-other': (f, branch) => {
    if (!branch) return `${f.ref || 'this ref'} is not a branch`;
    return f.defaultBranch ? `"${branch}" is not the default branch ("${f.defaultBranch}")` : 'the event payload does not name the default branch';
  },
  workflow_dispatch: () => '',
  schedule: () => '',
  merge_group: () => 'a merge queue run tests a temporary merge; history is written when it lands on the default branch',
  workflow_run: () => 'the workflow_run follow-up only publishes results; the default branch run writes history',
  other: (f) => `${f.eventName ? `"${f.eventName}"` : 'this'} runs do not write history (only default-branch pushes, schedules and baseline dispatches do)`
};

function baseRefOf(id: EventRuleId, f: EventFacts, branch: string | undefined): string | undefined {
  switch (id) {
    case 'pull_request':
    case 'pull_request_target':
      return f.pullRequest?.baseRef;
    case 'merge_group':
      return f.mergeGroup?.baseRef;
    case 'workflow_dispatch':
      return f.dispatch?.baseRef;
    case 'workflow_run':
      return f.workflowRun?.pullRequests[0]?.baseRef;
    case 'push-other':
      return branch === f.defaultBranch ? undefined : f.defaultBranch;
    default:
      return undefined;
  }
}

function noticeOf(id: EventRuleId, f: EventFacts, branch: string | undefined, checkSha: string | undefined, why: string | undefined): string | undefined {
  const pr = f.pullRequest;
  if (id === 'pull_request' && pr?.isFork) {
    return `Pull request #${pr.number} comes from a fork, whose token is read-only: no check run or PR comment; the job summary and report artifact have the results (publish them with the workflow_run follow-up).`;
  }
  if (id === 'pull_request_target' && pr) {
    return `pull_request_target runs with a write token in the base repository: results go on the PR head ${pr.headSha.slice(0, 7)}. Check out and run the PR's code only if you trust its author.`;
  }
  if (id === 'workflow_dispatch' && f.dispatch?.updateBaseline && branch !== f.defaultBranch) {
    return `update-baseline is ignored on ${branch ? `"${branch}"` : f.ref || 'this ref'}: the baseline is only rebuilt from the default branch${f.defaultBranch ? ` ("${f.defaultBranch}")` : ''}; this run reports only.`;
  }
  if (id !== 'other') return undefined;
  const event = f.eventName ? `Event "${f.eventName}"` : 'Not a GitHub Actions event';
  const check = checkSha ? `, the check run on ${checkSha.slice(0, 7)}` : '';
  const skipped = [...(checkSha ? [] : ['the check run (no commit SHA)']), 'the PR comment', 'saving history'];
  return `${event}${why ? ` (${why})` : ''}: wrote the job summary and outputs${check}; skipped ${skipped.join(', ')}.`;
}

/**
 * The workflow_dispatch inputs this action reads from `payload.inputs`. GitHub sends them as
 * strings there (a `type: boolean` input arrives as "true"/"false"); a dispatch through the API
 * may send JSON booleans. Both are accepted; anything else for update-baseline is a mistake.
 */
export function dispatchInputsOf(inputs: unknown): DispatchInputs {
  const raw = (inputs && typeof inputs === 'object' ? inputs : {}) as Record<string, unknown>;
  const baseRef = text(raw['base-ref'], 'base-ref')?.replace(/^refs\/heads\//, '');
  // The form is free text that reaches git and cache keys: only a SHA or a ref name gets through.
  const checked = baseRef === undefined ? undefined : checkRevision(baseRef);
  if (checked && !checked.ok) throw new UsageError(`The workflow_dispatch input "base-ref" must be ${REVISION_RULE}: ${checked.reason}.`);
  const commands = text(raw.commands, 'commands');
  return { updateBaseline: flag(raw['update-baseline']), ...(baseRef ? { baseRef } : {}), ...(commands ? { commands } : {}) };
}

function text(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new UsageError(`The workflow_dispatch input "${name}" must be text, got ${JSON.stringify(value)}.`);
  }
  return String(value).trim() || undefined;
}

function flag(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false) return false;
  if (value === true) return true;
  // YAML 1.2 core schema spellings, as the toolkit's getBooleanInput accepts.
  if (typeof value === 'string' && ['true', 'True', 'TRUE'].includes(value.trim())) return true;
  if (typeof value === 'string' && ['false', 'False', 'FALSE'].includes(value.trim())) return false;
  throw new UsageError(
    `The workflow_dispatch input "update-baseline" is ${JSON.stringify(value)}: use true or false (declare it with "type: boolean" so the form shows a checkbox).`
  );
}

export function branchOf(ref: string): string | undefined {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) || undefined : undefined;
}

/** A ref that can name a branch's history: not a commit SHA, not another kind of ref. */
function branchLike(ref: string | undefined): string | undefined {
  if (!ref || ref.startsWith('refs/') || /^[0-9a-f]{7,40}$/i.test(ref)) return undefined;
  return ref;
}

function unique(items: readonly (string | undefined)[]): string[] {
  return [...new Set(items.filter((x): x is string => !!x))];
}
