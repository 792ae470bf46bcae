import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { EVENT_RULES, EVENT_TABLE_MARKDOWN } from '../../../src/github/event-policy.js';
import { describeRun, type EventPolicy } from '../../../src/github/run-context.js';
import { UsageError } from '../../../src/model/problems.js';

const EVENTS = path.join(process.cwd(), '__tests__', 'fixtures', 'events');
/** A fresh copy of a real webhook payload, safe to modify. */
function payload(name: string): any {
  return JSON.parse(readFileSync(path.join(EVENTS, name), 'utf8'));
}
const MERGE_SHA = '1111111111111111111111111111111111111111';
function env(eventName: string, ref: string, extra: Record<string, string | undefined> = {}) {
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_REF: ref,
    GITHUB_SHA: MERGE_SHA,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    ...extra
  };
}
const history = (ctx: ReturnType<typeof describeRun>) => [ctx.historyReadBranches, ctx.historyWriteBranch];

describe('pull_request', () => {
  const PR_ENV = env('pull_request', 'refs/pull/2/merge');

  it('reports on the PR head sha, not the merge commit, and only reads history from base and default branch', () => {
    const ctx = describeRun(PR_ENV, payload('pull_request.synchronize.json'));
    expect([ctx.sha, ctx.pullRequest, ...history(ctx), ctx.defaultBranch]).toEqual([
      'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      {
        number: 2,
        headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
        baseRef: 'master',
        baseSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
        headRef: 'changes',
        isFork: false,
        labels: ['bug'],
        body: 'This is a pretty simple change that we need to pull into master.'
      },
      ['master'],
      undefined,
      'master'
    ]);
  });

  it('a PR into a release branch reads the base branch first, then the default branch', () => {
    const p = payload('pull_request.synchronize.json');
    p.pull_request.base.ref = 'release/1.x';
    expect(history(describeRun(PR_ENV, p))).toEqual([['release/1.x', 'master'], undefined]);
  });

  it('a PR from a fork is marked as a fork', () => {
    const p = payload('pull_request.synchronize.json');
    p.pull_request.head.repo.full_name = 'mallory/Hello-World';
    expect(describeRun(PR_ENV, p).pullRequest?.isFork).toEqual(true);
  });

  it('a PR whose fork was deleted (head.repo null) is treated as a fork', () => {
    const p = payload('pull_request.synchronize.json');
    p.pull_request.head.repo = null;
    const ctx = describeRun(PR_ENV, p);
    expect([ctx.pullRequest?.isFork, ctx.historyWriteBranch]).toEqual([true, undefined]);
  });
});

describe('push', () => {
  it('a push to the default branch may write history to it', () => {
    const ctx = describeRun(env('push', 'refs/heads/master', { GITHUB_SHA: '6113728f27ae82c7b1a177c8d03f9e96e0adf246' }), payload('push.default-branch.json'));
    expect([ctx.sha, ctx.pullRequest, ...history(ctx)]).toEqual(['6113728f27ae82c7b1a177c8d03f9e96e0adf246', undefined, ['master'], 'master']);
  });
  it('a push to another branch reads that branch then the default, and writes nothing', () => {
    const p = payload('push.default-branch.json');
    p.ref = 'refs/heads/feature/login';
    expect(history(describeRun(env('push', 'refs/heads/feature/login'), p))).toEqual([['feature/login', 'master'], undefined]);
  });
  it('a push of a tag reads the default branch and writes nothing', () => {
    expect(history(describeRun(env('push', 'refs/tags/simple-tag'), payload('push.tag.json')))).toEqual([['master'], undefined]);
  });
});

