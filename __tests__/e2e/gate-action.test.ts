// The bundled action, spawned as a runner spawns it, against loopback fakes of the GitHub API
// (requests validated against GitHub's REST description) and of the Actions cache service (driven
// by the real @actions/cache inside the bundle).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { useFakes } from '../harness/fakes.js';
import { junitXml, makeSandbox, ROOT, runAction, TOKEN, type ActionRunOptions, type Sandbox } from '../harness/run-bundle.js';

const PR_EVENT = { event: 'pull_request.synchronize.json', eventName: 'pull_request' } as const;
const PUSH_EVENT = { event: 'push.default-branch.json', eventName: 'push' } as const;
const PR_HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const PUSH_SHA = '6113728f27ae82c7b1a177c8d03f9e96e0adf246';

let box: Sandbox;

const fakes = useFakes();

function run(extra: Partial<ActionRunOptions> & Pick<ActionRunOptions, 'event' | 'eventName'>, inputs: Record<string, string> = {}) {
  return runAction({
    sandbox: box,
    apiUrl: fakes.api.url,
    cacheEnv: fakes.cache.env,
    inputs: { 'github-token': TOKEN, junit: 'reports/**/*.xml', ...inputs },
    ...extra
  });
}

const checkRequests = () => fakes.api.requests.filter((r) => r.path.endsWith('/check-runs') || /\/check-runs\/\d+$/.test(r.path));

describe('a passing pull request run', () => {
  it('writes outputs, summary and JSON report, creates a completed check on the PR head and one comment, and saves no history', async () => {
    box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 4 }), 'reports/api/more.xml': junitXml({ suite: 'api', passed: 2 }) });
    const result = await run(PR_EVENT);

    expect(result.exitCode).toBe(0);
    expect(result.outputs.passed).toBe('true');
    expect(result.outputs.conclusion).toBe('success');
    const report = JSON.parse(await readFile(result.outputs.report ?? '', 'utf8'));
    expect(report.tests).toEqual({ total: 6, passed: 6, failed: 0, errors: 0, skipped: 0, flaky: 0 });
    expect(report.conclusion).toBe('success');
    expect(result.summary).toContain('Pipeline Gates: passed');
    expect(result.summary).toContain('**6 tests**: 6 passed');

    expect(fakes.api.invalidRequests()).toEqual([]);
    const create = fakes.api.requests.find((r) => r.operationId === 'checks/create');
    expect(create?.path).toBe('/repos/Codertocat/Hello-World/check-runs');
    expect(create?.body).toMatchObject({ name: 'Pipeline Gates', head_sha: PR_HEAD_SHA, status: 'completed', conclusion: 'success' });
    expect(fakes.api.state.checkRuns).toHaveLength(1);
    const comments = fakes.api.state.comments.get(2) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('<!-- pipeline-gates:sticky-comment id=default -->');

    expect(fakes.cache.entries()).toEqual([]);
    expect(fakes.cache.requests.some((r) => r.path.includes('CreateCacheEntry'))).toBe(false);
    expect(`${result.stdout}${result.stderr}`).not.toContain(TOKEN);
  });

  it('edits its comment in place on the second run instead of adding one', async () => {
    box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 2 }) });
    fakes.api.seedComments(2, [{ body: 'LGTM', user: { login: 'octocat', type: 'User' } }]);
    await run(PR_EVENT);
    const second = await run(PR_EVENT, {}).then((r) => r);

    expect(second.exitCode).toBe(0);
    const ops = fakes.api.requests.map((r) => r.operationId).filter((o) => o?.includes('comment'));
    expect(ops).toEqual(['issues/list-comments', 'issues/create-comment', 'issues/list-comments', 'issues/list-comments', 'issues/update-comment']);
    const comments = fakes.api.state.comments.get(2) ?? [];
    expect(comments.map((c) => c.body.startsWith('<!-- pipeline-gates'))).toEqual([false, true]);
    expect(fakes.api.invalidRequests()).toEqual([]);
  });
});

