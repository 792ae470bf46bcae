// src/github/jobs.ts against the loopback fake of api.github.com, through our real client
// (createClient: retry + throttling). @actions/github reads GITHUB_API_URL when it is first
// loaded, so the fake starts before the client module is imported.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { fetchRunJobs, type RunJobsQuery } from '../../../src/github/jobs.js';
import type { GitHubClient } from '../../../src/github/octokit.js';
import { computePipelineMetrics } from '../../../src/pipeline/metrics.js';
import { startFakeGitHubApi, type FakeGitHubApi, type FakeResponse, type RecordedRequest } from '../../harness/fake-github-api.js';
import { fixtureRun, fixtureWorkflow, listing, NOW, workflowRun, type JobsListing } from './fixture.js';

const QUERY: RunJobsQuery = { owner: 'acme', repo: 'widgets', runId: 30418275561, attempt: 1 };
const JOBS_PATH = '/repos/acme/widgets/actions/runs/30418275561/attempts/1/jobs';
const RUN_PATH = '/repos/acme/widgets/actions/runs/30418275561';

let api: FakeGitHubApi;
let client: GitHubClient;
let savedUrl: string | undefined;
let seen = 0;
const limits: string[] = [];

beforeAll(async () => {
  api = await startFakeGitHubApi();
  savedUrl = process.env.GITHUB_API_URL;
  process.env.GITHUB_API_URL = api.url;
  const { createClient } = await import('../../../src/github/octokit.js');
  client = createClient('ghs_pipelineMetricsTestToken', { onLimit: (m) => limits.push(m) });
});
afterAll(async () => {
  if (savedUrl === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = savedUrl;
  await api.close();
});
beforeEach(() => {
  seen = api.requests.length;
  api.handle('actions/list-jobs-for-workflow-run-attempt', servePages(listing()));
  api.handle('actions/get-workflow-run', () => ({ status: 200, body: workflowRun() }));
});

/** This test's requests, jobs pages first: the two calls run concurrently, so arrival order varies. */
const requests = (): Array<Pick<RecordedRequest, 'method' | 'path' | 'query' | 'operationId' | 'status'>> =>
  api.requests
    .slice(seen)
    .map(({ method, path, query, operationId, status }) => ({ method, path, query, operationId, status }))
    .sort((a, b) => (a.operationId ?? '').localeCompare(b.operationId ?? '') || String(a.query.page ?? '1').localeCompare(String(b.query.page ?? '1')));

/** GitHub's paging of the jobs listing: an object with total_count, and the Link header. */
function servePages(body: JobsListing) {
  return (r: RecordedRequest): FakeResponse => {
    const perPage = Math.min(100, Number(r.query.per_page ?? 30));
    const page = Number(r.query.page ?? 1);
    const last = Math.max(1, Math.ceil(body.jobs.length / perPage));
    const link = (p: number) => `<${api.url}${r.path}?per_page=${perPage}&page=${p}>`;
    const links = [
      ...(page > 1 ? [`${link(page - 1)}; rel="prev"`] : []),
      ...(page < last ? [`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`] : []),
      ...(page > 1 ? [`${link(1)}; rel="first"`] : [])
    ];
    return {
      status: 200,
      headers: links.length ? { link: links.join(', ') } : {},
      body: { total_count: body.jobs.length, jobs: body.jobs.slice((page - 1) * perPage, page * perPage) }
    };
  };
}

describe('fetchRunJobs', () => {
  it('reads the fixture run in one page of 100 and the run start with one more request', async () => {
    const read = await fetchRunJobs(client, QUERY);
    expect(read).toEqual({ ok: true, run: fixtureRun(), warnings: [] });
    expect(requests()).toEqual([
      { method: 'GET', path: RUN_PATH, query: { exclude_pull_requests: 'true' }, operationId: 'actions/get-workflow-run', status: 200 },
      { method: 'GET', path: JOBS_PATH, query: { per_page: '100' }, operationId: 'actions/list-jobs-for-workflow-run-attempt', status: 200 }
    ]);
    expect(api.invalidRequests()).toEqual([]);
    // What the gate step would then compute: exactly the figures of the metrics tests.
    const metrics = computePipelineMetrics({ run: read.ok ? read.run : fixtureRun(), workflow: fixtureWorkflow(), now: NOW });
    expect([metrics.durationMinutes, metrics.criticalPath, metrics.shardEfficiency?.value]).toEqual([10.05, { jobs: ['plan', 'test', 'gate'], minutes: 9.65 }, 43 / 52]);
  });

  it('follows the Link header through every page of a 230-job run, 100 per page', async () => {
    const big = listing();
    const template = big.jobs[3] as JobsListing['jobs'][number];
    big.jobs = Array.from({ length: 230 }, (_, i) => ({ ...template, id: 90154460000 + i, name: `test (${i + 1})` }));
    api.handle('actions/list-jobs-for-workflow-run-attempt', servePages(big));
    const read = await fetchRunJobs(client, QUERY);
    expect(read.ok && read.run.jobs.map((j) => j.name)).toEqual(Array.from({ length: 230 }, (_, i) => `test (${i + 1})`));
    expect(requests().filter((r) => r.path === JOBS_PATH).map((r) => r.query)).toEqual([
      { per_page: '100' },
      { per_page: '100', page: '2' },
      { per_page: '100', page: '3' }
    ]);
    expect(api.invalidRequests()).toEqual([]);
    expect(limits).toEqual([]);
  });

  it('returns a reason naming the missing permission when the token may not read Actions', async () => {
    api.failNext({ operationId: 'actions/list-jobs-for-workflow-run-attempt' }, { status: 403 });
    const read = await fetchRunJobs(client, QUERY);
    expect(read).toEqual({
      ok: false,
      reason: 'GitHub did not let us list the jobs of run 30418275561 attempt 1 (HTTP 403: Resource not accessible by integration - https://docs.github.com/rest) (the gate job needs `permissions: actions: read`)'
    });
    expect(requests().map((r) => [r.operationId, r.status])).toEqual([
      ['actions/get-workflow-run', 200],
      ['actions/list-jobs-for-workflow-run-attempt', 403]
    ]);
  });

  it('still returns the jobs when only the run cannot be read, with a warning', async () => {
    api.failNext({ operationId: 'actions/get-workflow-run' }, { status: 404 });
    const read = await fetchRunJobs(client, QUERY);
    expect(read).toEqual({
      ok: true,
      run: { ...fixtureRun(), runStartedAt: null },
      warnings: ['GitHub did not let us read run 30418275561 (HTTP 404: Not Found - https://docs.github.com/rest) (the gate job needs `permissions: actions: read`); the duration counts from the first job start.']
    });
  });
});
