// src/github/job-logs.ts and cache-usage.ts against the loopback fake of api.github.com, through
// our real client: the log is a 302 to a blob URL, followed without the token and read in bounds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { GitHubClient } from '../../../src/github/octokit.js';
import { scanJobLog } from '../../../src/pipeline/cache-log.js';
import { startFakeGitHubApi, type FakeGitHubApi } from '../../harness/fake-github-api.js';

const LOG = readFileSync(path.join(process.cwd(), '__tests__/fixtures/pipeline/logs/actions-cache.log'));
const Q = { owner: 'acme', repo: 'widgets', jobId: 90154460001 };
const BOUNDS = { maxBytes: 8 * 1024 * 1024, timeoutMs: 10_000 };

let api: FakeGitHubApi;
let client: GitHubClient;
// Loaded after GITHUB_API_URL points at the fake: @actions/github reads it when first loaded.
let readJobLog: typeof import('../../../src/github/job-logs.js').readJobLog;
let fetchCacheUsage: typeof import('../../../src/github/cache-usage.js').fetchCacheUsage;
let savedUrl: string | undefined;
let seen = { api: 0, blobs: 0 };

beforeAll(async () => {
  api = await startFakeGitHubApi();
  savedUrl = process.env.GITHUB_API_URL;
  process.env.GITHUB_API_URL = api.url;
  const { createClient } = await import('../../../src/github/octokit.js');
  ({ readJobLog } = await import('../../../src/github/job-logs.js'));
  ({ fetchCacheUsage } = await import('../../../src/github/cache-usage.js'));
  client = createClient('ghs_jobLogsTestTokenNeverSentToBlobs', { onLimit: () => undefined });
});
afterAll(async () => {
  if (savedUrl === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = savedUrl;
  await api.close();
});
beforeEach(() => {
  seen = { api: api.requests.length, blobs: api.blobRequests.length };
  api.seedJobLog(Q.jobId, LOG);
});
const apiCalls = () => api.requests.slice(seen.api).map((r) => [r.operationId, r.status]);
const blobCalls = () => api.blobRequests.slice(seen.blobs);

describe('readJobLog', () => {
  it('follows the 302 to the blob without the token and reads the cache events of the whole log', async () => {
    const read = await readJobLog(client, Q, BOUNDS, api.url);
    expect(read.ok && [read.bytes, read.cut, read.log.events]).toEqual([LOG.length, false, scanJobLog(LOG.toString('utf8')).events]);
    expect(apiCalls()).toEqual([['actions/download-job-logs-for-workflow-run', 302]]);
    expect(blobCalls()).toEqual([{ method: 'GET', path: `/_blobs/job-logs/${Q.jobId}.txt`, authorized: false, status: 200, bytes: LOG.length }]);
    expect(api.invalidRequests()).toEqual([]);
  });

  it('stops at the byte bound: the post-step saves after the cut are not seen, and it says it cut', async () => {
    const cutAt = LOG.indexOf('Post job cleanup.');
    const read = await readJobLog(client, Q, { ...BOUNDS, maxBytes: cutAt }, api.url);
    expect(read.ok && [read.bytes, read.cut, read.log.events.map((e) => [e.op, e.outcome])]).toEqual([
      cutAt,
      true,
      [['restore', 'hit'], ['restore', 'partial'], ['restore', 'miss'], ['save', 'saved']]
    ]);
  });

  it('skips a line longer than 64 KiB instead of holding it, and reads on after it', async () => {
    const long = `2026-09-14T10:02:00.0000000Z ${'x'.repeat(200_000)}\n`;
    const text = LOG.toString('utf8').replace('2026-09-14T10:02:04.0000000Z ##[group]Run actions/cache@v4', `${long}2026-09-14T10:02:04.0000000Z ##[group]Run actions/cache@v4`);
    api.seedJobLog(Q.jobId, text);
    const read = await readJobLog(client, Q, BOUNDS, api.url);
    expect(read.ok && read.log.events.length).toBe(6);
  });

  it('gives a reason, naming the permission, when GitHub refuses; and will not follow plain http elsewhere', async () => {
    expect(await readJobLog(client, { ...Q, jobId: 1 }, BOUNDS, api.url)).toEqual({
      ok: false,
      reason: 'GitHub did not let us read the log of job 1 (HTTP 404: Not Found - https://docs.github.com/rest) (the gate job needs `permissions: actions: read`)'
    });
    api.handle('actions/download-job-logs-for-workflow-run', () => ({ status: 302, headers: { location: 'http://logs.example.com/job.txt' } }));
    expect(await readJobLog(client, Q, BOUNDS, api.url)).toEqual({ ok: false, reason: 'the log download was redirected to http://logs.example.com, which is not https; not followed' });
    expect(blobCalls()).toEqual([]);
  });

  it('gives up on a request that never answers, at the time bound', async () => {
    api.hang({ operationId: 'actions/download-job-logs-for-workflow-run' });
    expect(await readJobLog(client, Q, { ...BOUNDS, timeoutMs: 200 }, api.url)).toEqual({
      ok: false,
      reason: 'GitHub did not let us read the log of job 90154460001 (no answer from GitHub within 0.2 s (the log location of job 90154460001))'
    });
  });
});

describe('fetchCacheUsage', () => {
  const entry = (id: number, key: string, mb: number, accessed: string) => ({
    id, ref: 'refs/heads/main', key, version: 'v'.repeat(64), last_accessed_at: accessed, created_at: '2026-09-01T00:00:00Z', size_in_bytes: mb * 1024 * 1024
  });

  it('reads the total and the most recently used entries, and asks for the oldest when it cut the listing', async () => {
    api.state.caches.splice(0, api.state.caches.length,
      entry(1, 'Linux-npm-aaaaaaaaaaaaaaaa', 60, '2026-09-14T09:00:00Z'),
      entry(2, 'Linux-cargo-bbbbbbbbbbbbbbbb', 512, '2026-09-14T10:00:00Z'),
      entry(3, 'Linux-build-30418275561', 10, '2026-09-12T08:00:00Z'));
    const read = await fetchCacheUsage(client, { owner: 'acme', repo: 'widgets', maxEntries: 2 });
    expect(read.ok && read.usage).toEqual({
      bytes: 582 * 1024 * 1024,
      count: 3,
      entries: [
        { key: 'Linux-cargo-bbbbbbbbbbbbbbbb', ref: 'refs/heads/main', bytes: 512 * 1024 * 1024, lastAccessedAt: '2026-09-14T10:00:00Z', createdAt: '2026-09-01T00:00:00Z' },
        { key: 'Linux-npm-aaaaaaaaaaaaaaaa', ref: 'refs/heads/main', bytes: 60 * 1024 * 1024, lastAccessedAt: '2026-09-14T09:00:00Z', createdAt: '2026-09-01T00:00:00Z' }
      ],
      listed: 3,
      oldestAccessAt: '2026-09-12T08:00:00Z'
    });
    expect(api.requests.slice(seen.api).map((r) => [r.operationId, r.query])).toEqual([
      ['actions/get-actions-cache-usage', {}],
      ['actions/get-actions-cache-list', { per_page: '100', page: '1', sort: 'last_accessed_at', direction: 'desc' }],
      ['actions/get-actions-cache-list', { per_page: '1', sort: 'last_accessed_at', direction: 'asc' }]
    ]);
    expect(api.invalidRequests()).toEqual([]);
  });

  it('turns a refusal into a reason', async () => {
    api.failNext({ operationId: 'actions/get-actions-cache-usage' }, { status: 403 });
    expect(await fetchCacheUsage(client, { owner: 'acme', repo: 'widgets', maxEntries: 10 })).toEqual({
      ok: false,
      reason: 'GitHub did not let us read the Actions cache usage of acme/widgets (HTTP 403: Resource not accessible by integration - https://docs.github.com/rest) (the gate job needs `permissions: actions: read`)'
    });
  });
});
