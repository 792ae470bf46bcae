import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { startFakeGitHubApi, type FakeGitHubApi } from './fake-github-api.js';
import { loadOpenApiValidator, type OpenApiValidator } from './openapi-validator.js';

const TOKEN = 'ghs_fakeTokenThatMustNeverBeRecorded0042';
const repo = { owner: 'octo-org', repo: 'octo-repo' };
const annotation = (i: number) => ({ path: `src/file${i}.ts`, start_line: i + 1, end_line: i + 1, annotation_level: 'warning' as const, message: `problem ${i}` });

// Routes whose params are deliberately invalid go through an untyped route string, so the
// compiler does not stop us from sending what GitHub would reject.
const untyped = (octokit: ReturnType<typeof getOctokit>, route: string, params: Record<string, unknown>) => octokit.request(route, params);
const statusOf = async (p: Promise<unknown>) => p.then(() => 0, (e: unknown) => (e as { status?: number }).status ?? -1);

let validator: OpenApiValidator;
beforeAll(() => {
  const started = performance.now();
  validator = loadOpenApiValidator();
  const first = performance.now();
  validator.validate({ method: 'POST', path: '/repos/o/r/check-runs', body: { name: 'n', head_sha: 'abc' } });
  const compiled = performance.now();
  process.stdout.write(`openapi-validator: load ${(first - started).toFixed(0)} ms (parse+route table ${validator.loadMs.toFixed(0)} ms, ` +
    `${validator.operationCount} operations), first compile+validate of checks/create ${(compiled - first).toFixed(0)} ms\n`);
});

describe('openapi-validator', () => {
  it('prefers literal segments over parameters and lets multi-segment params span slashes', () => {
    expect(validator.match('GET', '/repos/o/r/issues/comments')?.operationId).toBe('issues/list-comments-for-repo');
    expect(validator.match('GET', '/repos/o/r/issues/7')?.operationId).toBe('issues/get');
    expect(validator.match('patch', '/repos/o/r/issues/comments/9')).toMatchObject({ operationId: 'issues/update-comment', pathParams: { comment_id: '9' } });
    expect(validator.match('GET', '/repos/o/r/contents/docs/a%20b/c.md')?.pathParams.path).toBe('docs/a b/c.md');
    expect(validator.match('GET', '/repos/o/r/check-runs/1/nope')).toBeNull();
    expect(validator.validate({ method: 'PUT', path: '/repos/o/r/check-runs' })).toMatchObject({ found: false, operationId: null });
  });

  it('type-checks path and query parameters, coercing the strings they arrive as', () => {
    expect(validator.validate({ method: 'GET', path: '/repos/o/r/check-runs/42' }).errors).toEqual([]);
    expect(validator.validate({ method: 'GET', path: '/repos/o/r/check-runs/latest' }).errors).toEqual(['path.check_run_id must be integer (got "latest")']);
    const q = validator.validate({ method: 'GET', path: '/repos/o/r/issues', query: new URLSearchParams('state=bogus&per_page=10') });
    expect(q.errors).toEqual(['query.state must be one of "open", "closed", "all" (got "bogus")']);
  });

  it('understands nullable, oneOf and additionalProperties:false', () => {
    const update = (body: unknown) => validator.validate({ method: 'PATCH', path: '/repos/o/r/issues/3', body }).errors;
    expect(update({ milestone: null, assignee: null, state_reason: null, title: 12 })).toEqual([]);
    expect(update({ milestone: { id: 1 } }).join('\n')).toMatch(/body\.milestone matches none of the allowed alternatives/);
    expect(update({ state_reason: 'bored' }).join('\n')).toMatch(/body\.state_reason must be one of .*"not_planned".* \(got "bored"\)/);
    const sarif = { commit_sha: 'a'.repeat(40), ref: 'refs/heads/main', sarif: 'H4sIAAAA', extra: 1 };
    expect(validator.validate({ method: 'POST', path: '/repos/o/r/code-scanning/sarifs', body: sarif }).errors).toEqual(['body.extra is not an allowed property']);
    expect(validator.validate({ method: 'POST', path: '/repos/o/r/check-runs' }).errors).toEqual(['body is required']);
  });
});