describe('comment-mode', () => {
  const commentOps = () => fakes.api.requests.map((r) => r.operationId).filter((o) => o?.includes('comment'));

  it('failures: a passing PR with no earlier comment gets none; the summary is still written', async () => {
    box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 2 }) });
    const result = await run(PR_EVENT, { 'comment-mode': 'failures' });
    expect(result.exitCode).toBe(0);
    expect(commentOps()).toEqual(['issues/list-comments']);
    expect(result.summary).toContain('Pipeline Gates: passed');
    expect(result.stdout).toContain('comment not posted: the run passed and there is no earlier comment');
  });

  it('failures: a failing run comments, and the fix updates that comment rather than leaving it stale', async () => {
    box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 1, failed: [{ name: 'x', message: 'boom' }] }) });
    await run(PR_EVENT, { 'comment-mode': 'failures' });
    await writeFile(path.join(box.workspace, 'reports/unit.xml'), junitXml({ passed: 2 }));
    await run(PR_EVENT, { 'comment-mode': 'failures' });
    expect(commentOps()).toEqual(['issues/list-comments', 'issues/create-comment', 'issues/list-comments', 'issues/list-comments', 'issues/update-comment']);
    expect(fakes.api.state.comments.get(2)?.[0]?.body).toContain('Pipeline Gates: passed');
  });

  it('changes: an identical second run leaves the comment alone', async () => {
    box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 2 }) });
    await run(PR_EVENT, { 'comment-mode': 'changes' });
    await run(PR_EVENT, { 'comment-mode': 'changes' });
    expect(commentOps()).toEqual(['issues/list-comments', 'issues/create-comment', 'issues/list-comments', 'issues/list-comments']);
  });
});

describe('a failing pull request run', () => {
  it('fails the step, sets passed=false and annotates each failure at its file and line', async () => {
    box = await makeSandbox({
      'reports/unit.xml': junitXml({
        passed: 3,
        failed: [
          { name: 'applies the coupon', message: 'expected 90 to be 81', line: 42 },
          { name: 'rounds totals', message: 'expected 10.005 to be 10.01', line: 57 }
        ]
      })
    });
    const result = await run(PR_EVENT);

    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', conclusion: 'failure' });
    expect(result.stdout).toContain('::error::Gate "tests" failed: 2 failed of 5 tests.');
    expect(result.summary).toContain('### Failed tests (2)');
    expect(result.summary).toContain(`https://github.com/Codertocat/Hello-World/blob/${PR_HEAD_SHA}/src/checkout.test.ts#L42`);

    const create = fakes.api.requests.find((r) => r.operationId === 'checks/create');
    expect(create?.body).toMatchObject({ head_sha: PR_HEAD_SHA, conclusion: 'failure' });
    const annotations = fakes.api.state.checkRuns[0]?.output.annotations ?? [];
    expect(annotations.map((a) => [a.path, a.start_line, a.annotation_level])).toEqual([
      ['src/checkout.test.ts', 42, 'failure'],
      ['src/checkout.test.ts', 57, 'failure']
    ]);
    expect(annotations[0]?.message).toBe('expected 90 to be 81');
    expect(fakes.api.invalidRequests()).toEqual([]);
  });

  it('delivers 120 failures as annotation batches of 50, 50 and 20 and completes the check last', async () => {
    const failed = Array.from({ length: 120 }, (_, i) => ({ name: `case ${i}`, message: `boom ${i}`, line: i + 1 }));
    box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 1, failed }) });
    const result = await run(PR_EVENT);

    expect(result.exitCode).toBe(1);
    const batches = checkRequests().map((r) => [r.operationId, (r.body as { output: { annotations?: unknown[] } }).output.annotations?.length, (r.body as { status?: string }).status]);
    expect(batches).toEqual([
      ['checks/create', 50, 'in_progress'],
      ['checks/update', 50, undefined],
      ['checks/update', 20, 'completed']
    ]);
    expect(fakes.api.state.checkRuns[0]?.output.annotations).toHaveLength(120);
    expect(fakes.api.state.checkRuns[0]?.conclusion).toBe('failure');
    expect(fakes.api.invalidRequests()).toEqual([]);
  });
});

describe('test reports in several formats', () => {
  it('reads TRX and Surefire (with reruns) side by side, reports flaky tests as warnings and fails on the real failures', async () => {
    const fixture = (rel: string) => readFile(path.join(ROOT, '__tests__/fixtures/tests', rel), 'utf8');
    box = await makeSandbox({
      'reports/mstest.trx': await fixture('trx/mstest.trx'),
      'reports/TEST-com.acme.CalcTest.xml': await fixture('surefire/TEST-com.acme.CalcTest.xml')
    });
    const result = await run(PR_EVENT, { junit: 'reports/*' });

    expect(result.exitCode).toBe(1);
    const report = JSON.parse(await readFile(result.outputs.report ?? '', 'utf8'));
    expect(report.inputs.files).toEqual([
      { file: 'reports/TEST-com.acme.CalcTest.xml', format: 'junit' },
      { file: 'reports/mstest.trx', format: 'trx' }
    ]);
    expect(report.tests).toEqual({ total: 16, passed: 8, failed: 3, errors: 2, skipped: 3, flaky: 2 });
    expect(result.summary).toContain('### Flaky tests (2)');
    const levels = fakes.api.state.checkRuns[0]?.output.annotations.map((a) => a.annotation_level);
    expect([levels?.filter((l) => l === 'failure').length, levels?.filter((l) => l === 'warning').length]).toEqual([5, 2]);
    expect(fakes.api.invalidRequests()).toEqual([]);
  });
});

