import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { describeRun } from '../../../src/github/run-context.js';

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
  it('merge_group reads its queue branch and the default, and does not write', () => {
    const ref = 'refs/heads/gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64';
    const ctx = describeRun(env('merge_group', ref, { GITHUB_SHA: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d' }), payload('merge_group.json'));
    expect([ctx.sha, ...history(ctx)]).toEqual([
      '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
      ['gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64', 'main'],
      undefined
    ]);
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
