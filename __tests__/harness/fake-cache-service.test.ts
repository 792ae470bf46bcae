// Drives the REAL @actions/cache against the fake, in-process, for both service protocols.
// If these pass, a bundle spawned with `service.env` talks to the fake the same way.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFakeCacheService, type CacheProtocol, type FakeCacheService } from './fake-cache-service.js';

type CacheModule = typeof import('@actions/cache');

const TOUCHED_ENV = [
  'ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL', 'ACTIONS_RUNTIME_TOKEN',
  'GITHUB_SERVER_URL', 'RUNNER_TEMP', 'GITHUB_WORKSPACE', 'ACTIONS_CACHE_MODE', 'RUNNER_DEBUG'
];

describe.each<CacheProtocol>(['v1', 'v2'])('fake cache service %s with the real @actions/cache', protocol => {
  let service: FakeCacheService;
  let cache: CacheModule;
  let workspace: string;
  const savedEnv: Record<string, string | undefined> = {};
  let stdout: string[] = [];

  const historyDir = (): string => path.join(workspace, 'history');
  const writeHistory = async (doc: unknown): Promise<void> => {
    await rm(historyDir(), { recursive: true, force: true });
    await mkdir(historyDir(), { recursive: true });
    await writeFile(path.join(historyDir(), 'history.json'), JSON.stringify(doc));
  };
  const readHistory = async (): Promise<unknown> =>
    JSON.parse(await readFile(path.join(historyDir(), 'history.json'), 'utf8'));
  const wipeHistory = (): Promise<void> => rm(historyDir(), { recursive: true, force: true });
  const annotations = (level: 'warning' | 'error'): string[] => stdout.filter(l => l.startsWith(`::${level}::`));

  beforeAll(async () => {
    service = await startFakeCacheService({ protocol });
    workspace = await mkdtemp(path.join(tmpdir(), `fake-cache-${protocol}-`));
    for (const k of TOUCHED_ENV) savedEnv[k] = process.env[k];
    for (const k of TOUCHED_ENV) delete process.env[k];
    Object.assign(process.env, service.env, {
      RUNNER_TEMP: path.join(workspace, '.runner-temp'),
      // tar runs with -C $GITHUB_WORKSPACE and workspace-relative members, but @actions/glob resolves
      // relative path patterns against process.cwd(), so these tests pass absolute paths.
      GITHUB_WORKSPACE: workspace
    });
    cache = await import('@actions/cache');
  });

  afterAll(async () => {
    for (const k of TOUCHED_ENV) {
      if (savedEnv[k] === undefined) delete process.env[k];
      else process.env[k] = savedEnv[k];
    }
    await service.close();
    await rm(workspace, { recursive: true, force: true });
  });

  beforeEach(() => {
    stdout = [];
    // @actions/core writes info and ::warning:: annotations to stdout; capture instead of spamming.
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(...String(chunk).split('\n'));
      return true;
    });
  });
  afterEach(() => { jest.restoreAllMocks(); });

  it('saves two entries; a restore key prefix gets the newest one', async () => {
    await writeHistory({ run: 1 });
    expect(await cache.saveCache([historyDir()], 'k-main-1')).toBeGreaterThan(0);
    await writeHistory({ run: 2 });
    expect(await cache.saveCache([historyDir()], 'k-main-2')).toBeGreaterThan(0);
    expect(service.entries().map(e => e.key)).toEqual(['k-main-1', 'k-main-2']);
    const [first, second] = service.entries();
    expect(second!.createdAt).toBeGreaterThan(first!.createdAt);
    expect(first!.size).toBeGreaterThan(0);

    await wipeHistory();
    expect(await cache.restoreCache([historyDir()], 'k-main-3', ['k-main-'])).toBe('k-main-2');
    expect(await readHistory()).toEqual({ run: 2 });
  });

  it('prefers an exact primary key hit over newer prefix matches', async () => {
    await wipeHistory();
    expect(await cache.restoreCache([historyDir()], 'k-main-1', ['k-main-'])).toBe('k-main-1');
    expect(await readHistory()).toEqual({ run: 1 });
  });

  it('prefix-matches the primary key too, like the real service', async () => {
    await wipeHistory();
    expect(await cache.restoreCache([historyDir()], 'k-main')).toBe('k-main-2');
  });

  it('refuses a second save of an existing key+version with -1, without throwing', async () => {
    await writeHistory({ run: 99 });
    await expect(cache.saveCache([historyDir()], 'k-main-1')).resolves.toBe(-1);
    expect(stdout.some(l => l.includes('Unable to reserve cache with key k-main-1'))).toBe(true);
    expect(service.entries()).toHaveLength(2);
    await wipeHistory();
    expect(await cache.restoreCache([historyDir()], 'k-main-1')).toBe('k-main-1');
    expect(await readHistory()).toEqual({ run: 1 });
  });

  it('misses when the path list (hence the version) differs', async () => {
    await expect(cache.restoreCache([historyDir(), path.join(workspace, 'elsewhere')], 'k-main-1', ['k-main-'])).resolves.toBeUndefined();
    await expect(cache.restoreCache([historyDir()], 'nope-1', ['nope-'])).resolves.toBeUndefined();
  });

  // v2 twirp retries a 500 after 3 s (then succeeds on a one-shot fault), so for v2 the fast
  // outage is at the archive download; v1 fails fast on the lookup itself.
  const restoreFaultStage = protocol === 'v1' ? 'api' : 'blob';
  it(`an injected 500 on restore (${restoreFaultStage}) is a miss with an annotation, once`, async () => {
    await wipeHistory();
    service.failNext('restore', 500, restoreFaultStage);
    await expect(cache.restoreCache([historyDir()], 'k-main-1')).resolves.toBeUndefined();
    expect(annotations('warning').join('\n')).toMatch(/Failed to restore: .*responded with 500/);
    expect(annotations('error')).toEqual([]);
    expect(await cache.restoreCache([historyDir()], 'k-main-1')).toBe('k-main-1');
  });

  (protocol === 'v1' ? it : it.skip)('v1: an injected 500 on the archive download is a miss too (not retried)', async () => {
    service.failNext('restore', 500, 'blob');
    await expect(cache.restoreCache([historyDir()], 'k-main-1')).resolves.toBeUndefined();
    expect(annotations('warning').join('\n')).toMatch(/downloadCache failed: Cache service responded with 500/);
  });

  it('a failed save leaves no visible entry', async () => {
    await writeHistory({ run: 3 });
    // v1: a PATCH 500 is not retried; saveCache still returns the reserved id (!) but never commits.
    // v2: a 4xx on CreateCacheEntry is not retried (a 5xx would be, with real sleeps).
    service.failNext('save', protocol === 'v1' ? 500 : 403, protocol === 'v1' ? 'blob' : 'api');
    const id = await cache.saveCache([historyDir()], 'k-main-3');
    if (protocol === 'v2') expect(id).toBe(-1);
    else expect(id).toBeGreaterThan(0);
    expect(service.entries().map(e => e.key)).not.toContain('k-main-3');
    expect(await cache.restoreCache([historyDir()], 'k-main-3', ['k-main-'])).toBe('k-main-2');
  });

  it('spoke the expected wire protocol', () => {
    const seen = service.requests.map(r => `${r.method} ${r.path.split('?')[0]}`);
    if (protocol === 'v2') {
      for (const m of ['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL']) {
        expect(seen).toContain(`POST /twirp/github.actions.results.api.v1.CacheService/${m}`);
      }
      // small archives: one Put Blob, no Put Block / Put Block List
      expect(service.requests.filter(r => r.method === 'PUT' && r.path.includes('comp='))).toEqual([]);
      expect(seen).toContain('PUT /devstoreaccount1/actions-cache/1');
    } else {
      expect(seen).toEqual(expect.arrayContaining([
        'GET /fake-cache-v1/_apis/artifactcache/cache', 'POST /fake-cache-v1/_apis/artifactcache/caches',
        'PATCH /fake-cache-v1/_apis/artifactcache/caches/1', 'POST /fake-cache-v1/_apis/artifactcache/caches/1'
      ]));
    }
    expect(seen).toContain('GET /devstoreaccount1/actions-cache/2');
  });
});