describe('other events never write history', () => {
  it('workflow_dispatch on the default branch reads it but does not write', () => {
    const ctx = describeRun(env('workflow_dispatch', 'refs/heads/main', { GITHUB_REPOSITORY: 'octo-org/octo-repo' }), payload('workflow_dispatch.json'));
    expect([ctx.sha, ...history(ctx)]).toEqual([MERGE_SHA, ['main'], undefined]);
  });
  it('merge_group reads the branch it merges into (the queue branch is temporary and has no history), and does not write', () => {
    const ref = 'refs/heads/gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64';
    const ctx = describeRun(env('merge_group', ref, { GITHUB_SHA: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d' }), payload('merge_group.json'));
    expect([ctx.sha, ...history(ctx)]).toEqual(['2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d', ['main'], undefined]);
  });
  it('workflow_run on the default branch does not write', () => {
    expect(describeRun(env('workflow_run', 'refs/heads/main'), payload('workflow_run.completed.json')).historyWriteBranch).toEqual(undefined);
  });
});

describe('run identity', () => {
  it('builds the run URL from server, repository and run id', () => {
    const ctx = describeRun(env('push', 'refs/heads/master', { GITHUB_SERVER_URL: 'https://ghe.example.com/' }), payload('push.default-branch.json'));
    expect([ctx.owner, ctx.repo, ctx.runId, ctx.serverUrl, ctx.runUrl]).toEqual([
      'Codertocat', 'Hello-World', '4242', 'https://ghe.example.com', 'https://ghe.example.com/Codertocat/Hello-World/actions/runs/4242'
    ]);
  });
  it('without GITHUB_REPOSITORY the repository comes from the payload', () => {
    const ctx = describeRun(env('push', 'refs/heads/master', { GITHUB_REPOSITORY: undefined }), payload('push.default-branch.json'));
    expect([ctx.owner, ctx.repo]).toEqual(['Codertocat', 'Hello-World']);
  });
  it.each([
    ['3', 3],
    [undefined, 1],
    ['', 1],
    ['garbage', 1],
    ['0', 1],
    ['-2', 1]
  ])('GITHUB_RUN_ATTEMPT=%p reads as attempt %p', (raw, attempt) => {
    expect(describeRun(env('push', 'refs/heads/master', { GITHUB_RUN_ATTEMPT: raw }), payload('push.default-branch.json')).attempt).toEqual(attempt);
  });
  it('an empty environment and payload give a harmless read-only context', () => {
    const ctx = describeRun({}, undefined);
    expect([ctx.owner, ctx.repo, ctx.sha, ctx.runId, ctx.attempt, ...history(ctx)]).toEqual(['', '', '', '0', 1, [], undefined]);
  });
});

// ---------------------------------------------------------------------------------------------
// The event policy: one case per saved payload, with the env GitHub sets for that event
// (GITHUB_SHA / GITHUB_REF as documented in "Events that trigger workflows").
// ---------------------------------------------------------------------------------------------

const PR_HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const MASTER_TIP = '6113728f27ae82c7b1a177c8d03f9e96e0adf246';
const MAIN_TIP = '9a1f3c2e4b5d6a7f8e9d0c1b2a3f4e5d6c7b8a90';
const NO_PR_WRITE = 'pull requests read history from the base branch and never write it';
const NO_RUN_WRITE = 'the workflow_run follow-up only publishes results; the default branch run writes history';

interface FixtureCase {
  readonly fixture: string;
  readonly env: Record<string, string>;
  readonly sha: string;
  readonly policy: EventPolicy;
}

const FIXTURE_CASES: readonly FixtureCase[] = [
  {
    fixture: 'pull_request.synchronize.json',
    env: env('pull_request', 'refs/pull/2/merge'),
    sha: PR_HEAD,
    policy: { rule: 'pull_request', checkSha: PR_HEAD, comment: true, historyRead: ['master'], historyWrite: { allowed: false, reason: NO_PR_WRITE }, baseRef: 'master', untrusted: false, changePoints: false }
  },
  {
    // pull_request_target runs on the base branch: GITHUB_SHA is the base tip, results still go on the head.
    fixture: 'pull_request_target.json',
    env: env('pull_request_target', 'refs/heads/master', { GITHUB_SHA: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e' }),
    sha: PR_HEAD,
    policy: {
      rule: 'pull_request_target',
      checkSha: PR_HEAD,
      comment: true,
      historyRead: ['master'],
      historyWrite: { allowed: false, reason: NO_PR_WRITE },
      baseRef: 'master',
      untrusted: true,
      changePoints: false,
      notice: "pull_request_target runs with a write token in the base repository: results go on the PR head ec26c3e. Check out and run the PR's code only if you trust its author."
    }
  },
  {
    fixture: 'push.default-branch.json',
    env: env('push', 'refs/heads/master', { GITHUB_SHA: MASTER_TIP }),
    sha: MASTER_TIP,
    policy: { rule: 'push-default', checkSha: MASTER_TIP, comment: false, historyRead: ['master'], historyWrite: { allowed: true, branch: 'master' }, untrusted: false, changePoints: false }
  },
  {
    fixture: 'push.feature-branch.json',
    env: env('push', 'refs/heads/feature/login', { GITHUB_SHA: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c' }),
    sha: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
    policy: {
      rule: 'push-other',
      checkSha: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
      comment: false,
      historyRead: ['feature/login', 'master'],
      historyWrite: { allowed: false, reason: '"feature/login" is not the default branch ("master")' },
      baseRef: 'master',
      untrusted: false,
      changePoints: false
    }
  },
  {
    fixture: 'push.tag.json',
    env: env('push', 'refs/tags/simple-tag', { GITHUB_SHA: MASTER_TIP }),
    sha: MASTER_TIP,
    policy: {
      rule: 'push-other',
      checkSha: MASTER_TIP,
      comment: false,
      historyRead: ['master'],
      historyWrite: { allowed: false, reason: 'refs/tags/simple-tag is not a branch' },
      baseRef: 'master',
      untrusted: false,
      changePoints: false
    }
  },
  {
    fixture: 'workflow_dispatch.json',
    env: env('workflow_dispatch', 'refs/heads/main', { GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_SHA: MAIN_TIP }),
    sha: MAIN_TIP,
    policy: {
      rule: 'workflow_dispatch',
      checkSha: MAIN_TIP,
      comment: false,
      historyRead: ['main'],
      historyWrite: { allowed: false, reason: 'a manual run writes history only with the input update-baseline: true' },
      untrusted: false,
      changePoints: false
    }
  },
  {
    fixture: 'workflow_dispatch.inputs.json',
    env: env('workflow_dispatch', 'refs/heads/main', { GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_SHA: MAIN_TIP }),
    sha: MAIN_TIP,
    policy: {
      rule: 'workflow_dispatch',
      checkSha: MAIN_TIP,
      comment: false,
      historyRead: ['release/1.x', 'main'],
      historyWrite: { allowed: true, branch: 'main' },
      baseRef: 'release/1.x',
      untrusted: false,
      changePoints: false
    }
  },
  {
    fixture: 'schedule.json',
    env: env('schedule', 'refs/heads/main', { GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_SHA: MAIN_TIP }),
    sha: MAIN_TIP,
    policy: { rule: 'schedule', checkSha: MAIN_TIP, comment: false, historyRead: ['main'], historyWrite: { allowed: true, branch: 'main' }, untrusted: false, changePoints: true }
  },
  {
    fixture: 'merge_group.json',
    env: env('merge_group', 'refs/heads/gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64', {
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_SHA: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d'
    }),
    sha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
    policy: {
      rule: 'merge_group',
      checkSha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
      comment: false,
      historyRead: ['main'],
      historyWrite: { allowed: false, reason: 'a merge queue run tests a temporary merge; history is written when it lands on the default branch' },
      baseRef: 'main',
      untrusted: false,
      changePoints: false
    }
  },
  {
    // workflow_run runs on the default branch: GITHUB_SHA is its tip, not the commit that was tested.
    fixture: 'workflow_run.completed.json',
    env: env('workflow_run', 'refs/heads/main', { GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_SHA: MAIN_TIP }),
    sha: '5779607b49aab1200488439f02372c57b4f75444',
    policy: {
      rule: 'workflow_run',
      checkSha: '5779607b49aab1200488439f02372c57b4f75444',
      comment: false,
      historyRead: ['main'],
      historyWrite: { allowed: false, reason: NO_RUN_WRITE },
      untrusted: false,
      changePoints: false
    }
  },
  {
    fixture: 'workflow_run.completed.pull-request.json',
    env: env('workflow_run', 'refs/heads/master', { GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_SHA: MASTER_TIP }),
    sha: '3484a3fb816e0859fd6e1cea078d76385ff50625',
    policy: {
      rule: 'workflow_run',
      checkSha: '3484a3fb816e0859fd6e1cea078d76385ff50625',
      comment: true,
      historyRead: ['master'],
      historyWrite: { allowed: false, reason: NO_RUN_WRITE },
      baseRef: 'master',
      untrusted: false,
      changePoints: false
    }
  },
  {
    fixture: 'workflow_run.fork.json',
    env: env('workflow_run', 'refs/heads/master', { GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_SHA: MASTER_TIP }),
    sha: 'c2d4b9e03b1a4c0e9f7d6a5b4c3d2e1f0a9b8c7d',
    policy: {
      rule: 'workflow_run',
      checkSha: 'c2d4b9e03b1a4c0e9f7d6a5b4c3d2e1f0a9b8c7d',
      comment: true,
      historyRead: ['master'],
      historyWrite: { allowed: false, reason: NO_RUN_WRITE },
      untrusted: true,
      changePoints: false
    }
  },
  {
    fixture: 'release.published.json',
    env: env('release', 'refs/tags/0.0.1', { GITHUB_SHA: MASTER_TIP }),
    sha: MASTER_TIP,
    policy: {
      rule: 'other',
      checkSha: MASTER_TIP,
      comment: false,
      historyRead: ['master'],
      historyWrite: { allowed: false, reason: '"release" runs do not write history (only default-branch pushes, schedules and baseline dispatches do)' },
      untrusted: false,
      changePoints: false,
      notice: 'Event "release": wrote the job summary and outputs, the check run on 6113728; skipped the PR comment, saving history.'
    }
  }
];

describe('event policy per saved payload', () => {
  it('every payload under __tests__/fixtures/events has a case here', () => {
    const saved = readdirSync(EVENTS).filter((f) => f.endsWith('.json')).sort();
    expect(FIXTURE_CASES.map((c) => c.fixture).sort()).toEqual(saved);
  });

  it.each(FIXTURE_CASES.map((c) => [c.fixture, c] as const))('%s', (_name, c) => {
    const ctx = describeRun(c.env, payload(c.fixture));
    expect(ctx.policy).toEqual(c.policy);
    // The fields existing callers use agree with the policy.
    const write = c.policy.historyWrite;
    expect([ctx.sha, ctx.historyReadBranches, ctx.historyWriteBranch]).toEqual([c.sha, c.policy.historyRead, write.allowed ? write.branch : undefined]);
  });
});

describe('what each event exposes beside the policy', () => {
  it('workflow_dispatch inputs arrive as strings and are read into typed values', () => {
    const ctx = describeRun(FIXTURE_CASES[6]!.env, payload('workflow_dispatch.inputs.json'));
    expect(ctx.dispatch).toEqual({ baseRef: 'release/1.x', updateBaseline: true, commands: 'npm test' });
  });
  it('a dispatch without inputs does not update the baseline', () => {
    expect(describeRun(FIXTURE_CASES[5]!.env, payload('workflow_dispatch.json')).dispatch).toEqual({ updateBaseline: false });
  });
  it('merge_group exposes the queue head and the branch it lands on', () => {
    const c = FIXTURE_CASES.find((x) => x.fixture === 'merge_group.json')!;
    expect(describeRun(c.env, payload(c.fixture)).mergeGroup).toEqual({
      headSha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
      headRef: 'refs/heads/gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64',
      baseRef: 'main',
      baseSha: '380387fbc80638b734a49e1be1c4dfec1c01b33c'
    });
  });
  it('workflow_run after a fork PR: the fork is the head repository and GitHub lists no pull requests', () => {
    const c = FIXTURE_CASES.find((x) => x.fixture === 'workflow_run.fork.json')!;
    const ctx = describeRun(c.env, payload(c.fixture));
    expect([ctx.workflowRun, ctx.pullRequest]).toEqual([
      {
        id: 289782451,
        headSha: 'c2d4b9e03b1a4c0e9f7d6a5b4c3d2e1f0a9b8c7d',
        headBranch: 'patch-1',
        headRepository: 'mallory/octo-repo',
        event: 'pull_request',
        conclusion: 'success',
        pullRequests: [],
        isFork: true
      },
      undefined
    ]);
  });
  it('workflow_run in the same repository lists the PR it tested; an unfinished run has no conclusion', () => {
    const same = FIXTURE_CASES.find((x) => x.fixture === 'workflow_run.completed.pull-request.json')!;
    const queued = FIXTURE_CASES.find((x) => x.fixture === 'workflow_run.completed.json')!;
    const run = describeRun(same.env, payload(same.fixture)).workflowRun;
    expect([run?.pullRequests, run?.isFork, describeRun(queued.env, payload(queued.fixture)).workflowRun?.conclusion]).toEqual([
      [{ number: 2, headSha: PR_HEAD, baseRef: 'master' }],
      false,
      undefined
    ]);
  });
  it('pull_request_target from a fork keeps the PR facts (a fork) while checking and commenting', () => {
    const c = FIXTURE_CASES[1]!;
    const ctx = describeRun(c.env, payload(c.fixture));
    expect([ctx.pullRequest?.number, ctx.pullRequest?.isFork, ctx.policy.checkSha, ctx.policy.comment]).toEqual([2, true, PR_HEAD, true]);
  });
});

describe('event policy edge cases', () => {
  const DISPATCH_ENV = env('workflow_dispatch', 'refs/heads/main', { GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_SHA: MAIN_TIP });
  function dispatch(inputs: unknown, ref = 'refs/heads/main') {
    const p = payload('workflow_dispatch.inputs.json');
    p.inputs = inputs;
    p.ref = ref;
    return describeRun({ ...DISPATCH_ENV, GITHUB_REF: ref }, p);
  }

  it('a fork pull_request gets no check run or comment, says why, and its results still belong to the PR head', () => {
    const p = payload('pull_request.synchronize.json');
    p.pull_request.head.repo.full_name = 'mallory/Hello-World';
    const ctx = describeRun(env('pull_request', 'refs/pull/2/merge'), p);
    expect([ctx.sha, ctx.policy.checkSha, ctx.policy.comment, ctx.policy.notice]).toEqual([
      PR_HEAD,
      undefined,
      false,
      'Pull request #2 comes from a fork, whose token is read-only: no check run or PR comment; the job summary and report artifact have the results (publish them with the workflow_run follow-up).'
    ]);
  });

  it.each(['pull_request_review', 'pull_request_review_comment'])('%s follows the pull_request row (re-evaluates require-approval on a review)', (event) => {
    const ctx = describeRun(env(event, 'refs/pull/2/merge'), payload('pull_request.synchronize.json'));
    expect([ctx.policy.rule, ctx.policy.checkSha, ctx.policy.comment, ctx.historyWriteBranch]).toEqual(['pull_request', PR_HEAD, true, undefined]);
  });

  it.each([
    [true, 'main'],
    [false, undefined],
    ['True', 'main'],
    ['FALSE', undefined],
    [' true ', 'main'],
    ['', undefined]
  ])('dispatch input update-baseline=%p on the default branch writes history to %p', (value, branch) => {
    expect(dispatch({ 'update-baseline': value }).historyWriteBranch).toEqual(branch);
  });

  it('update-baseline that is neither true nor false stops the run and says how to fix it', () => {
    expect(() => dispatch({ 'update-baseline': 'yes' })).toThrow(
      new UsageError('The workflow_dispatch input "update-baseline" is "yes": use true or false (declare it with "type: boolean" so the form shows a checkbox).')
    );
  });

  it('update-baseline on another branch is ignored with a notice, and the run reports only', () => {
    const ctx = dispatch({ 'base-ref': 'release/1.x', 'update-baseline': 'true' }, 'refs/heads/feature/x');
    expect([ctx.historyWriteBranch, ctx.policy.historyWrite, ctx.historyReadBranches, ctx.policy.notice]).toEqual([
      undefined,
      { allowed: false, reason: 'a manual run on "feature/x" reports only; the baseline is rebuilt only from the default branch ("main")' },
      ['release/1.x', 'feature/x', 'main'],
      'update-baseline is ignored on "feature/x": the baseline is only rebuilt from the default branch ("main"); this run reports only.'
    ]);
  });

  it('base-ref may be a full branch ref; a commit SHA is compared against but has no branch history to read', () => {
    const full = dispatch({ 'base-ref': 'refs/heads/release/2.x' });
    const sha = dispatch({ 'base-ref': 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e' });
    expect([full.policy.baseRef, full.historyReadBranches, sha.policy.baseRef, sha.historyReadBranches]).toEqual([
      'release/2.x',
      ['release/2.x', 'main'],
      'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
      ['main']
    ]);
  });

  it('a schedule payload with only the cron line (before 2022-09) still refreshes the default branch', () => {
    const ctx = describeRun(env('schedule', 'refs/heads/main', { GITHUB_SHA: MAIN_TIP }), { schedule: '0 3 * * *' });
    expect([ctx.defaultBranch, ctx.historyWriteBranch, ctx.policy.changePoints]).toEqual(['main', 'main', true]);
  });

  it('a push whose payload does not name the default branch writes nothing', () => {
    const p = payload('push.default-branch.json');
    delete p.repository.default_branch;
    const ctx = describeRun(env('push', 'refs/heads/master', { GITHUB_SHA: MASTER_TIP }), p);
    expect([ctx.historyWriteBranch, ctx.policy.historyWrite]).toEqual([undefined, { allowed: false, reason: 'the event payload does not name the default branch' }]);
  });

  it('a merge_group payload without merge_group falls back to the other-event row and says so', () => {
    const p = payload('merge_group.json');
    delete p.merge_group;
    const ctx = describeRun(env('merge_group', 'refs/heads/gh-readonly-queue/main/pr-1', { GITHUB_SHA: MAIN_TIP }), p);
    expect([ctx.policy.rule, ctx.sha, ctx.policy.notice]).toEqual([
      'other',
      MAIN_TIP,
      'Event "merge_group" (its payload has no merge_group.head_sha): wrote the job summary and outputs, the check run on 9a1f3c2; skipped the PR comment, saving history.'
    ]);
  });

  it('another event without GITHUB_SHA skips the check run too', () => {
    const ctx = describeRun(env('issue_comment', 'refs/heads/master', { GITHUB_SHA: undefined }), payload('release.published.json'));
    expect([ctx.sha, ctx.policy.checkSha, ctx.policy.notice]).toEqual([
      '',
      undefined,
      'Event "issue_comment": wrote the job summary and outputs; skipped the check run (no commit SHA), the PR comment, saving history.'
    ]);
  });

  it('workflow_run whose fork was deleted (head_repository null) counts as a fork', () => {
    const p = payload('workflow_run.fork.json');
    p.workflow_run.head_repository = null;
    const ctx = describeRun(FIXTURE_CASES.find((x) => x.fixture === 'workflow_run.fork.json')!.env, p);
    expect([ctx.workflowRun?.isFork, ctx.workflowRun?.headRepository, ctx.policy.untrusted]).toEqual([true, '', true]);
  });
});

describe('the README event table', () => {
  const lines = EVENT_TABLE_MARKDOWN.trimEnd().split('\n');
  const cells = (rule: string) => {
    const label = EVENT_RULES.find((r) => r.id === rule)!.label;
    const line = lines.find((l) => l.startsWith(`| ${label} |`));
    return line?.slice(2, -2).split(' | ');
  };

  it('has one row per rule under a fixed header', () => {
    expect([lines[0], lines[1], lines.length]).toEqual([
      '| Event | Check run on | PR comment | History read from | History written | Notes |',
      '| --- | --- | --- | --- | --- | --- |',
      EVENT_RULES.length + 2
    ]);
  });

  it('states the rules the issue asks for', () => {
    expect([cells('push-default'), cells('merge_group')?.slice(0, 5), cells('workflow_dispatch')?.[4]]).toEqual([
      ['`push` to the default branch', '`GITHUB_SHA`', 'no', 'default branch', 'yes, when the results are complete', 'Saves timings, baselines, coverage and the last green commit.'],
      ['`merge_group`', '`merge_group.head_sha`', 'no', '`merge_group.base_ref`, then default branch', 'never'],
      'on the default branch with `update-baseline: true`, when the results are complete'
    ]);
    expect(cells('pull_request_target')?.[5]).toMatch(/^\*\*Runs with a write token in the base repository\.\*\*/);
  });

  it.each(FIXTURE_CASES.map((c) => [c.fixture, c] as const))('agrees with what %s does', (_name, c) => {
    const row = cells(c.policy.rule)!;
    // A row that says "no" / "never" must never be contradicted by a run under it.
    expect([row[2] === 'no' && c.policy.comment, row[4] === 'never' && c.policy.historyWrite.allowed]).toEqual([false, false]);
  });
});