describe('bad or missing input', () => {
  it('fails when no report matches, naming the glob', async () => {
    box = await makeSandbox({});
    const result = await run(PR_EVENT, { junit: 'build/test-results/**/*.xml' });

    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', conclusion: 'failure' });
    expect(result.stdout).toContain('"build/test-results/**/*.xml" matched no files');
    expect(result.summary).toContain('"build/test-results/\\*\\*/\\*.xml" matched no files');
  });

  it('reports a malformed XML file with its line, still counts the good file, and fails the step', async () => {
    box = await makeSandbox({
      'reports/good.xml': junitXml({ passed: 2 }),
      'reports/broken.xml': '<?xml version="1.0"?>\n<testsuite name="x">\n  <testcase name="a">\n</testsuite>\n'
    });
    const result = await run(PR_EVENT);

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error file=reports\/broken\.xml,line=4,col=\d+::/);
    expect(result.stdout).toContain('::error::Unreadable reports: reports/broken.xml:4:');
    expect(result.stdout).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/); // no stack trace
    const report = JSON.parse(await readFile(result.outputs.report ?? '', 'utf8'));
    expect(report.tests.total).toBe(2);
    expect(report.problems[0]).toMatchObject({ file: 'reports/broken.xml', line: 4 });
    expect(result.summary).toContain('Unreadable report `reports/broken.xml` line 4');
  });

  it('stops on an invalid config with the file, line and allowed keys, before touching GitHub', async () => {
    box = await makeSandbox({
      'reports/unit.xml': junitXml({ passed: 1 }),
      '.github/pipeline-gates.yml': 'id: web\ngates:\n  tests:\n    min_tests: 3\n'
    });
    const result = await run(PR_EVENT);

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error file=.github/pipeline-gates.yml,line=4,col=5::gates.tests: unknown key "min_tests"; allowed: action, exceptions, min-tests, max-failures, flaky');
    expect(fakes.api.requests).toEqual([]);
  });

  it('rejects a bad input value with its name and the allowed values', async () => {
    box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 1 }) });
    const result = await run(PR_EVENT, { 'comment-mode': 'sometimes' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error::Input "comment-mode" must be one of "always", "changes", "failures", "off", got "sometimes".');
  });
});

describe('history in the Actions cache', () => {
  it('is saved on default-branch pushes, restored by prefix on the next push, and read by pull requests', async () => {
    box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 3 }) });
    const first = await run({ ...PUSH_EVENT, runId: '100' });
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain('History saved: cache key pipeline-gates-v1:default:master:100-1.');
    expect(first.summary).toContain('history: none yet');

    const second = await run({ ...PUSH_EVENT, runId: '101' });
    expect(second.summary).toContain('history: 1 earlier run from cache key pipeline-gates-v1:default:master:100-1');
    expect(fakes.cache.entries().map((e) => e.key)).toEqual(['pipeline-gates-v1:default:master:100-1', 'pipeline-gates-v1:default:master:101-1']);

    const pr = await run({ ...PR_EVENT, runId: '102' });
    expect(pr.summary).toContain('history: 2 earlier runs from cache key pipeline-gates-v1:default:master:101-1');
    expect(pr.stdout).toContain('History not saved: pull requests read history from the base branch and never write it.');
    expect(fakes.cache.entries()).toHaveLength(2);

    const checks = fakes.api.requests.filter((r) => r.operationId === 'checks/create').map((r) => (r.body as { head_sha: string }).head_sha);
    expect(checks).toEqual([PUSH_SHA, PUSH_SHA, PR_HEAD_SHA]);
    expect(fakes.api.state.comments.get(2)).toHaveLength(1); // pushes never comment
  });

  it('does not save the history of a run whose report could not be read', async () => {
    box = await makeSandbox({ 'reports/unit.xml': '<testsuite><testcase name="a">' });
    const result = await run({ ...PUSH_EVENT, runId: '200' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('History not saved: some reports could not be read');
    expect(fakes.cache.entries()).toEqual([]);
  });
});

describe('reporting faults', () => {
  it('turns a 403 on the check run into a warning; verdict, outputs and summary stand', async () => {
    box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 2 }) });
    fakes.api.failNext({ operationId: 'checks/create' }, { status: 403 });
    const result = await run(PR_EVENT);

    expect(result.exitCode).toBe(0);
    expect(result.outputs.passed).toBe('true');
    expect(result.summary).toContain('Pipeline Gates: passed');
    expect(result.stdout).toContain('::warning::Could not create the check run (HTTP 403)');
    expect(result.stdout).toContain('Does the workflow grant `checks: write`?');
    expect(fakes.api.state.comments.get(2)).toHaveLength(1);
  });
});