describe('fake cache service v2 wire details', () => {
  let service: FakeCacheService;
  beforeAll(async () => { service = await startFakeCacheService({ protocol: 'v2' }); });
  afterAll(() => service.close());

  const twirp = async (method: string, body: unknown, token = service.env.ACTIONS_RUNTIME_TOKEN): Promise<{ status: number; json: Record<string, unknown> }> => {
    const res = await fetch(`${service.url}twirp/github.actions.results.api.v1.CacheService/${method}`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(body)
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  };

  it('hides an entry until finalize, supports Put Block + Put Block List, and checks the token', async () => {
    expect((await twirp('GetCacheEntryDownloadURL', { key: 'k', version: 'v' }, 'wrong')).status).toBe(401);
    const created = await twirp('CreateCacheEntry', { key: 'k', version: 'v' });
    expect(created.json).toMatchObject({ ok: true });
    const upload = String(created.json.signed_upload_url);
    for (const [id, data] of [['YQ==', 'hello '], ['Yg==', 'world']] as const) {
      const put = await fetch(`${upload}&comp=block&blockid=${encodeURIComponent(id)}`, { method: 'PUT', body: data });
      expect(put.status).toBe(201);
    }
    const list = await fetch(`${upload}&comp=blocklist`, { method: 'PUT', body: '<?xml version="1.0"?><BlockList><Latest>YQ==</Latest><Latest>Yg==</Latest></BlockList>' });
    expect(list.status).toBe(201);
    expect((await twirp('GetCacheEntryDownloadURL', { key: 'k', version: 'v' })).json).toMatchObject({ ok: false });
    expect((await twirp('FinalizeCacheEntryUpload', { key: 'k', version: 'v', size_bytes: '11' })).json).toEqual({ ok: true, entry_id: '1', message: '' });
    const hit = await twirp('GetCacheEntryDownloadURL', { key: 'x', restore_keys: ['k'], version: 'v' });
    expect(hit.json).toMatchObject({ ok: true, matched_key: 'k' });
    expect(await (await fetch(String(hit.json.signed_download_url))).text()).toBe('hello world');
    expect((await twirp('GetCacheEntryDownloadURL', { key: 'k', version: 'other' })).json).toMatchObject({ ok: false });
    expect((await twirp('CreateCacheEntry', { key: 'k', version: 'v' })).status).toBe(409);
  });
});