describe('fake GitHub API driven by the real @actions/github Octokit', () => {
  let api: FakeGitHubApi;
  afterEach(async () => { await api.close(); });
  const start = async (opts?: Parameters<typeof startFakeGitHubApi>[0]) => {
    api = await startFakeGitHubApi({ validator, ...opts });
    return getOctokit(TOKEN, { baseUrl: api.url });
  };

  it('accumulates check-run annotations across create and update, as GitHub appends them', async () => {
    const octokit = await start();
    const created = await octokit.rest.checks.create({
      ...repo, name: 'pipeline-gates', head_sha: 'f'.repeat(40), status: 'in_progress',
      output: { title: 'Gates', summary: 'running', annotations: Array.from({ length: 50 }, (_, i) => annotation(i)) },
    });
    expect(created.status).toBe(201);
    expect(created.headers['x-ratelimit-remaining']).toBeDefined();
    const id = created.data.id;
    await octokit.rest.checks.update({
      ...repo, check_run_id: id, conclusion: 'failure',
      output: { title: 'Gates', summary: '2 gates failed', annotations: Array.from({ length: 30 }, (_, i) => annotation(50 + i)) },
    });
    const got = await octokit.rest.checks.get({ ...repo, check_run_id: id });
    expect(got.data).toMatchObject({ status: 'completed', conclusion: 'failure', output: { summary: '2 gates failed', annotations_count: 80 } });
    const [run] = api.state.checkRuns;
    expect(run?.output.annotations.map((a) => a.message)).toEqual(Array.from({ length: 80 }, (_, i) => `problem ${i}`));
    expect(api.invalidRequests()).toEqual([]);
    expect(api.requests.map((r) => r.operationId)).toEqual(['checks/create', 'checks/update', 'checks/get']);
  });

  it('rejects bodies GitHub would reject with a 422 that names the field', async () => {
    const octokit = await start();
    const create = (body: Record<string, unknown>) => untyped(octokit, 'POST /repos/{owner}/{repo}/check-runs', { ...repo, name: 'n', head_sha: 'abc', ...body });
    expect(await statusOf(create({ conclusion: 'passed' }))).toBe(422);
    const { annotation_level: _dropped, ...noLevel } = annotation(1);
    expect(await statusOf(create({ output: { title: 't', summary: 's', annotations: [noLevel] } }))).toBe(422);
    expect(await statusOf(create({ output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) } }))).toBe(422);
    const ok = await create({});
    const update = untyped(octokit, 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...repo, check_run_id: (ok.data as { id: number }).id, status: 'done' });
    await expect(update).rejects.toMatchObject({ status: 422, message: expect.stringContaining('body.status must be one of') });
    expect(api.invalidRequests().map((r) => r.validationErrors)).toEqual([
      [expect.stringContaining('body.conclusion must be one of "action_required"')],
      ['body.output.annotations[0].annotation_level is required'],
      ['body.output.annotations must NOT have more than 50 items (got an array of 51)'],
      expect.arrayContaining([expect.stringMatching(/^body\.status must be one of "queued", "in_progress", "completed".*\(got "done"\)$/)]),
    ]);
    expect(api.state.checkRuns).toHaveLength(1); // rejected requests change nothing
  });

  it('can serve invalid requests anyway while still flagging them', async () => {
    const octokit = await start({ rejectInvalid: false });
    const res = await untyped(octokit, 'POST /repos/{owner}/{repo}/check-runs', { ...repo, name: 'n', head_sha: 'abc', status: 'finished' });
    expect(res.status).toBe(201);
    expect(api.invalidRequests()[0]?.validationErrors).toEqual([expect.stringContaining('body.status must be one of')]);
  });

  it('answers unknown routes with GitHub\'s 404 and records them as invalid', async () => {
    const octokit = await start();
    await expect(untyped(octokit, 'GET /repos/{owner}/{repo}/check-runz', repo)).rejects.toMatchObject({ status: 404, response: { data: { message: 'Not Found' } } });
    expect(api.invalidRequests()).toMatchObject([{ operationId: null, path: '/repos/octo-org/octo-repo/check-runz' }]);
  });

  it('paginates comments with GitHub\'s Link header so octokit.paginate collects every page', async () => {
    const octokit = await start();
    api.seedComments(7, Array.from({ length: 150 }, (_, i) => ({ body: `foreign ${i}` })));
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 7, per_page: 60 });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 150 }, (_, i) => `foreign ${i}`));
    expect(api.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    const middle = await octokit.rest.issues.listComments({ ...repo, issue_number: 7, per_page: 60, page: 2 });
    const link = (p: number) => `<${api.url}/repos/octo-org/octo-repo/issues/7/comments?per_page=60&page=${p}>`;
    expect(middle.headers.link).toBe(`${link(1)}; rel="prev", ${link(3)}; rel="next", ${link(3)}; rel="last", ${link(1)}; rel="first"`);
    const single = await octokit.rest.issues.listComments({ ...repo, issue_number: 7, per_page: 100, page: 2 });
    expect(single.data).toHaveLength(50);
    expect(api.invalidRequests()).toEqual([]);
  });

  it('creates, edits and deletes comments', async () => {
    const octokit = await start();
    api.seedComments(3, [{ body: 'hello', user: { login: 'someone' } }]);
    const { data: mine } = await octokit.rest.issues.createComment({ ...repo, issue_number: 3, body: '<!-- pipeline-gates --> v1' });
    expect(mine.user?.login).toBe('github-actions[bot]');
    await octokit.rest.issues.updateComment({ ...repo, comment_id: mine.id, body: '<!-- pipeline-gates --> v2' });
    expect(api.state.comments.get(3)?.map((c) => c.body)).toEqual(['hello', '<!-- pipeline-gates --> v2']);
    expect((await octokit.rest.issues.deleteComment({ ...repo, comment_id: mine.id })).status).toBe(204);
    expect(api.state.comments.get(3)?.map((c) => c.body)).toEqual(['hello']);
    expect(await statusOf(octokit.rest.issues.getComment({ ...repo, comment_id: mine.id }))).toBe(404);
  });

  it('injects a 500 once, then serves normally (plain client and with plugin-retry)', async () => {
    await start();
    const plain = getOctokit(TOKEN, { baseUrl: api.url });
    api.failNext({ method: 'GET', pathPattern: /\/comments$/ }, { status: 500 });
    expect(await statusOf(plain.rest.issues.listComments({ ...repo, issue_number: 1 }))).toBe(500);
    expect((await plain.rest.issues.listComments({ ...repo, issue_number: 1 })).status).toBe(200);

    const retrying = getOctokit(TOKEN, { baseUrl: api.url, retry: { retryAfterBaseValue: 5 } }, retry);
    api.failNext({ operationId: 'issues/create-comment' }, { status: 500, times: 2 });
    expect((await retrying.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' })).status).toBe(201);
    expect(api.requests.slice(2).map((r) => r.status)).toEqual([500, 500, 201]);
  });

  it('injects 429 with retry-after that the throttling plugin honours, and 403 with custom headers', async () => {
    await start();
    const onSecondaryRateLimit = jestFn();
    const throttled = getOctokit(TOKEN, {
      baseUrl: api.url,
      throttle: { onRateLimit: () => false, onSecondaryRateLimit: onSecondaryRateLimit.fn, retryAfterBaseValue: 5 },
    }, throttling);
    api.failNext({ method: 'GET' }, { status: 429, headers: { 'retry-after': '2' } });
    expect((await throttled.rest.checks.get({ ...repo, check_run_id: 1 }).catch((e: { status: number }) => e)).status).toBe(404);
    expect(onSecondaryRateLimit.calls).toEqual([2]);

    api.failNext({ method: 'POST' }, { status: 403, headers: { 'x-ratelimit-remaining': '0' }, body: { message: 'API rate limit exceeded' } });
    await expect(getOctokit(TOKEN, { baseUrl: api.url }).rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' }))
      .rejects.toMatchObject({ status: 403, response: { headers: { 'x-ratelimit-remaining': '0' } } });
  });

  it('hangs matching requests so client timeouts can be exercised, and still closes', async () => {
    const octokit = await start();
    api.hang({ operationId: 'checks/get' });
    const res = octokit.rest.checks.get({ ...repo, check_run_id: 5, request: { signal: AbortSignal.timeout(200) } });
    await expect(res).rejects.toThrow();
    expect(api.requests).toMatchObject([{ operationId: 'checks/get' }]);
    expect(api.requests[0]?.status).toBeUndefined();
    expect(await statusOf(octokit.rest.checks.get({ ...repo, check_run_id: 5 }))).toBe(404); // hang was one-shot
  });

  it('serves a job log as GitHub does, a 302 to a blob URL on the same server, and records the blob download apart', async () => {
    const octokit = await start();
    api.seedJobLog(42, '2026-01-01T00:00:00.0000000Z hello\n');
    const res = await octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', { ...repo, job_id: 42, request: { redirect: 'manual' } });
    expect([res.status, res.headers.location]).toEqual([302, `${api.url}/_blobs/job-logs/42.txt?sig=fake`]);
    const blob = await fetch(res.headers.location ?? '');
    expect([blob.status, await blob.text()]).toEqual([200, '2026-01-01T00:00:00.0000000Z hello\n']);
    expect(api.blobRequests).toEqual([{ method: 'GET', path: '/_blobs/job-logs/42.txt', authorized: false, status: 200, bytes: 35 }]);
    expect(await statusOf(octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', { ...repo, job_id: 43 }))).toBe(404);
    expect(api.invalidRequests()).toEqual([]);
  });

  it('lists the Actions caches sorted, filtered by key prefix and paged, with the usage total', async () => {
    const octokit = await start();
    const entry = (id: number, key: string, size: number, at: string) => ({ id, ref: 'refs/heads/main', key, version: 'v', last_accessed_at: at, created_at: at, size_in_bytes: size });
    api.state.caches.push(entry(1, 'npm-a', 10, '2026-01-02T00:00:00Z'), entry(2, 'npm-b', 30, '2026-01-01T00:00:00Z'), entry(3, 'pip-c', 20, '2026-01-03T00:00:00Z'));
    const bySize = await octokit.rest.actions.getActionsCacheList({ ...repo, sort: 'size_in_bytes', direction: 'desc' });
    expect(bySize.data.actions_caches.map((c) => c.id)).toEqual([2, 3, 1]);
    const npm = await octokit.rest.actions.getActionsCacheList({ ...repo, key: 'npm-', per_page: 1 });
    expect([npm.data.total_count, npm.data.actions_caches.map((c) => c.key), npm.headers.link?.includes('rel="next"')]).toEqual([2, ['npm-a'], true]);
    const usage = await octokit.rest.actions.getActionsCacheUsage(repo);
    expect(usage.data).toEqual({ full_name: 'octo-org/octo-repo', active_caches_size_in_bytes: 60, active_caches_count: 3 });
    expect(api.invalidRequests()).toEqual([]);
  });

  it('never records the token', async () => {
    const octokit = await start();
    await octokit.rest.checks.create({ ...repo, name: 'n', head_sha: 'abc' });
    await octokit.rest.issues.createComment({ ...repo, issue_number: 2, body: 'hi' });
    await untyped(octokit, 'GET /nowhere', {}).catch(() => undefined);
    expect(api.requests).toHaveLength(3);
    expect(api.requests.every((r) => r.authorized && !('authorization' in r.headers))).toBe(true);
    expect(JSON.stringify(api.requests)).not.toContain(TOKEN);
    expect(JSON.stringify(api.requests)).not.toContain(TOKEN.slice(4, 20));
  });
});

function jestFn() {
  const calls: number[] = [];
  return { calls, fn: (retryAfter: number) => { calls.push(retryAfter); return calls.length < 3; } };
}
