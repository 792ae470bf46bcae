// The fake artifact backend must hold the real library to the real protocol: these tests speak it
// by hand where the library would hide a mistake, and drive the real @actions/artifact where the
// point is that the library and the fake agree.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFakeArtifactService, type FakeArtifactService } from './fake-artifact-service.js';
import { startFakeGitHubApi, type FakeGitHubApi } from './fake-github-api.js';
import { readZip, writeZip } from './zip.js';

const SERVICE = 'github.actions.results.api.v1.ArtifactService';

describe('fake artifact service wire protocol', () => {
  let service: FakeArtifactService;
  let ids: { workflow_run_backend_id: string; workflow_job_run_backend_id: string };

  beforeAll(async () => {
    service = await startFakeArtifactService({ runId: 31 });
    // The same parsing the library does (lib/internal/shared/util.js): payload.scp, `Actions.Results:<run>:<job>`.
    const payload = JSON.parse(Buffer.from(service.env.ACTIONS_RUNTIME_TOKEN!.split('.')[1]!, 'base64url').toString('utf8')) as { scp: string };
    const [, run, job] = payload.scp.split(' ').find(s => s.startsWith('Actions.Results:'))!.split(':');
    ids = { workflow_run_backend_id: run!, workflow_job_run_backend_id: job! };
  });
  afterAll(() => service.close());

  const twirp = async (method: string, body: object, token = service.env.ACTIONS_RUNTIME_TOKEN): Promise<{ status: number; json: Record<string, unknown> }> => {
    const res = await fetch(`${service.url}twirp/${SERVICE}/${method}`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(body)
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  };

  it('env points the library at the fake, with a token whose scope names the run and job', () => {
    expect(service.env).toEqual({
      ACTIONS_RUNTIME_TOKEN: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      ACTIONS_RESULTS_URL: service.url,
      GITHUB_SERVER_URL: 'https://github.com'
    });
    expect(ids.workflow_run_backend_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids.workflow_job_run_backend_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('checks the token and the backend ids it carries', async () => {
    expect((await twirp('CreateArtifact', { ...ids, name: 'a', version: 7 }, 'wrong')).status).toBe(401);
    expect(await twirp('CreateArtifact', { ...ids, workflow_job_run_backend_id: 'other', name: 'a', version: 7 }))
      .toEqual({ status: 400, json: { code: 'invalid_argument', msg: 'backend ids do not match the token scope' } });
  });

  it('create, Put Block x2, Put Block List, finalize; size and hash are checked; the name is then taken', async () => {
    const created = await twirp('CreateArtifact', { ...ids, name: 'by-hand', version: 7, mime_type: 'application/zip' });
    expect(created.json).toMatchObject({ ok: true });
    const upload = String(created.json.signed_upload_url);
    for (const [id, data] of [['YQ==', 'hello '], ['Yg==', 'world']] as const) {
      expect((await fetch(`${upload}&comp=block&blockid=${encodeURIComponent(id)}`, { method: 'PUT', body: data })).status).toBe(201);
    }
    const list = await fetch(`${upload}&comp=blocklist`, {
      method: 'PUT', headers: { 'x-ms-blob-content-type': 'application/zip' },
      body: '<?xml version="1.0" encoding="utf-8"?><BlockList><Latest>YQ==</Latest><Latest>Yg==</Latest></BlockList>'
    });
    expect(list.status).toBe(201);
    expect(service.artifacts().map(a => a.name)).not.toContain('by-hand'); // not before finalize
    expect((await twirp('FinalizeArtifact', { ...ids, name: 'by-hand', size: '10' })).status).toBe(400);
    expect((await twirp('FinalizeArtifact', { ...ids, name: 'by-hand', size: '11', hash: 'sha256:00' })).status).toBe(400);
    const digest = `sha256:${createHash('sha256').update('hello world').digest('hex')}`;
    const done = await twirp('FinalizeArtifact', { ...ids, name: 'by-hand', size: '11', hash: digest });
    const stored = service.artifacts().find(a => a.name === 'by-hand');
    expect(done).toEqual({ status: 200, json: { ok: true, artifact_id: String(stored?.id) } });
    expect(stored).toMatchObject({ runId: 31, size: 11, digest, contentType: 'application/zip' });
    expect(stored?.zip.toString('utf8')).toBe('hello world');
    expect(await twirp('CreateArtifact', { ...ids, name: 'by-hand', version: 7 })).toEqual({
      status: 409, json: { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' }
    });
    // The signed upload URL is spent once the artifact is final.
    expect((await fetch(`${upload}&comp=block&blockid=YQ%3D%3D`, { method: 'PUT', body: 'x' })).status).toBe(403);
  });

  it('a one-shot fault answers once, then the stage works again', async () => {
    service.failNext('create', 403);
    expect(await twirp('CreateArtifact', { ...ids, name: 'faulty', version: 7 })).toEqual({ status: 403, json: { code: 'permission_denied', msg: 'injected fault' } });
    expect((await twirp('CreateArtifact', { ...ids, name: 'faulty', version: 7 })).status).toBe(200);
  });
});

describe('fake artifact service with the real @actions/artifact', () => {
  let service: FakeArtifactService;
  let api: FakeGitHubApi;
  let work: string;
  const touched = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'GITHUB_SERVER_URL', 'GITHUB_API_URL'];
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    service = await startFakeArtifactService({ runId: 64 });
    api = await startFakeGitHubApi();
    service.serveDownloads(api);
    work = await mkdtemp(path.join(tmpdir(), 'fake-artifact-'));
    for (const k of touched) saved[k] = process.env[k];
    Object.assign(process.env, service.env, { GITHUB_API_URL: api.url });
  });
  afterAll(async () => {
    for (const k of touched) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    await service.close();
    await api.close();
    await rm(work, { recursive: true, force: true });
  });
  beforeEach(() => { jest.spyOn(process.stdout, 'write').mockImplementation(() => true); });
  afterEach(() => { jest.restoreAllMocks(); });

  it('uploadArtifact stages blocks, commits them as application/zip and finalizes; the stored zip is what was sent', async () => {
    await writeFile(path.join(work, 'a.txt'), 'alpha');
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const result = await new DefaultArtifactClient().uploadArtifact('lib-upload', [path.join(work, 'a.txt')], work);
    const stored = service.artifacts().find(a => a.name === 'lib-upload');
    expect(result).toEqual({ id: stored?.id, size: stored?.size, digest: stored?.digest.slice('sha256:'.length) });
    expect(stored?.contentType).toBe('application/zip');
    expect(Object.fromEntries([...readZip(stored!.zip)].map(([k, v]) => [k, v.toString('utf8')]))).toEqual({ 'a.txt': 'alpha' });
    const wire = service.requests.map(r => `${r.method} ${r.path.replace(/\?.*?(comp=\w+).*$/, '?$1').replace(/\?sv=.*$/, '')}`);
    expect(wire).toEqual([
      `POST /twirp/${SERVICE}/CreateArtifact`,
      'PUT /devstoreaccount1/actions-results/1?comp=block',
      'PUT /devstoreaccount1/actions-results/1?comp=blocklist',
      `POST /twirp/${SERVICE}/FinalizeArtifact`
    ]);
  });

  it('downloads: lists by run (name filter, pages, newest first) and redirects the zip to a blob URL', async () => {
    const older = service.seed({ runId: 65, name: 'report', files: { 'report.md': '# one' } });
    const newer = service.seed({ runId: 65, name: 'coverage', files: { 'lcov.info': 'TN:' } });
    service.seed({ runId: 66, name: 'report', files: { 'report.md': '# elsewhere' } });
    const get = (p: string, auth = true) => fetch(`${api.url}${p}`, { redirect: 'manual', headers: auth ? { authorization: 'token ghs_x' } : {} });
    const page = async (q: string) => (await (await get(`/repos/o/r/actions/runs/65/artifacts${q}`)).json()) as { total_count: number; artifacts: Array<{ id: number; name: string; digest: string }> };
    expect((await page('')).artifacts.map(a => a.id)).toEqual([newer.id, older.id]);
    expect(await page('?per_page=1&page=2')).toMatchObject({ total_count: 2, artifacts: [{ id: older.id, name: 'report', digest: older.digest }] });
    expect(await page('?name=report')).toMatchObject({ total_count: 1, artifacts: [{ id: older.id }] });

    const redirect = await get(`/repos/o/r/actions/artifacts/${older.id}/zip`);
    expect(redirect.status).toBe(302);
    const blob = await fetch(redirect.headers.get('location')!);
    expect(blob.headers.get('content-type')).toBe('application/zip');
    const zip = Buffer.from(await blob.arrayBuffer());
    expect(zip.equals(older.zip)).toBe(true);
    expect(readZip(zip).get('report.md')?.toString('utf8')).toBe('# one');
    expect((await get(`/repos/o/r/actions/artifacts/${older.id}/zip`, false)).status).toBe(401);
    expect((await get('/repos/o/r/actions/artifacts/1/zip')).status).toBe(404);
    expect(api.invalidRequests()).toEqual([]);
  });
});

describe('zip helper', () => {
  it('round-trips names (nested, unicode) and bytes, and catches corruption', () => {
    const binary = Buffer.from([0, 1, 2, 255, 254]);
    const zip = writeZip({ 'a.txt': 'alpha', 'dir/ü.md': '✓ ok', 'bin.dat': binary });
    const back = readZip(zip);
    expect([...back.keys()]).toEqual(['a.txt', 'dir/ü.md', 'bin.dat']);
    expect(back.get('dir/ü.md')?.toString('utf8')).toBe('✓ ok');
    expect(back.get('bin.dat')?.equals(binary)).toBe(true);
    expect(() => readZip(Buffer.from('not a zip'))).toThrow('readZip: no end-of-central-directory record (not a zip)');
    const corrupt = writeZip({ 'a.txt': 'alpha' });
    corrupt.writeUInt32LE(0, 14); // CRC in the local header is not trusted; break the central one
    corrupt.writeUInt32LE(1, corrupt.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 16);
    expect(() => readZip(corrupt)).toThrow('readZip: CRC mismatch for a.txt');
  });
});
