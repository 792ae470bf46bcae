// Drives the REAL @actions/artifact through src/shell/report-artifact against loopback fakes of
// the results service (uploads) and the GitHub REST API (findBy downloads), in-process.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFakeArtifactService, type FakeArtifactService } from '../../harness/fake-artifact-service.js';
import { startFakeGitHubApi, type FakeGitHubApi } from '../../harness/fake-github-api.js';
import { readZip } from '../../harness/zip.js';
import {
  downloadReportArtifact, pickReportArtifact, retryArtifactName, uploadReportArtifact
} from '../../../src/shell/report-artifact.js';

const TOUCHED_ENV = [
  'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'GITHUB_SERVER_URL', 'GITHUB_API_URL', 'GITHUB_ACTIONS', 'GITHUB_JOB',
  'GITHUB_RUN_ATTEMPT', 'GITHUB_RETENTION_DAYS', 'GITHUB_WORKSPACE', 'RUNNER_DEBUG', 'ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT'
];
const GH_TOKEN = 'ghs_fakeFollowUpToken0123456789abcdef';
const REPORT_JSON = JSON.stringify({ verdict: 'failed', gates: [{ id: 'tests', status: 'failed', actual: 3 }], note: 'ünïcode ✓' }, null, 2);
const REPORT_MD = '# Pipeline Gates: failed\n\n| gate | status |\n|---|---|\n| tests | ❌ 3 failed |\n';
const SHARDS_MD = '## Shard balance\n\nshard 1: 61 s\nshard 2: 59 s\n';

describe('report artifact with the real @actions/artifact', () => {
  let service: FakeArtifactService;
  let api: FakeGitHubApi;
  let work: string;
  let reportDir: string;
  const savedEnv: Record<string, string | undefined> = {};
  let output: string[] = [];

  beforeAll(async () => {
    service = await startFakeArtifactService({ runId: 5150 });
    api = await startFakeGitHubApi();
    service.serveDownloads(api);
    work = await mkdtemp(path.join(tmpdir(), 'report-artifact-'));
    reportDir = path.join(work, 'report');
    await mkdir(path.join(reportDir, 'details'), { recursive: true });
    await writeFile(path.join(reportDir, 'report.json'), REPORT_JSON);
    await writeFile(path.join(reportDir, 'report.md'), REPORT_MD);
    await writeFile(path.join(reportDir, 'details', 'shards.md'), SHARDS_MD);
    for (const k of TOUCHED_ENV) savedEnv[k] = process.env[k];
    // The library's Octokit takes GITHUB_API_URL when it is first imported: set before any call.
    for (const k of TOUCHED_ENV) delete process.env[k];
    process.env.GITHUB_API_URL = api.url;
  });

  afterAll(async () => {
    for (const k of TOUCHED_ENV) {
      if (savedEnv[k] === undefined) delete process.env[k];
      else process.env[k] = savedEnv[k];
    }
    await service.close();
    await api.close();
    await rm(work, { recursive: true, force: true });
  });

  beforeEach(() => {
    Object.assign(process.env, service.env, { GITHUB_ACTIONS: 'true', GITHUB_JOB: 'gate', GITHUB_RUN_ATTEMPT: '1' });
    output = [];
    // @actions/core logs to stdout, Octokit's request log to console: keep both, to check for tokens.
    const keep = (chunk: string | Uint8Array): boolean => { output.push(String(chunk)); return true; };
    jest.spyOn(process.stdout, 'write').mockImplementation(keep);
    jest.spyOn(process.stderr, 'write').mockImplementation(keep);
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => { output.push(args.map(String).join(' ')); });
    }
  });

  afterEach(() => {
    jest.restoreAllMocks();
    // Whatever happened in the test, no credential reached a log line.
    const logged = output.join('\n');
    expect(logged).not.toContain(service.env.ACTIONS_RUNTIME_TOKEN);
    expect(logged).not.toContain(GH_TOKEN);
  });

  const freshDir = async (name: string): Promise<string> => path.join(await mkdtemp(path.join(work, `${name}-`)), 'out');
  const twirpCalls = (): string[] => service.requests.filter(r => r.path.startsWith('/twirp/')).map(r => r.path.split('/').pop() ?? '');

  describe('upload', () => {
    it('uploads report.json, report.md and a nested file as one zip with their exact bytes', async () => {
      const result = await uploadReportArtifact({
        name: 'pipeline-gates-report', rootDirectory: reportDir, files: ['report.json', 'report.md', path.join(reportDir, 'details', 'shards.md')], retentionDays: 5
      });
      const [stored] = service.artifacts();
      expect(result).toEqual({ uploaded: true, id: stored!.id, size: stored!.zip.length, name: 'pipeline-gates-report' });
      expect(stored).toMatchObject({ name: 'pipeline-gates-report', runId: 5150, size: stored!.zip.length });
      const files = readZip(stored!.zip);
      expect([...files.keys()].sort()).toEqual(['details/shards.md', 'report.json', 'report.md']);
      expect(files.get('report.json')!.toString('utf8')).toBe(REPORT_JSON);
      expect(files.get('report.md')!.toString('utf8')).toBe(REPORT_MD);
      expect(files.get('details/shards.md')!.toString('utf8')).toBe(SHARDS_MD);
      const days = (Date.parse(stored!.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(4.9);
      expect(days).toBeLessThan(5.1);
      // The library's progress lines were captured, so the token check after each test means something.
      expect(output.join('')).toContain(`Artifact pipeline-gates-report successfully finalized. Artifact ID ${stored!.id}`);
    });

    it('a name already taken in the run (re-run, matrix leg) is retried once under a suffixed name', async () => {
      process.env.GITHUB_RUN_ATTEMPT = '2';
      const before = twirpCalls().length;
      const result = await uploadReportArtifact({ name: 'pipeline-gates-report', rootDirectory: reportDir, files: ['report.json'] });
      expect(result.uploaded).toBe(true);
      if (!result.uploaded) return;
      expect(result.name).toMatch(/^pipeline-gates-report--gate-attempt2-[0-9a-f]{6}$/);
      expect(twirpCalls().slice(before)).toEqual(['CreateArtifact', 'CreateArtifact', 'FinalizeArtifact']);
      const renamed = service.artifacts().find(a => a.name === result.name);
      expect(renamed?.id).toBe(result.id);
      expect([...readZip(renamed!.zip).keys()]).toEqual(['report.json']);
    });

    it('outside Actions it is skipped with a reason and no request', async () => {
      delete process.env.ACTIONS_RUNTIME_TOKEN;
      delete process.env.ACTIONS_RESULTS_URL;
      delete process.env.GITHUB_ACTIONS;
      const before = service.requests.length;
      await expect(uploadReportArtifact({ name: 'r', rootDirectory: reportDir, files: ['report.json'] })).resolves.toEqual({
        uploaded: false,
        reason: 'ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set: not running in GitHub Actions, so there is no artifact storage to upload to'
      });
      expect(service.requests.length).toBe(before);
    });

    it('in a run: step (no runtime token) it is skipped with a pointer to actions/upload-artifact', async () => {
      delete process.env.ACTIONS_RUNTIME_TOKEN;
      await expect(uploadReportArtifact({ name: 'r', rootDirectory: reportDir, files: ['report.json'] })).resolves.toEqual({
        uploaded: false,
        reason: 'ACTIONS_RUNTIME_TOKEN is not set: the runner passes it to actions (uses:), not to run: steps; upload the report files with actions/upload-artifact instead'
      });
    });

    it('a refused CreateArtifact (403, not retried) is uploaded:false with the first line, quickly', async () => {
      service.failNext('create', 403);
      const started = Date.now();
      await expect(uploadReportArtifact({ name: 'refused', rootDirectory: reportDir, files: ['report.json'] })).resolves.toEqual({
        uploaded: false, reason: 'Failed to CreateArtifact: Received non-retryable error: Failed request: (403) Forbidden: injected fault'
      });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(service.artifacts().map(a => a.name)).not.toContain('refused');
    });

    it('a refused blob upload (403) is uploaded:false, and the half-made artifact is never listed', async () => {
      service.failNext('blob', 403);
      const started = Date.now();
      await expect(uploadReportArtifact({ name: 'blob-refused', rootDirectory: reportDir, files: ['report.json'] })).resolves.toEqual({
        uploaded: false, reason: 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.'
      });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(service.artifacts().map(a => a.name)).not.toContain('blob-refused');
    });

    it('a missing file is uploaded:false naming the file, not a throw', async () => {
      const result = await uploadReportArtifact({ name: 'missing', rootDirectory: reportDir, files: ['nope.json'] });
      expect(result).toEqual({ uploaded: false, reason: `File ${path.join(reportDir, 'nope.json')} does not exist` });
    });
  });

  describe('download (the publish follow-up)', () => {
    const findIn = (runId: number, name = 'pipeline-gates-report') => ({ name, token: GH_TOKEN, runId, owner: 'octo', repo: 'app' });

    it('downloads the named artifact of another run: files on disk with exact contents', async () => {
      const seeded = service.seed({ runId: 777, name: 'pipeline-gates-report', files: { 'report.json': REPORT_JSON, 'report.md': REPORT_MD } });
      service.seed({ runId: 777, name: 'coverage', files: { 'lcov.info': 'TN:\n' } });
      service.seed({ runId: 778, name: 'pipeline-gates-report', files: { 'report.json': '{"other run":true}' } });
      const destination = await freshDir('dl');
      const before = api.requests.length;
      const result = await downloadReportArtifact({ ...findIn(777), destination });
      expect(result).toEqual({
        files: [path.join(destination, 'report.json'), path.join(destination, 'report.md')],
        artifact: { id: seeded.id, name: 'pipeline-gates-report' }
      });
      expect(await readFile(path.join(destination, 'report.json'), 'utf8')).toBe(REPORT_JSON);
      expect(await readFile(path.join(destination, 'report.md'), 'utf8')).toBe(REPORT_MD);
      const calls = api.requests.slice(before);
      expect(calls.map(r => `${r.operationId} ${r.path}`)).toEqual([
        'actions/list-workflow-run-artifacts /repos/octo/app/actions/runs/777/artifacts',
        `actions/download-artifact /repos/octo/app/actions/artifacts/${seeded.id}/zip`
      ]);
      expect(calls.every(r => r.authorized)).toBe(true);
      expect(api.invalidRequests()).toEqual([]);
    });

    it('prefers the newest retry of the name (a re-run whose first choice was taken)', async () => {
      service.seed({ runId: 780, name: 'pipeline-gates-report', files: { 'report.json': '{"attempt":1}' } });
      const retry = service.seed({ runId: 780, name: 'pipeline-gates-report--gate-attempt2-0a1b2c', files: { 'report.json': '{"attempt":2}' } });
      service.seed({ runId: 780, name: 'pipeline-gates-report-other-config', files: { 'report.json': '{"other":1}' } });
      const destination = await freshDir('retry');
      const result = await downloadReportArtifact({ ...findIn(780), destination });
      expect(result.artifact).toEqual({ id: retry.id, name: retry.name });
      expect(await readFile(path.join(destination, 'report.json'), 'utf8')).toBe('{"attempt":2}');
    });

    it('an artifact missing from the run is a clear error naming what the run has', async () => {
      service.seed({ runId: 779, name: 'coverage', files: { 'lcov.info': 'TN:\n' } });
      await expect(downloadReportArtifact({ ...findIn(779), destination: await freshDir('nf') })).rejects.toThrow(
        new Error('no artifact named pipeline-gates-report in run 779 (it has coverage); did the gate job upload it?')
      );
      await expect(downloadReportArtifact({ ...findIn(781), destination: await freshDir('none') })).rejects.toThrow(
        new Error('no artifact named pipeline-gates-report in run 781 (it has none); did the gate job upload it?')
      );
    });

    // The library sets request.retries, which makes plugin-retry retry even a 403 (its doNotRetry
    // is bypassed), five times without delay: six requests, well under a second.
    it('a token without actions: read (403 on the listing) says so after the library\'s quick retries', async () => {
      api.failNext({ operationId: 'actions/list-workflow-run-artifacts' }, { status: 403, times: 6 });
      const before = api.requests.length;
      await expect(downloadReportArtifact({ ...findIn(777), destination: await freshDir('403') })).rejects.toThrow(
        /^listing the artifacts of run 777 in octo\/app failed: Resource not accessible by integration.*\(the token needs actions: read on octo\/app\)$/
      );
      expect(api.requests.slice(before).map(r => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
    });

    it('an expired artifact (410 on the download) is a clear error, not retried', async () => {
      const expired = service.seed({ runId: 782, name: 'pipeline-gates-report', files: { 'report.json': '{}' }, expiresAt: '2020-01-01T00:00:00Z' });
      const before = api.requests.length;
      await expect(downloadReportArtifact({ ...findIn(782), destination: await freshDir('410') })).rejects.toThrow(
        new Error(`downloading artifact pipeline-gates-report (id ${expired.id}) of run 782 failed: Artifact has expired - https://docs.github.com/rest`)
      );
      expect(api.requests.slice(before).map(r => `${r.operationId} ${r.status}`)).toEqual(['actions/list-workflow-run-artifacts 200', 'actions/download-artifact 410']);
    });

    it('refuses a folder that already holds files, so a stale report cannot pass for the download', async () => {
      const destination = await freshDir('stale');
      await mkdir(destination, { recursive: true });
      await writeFile(path.join(destination, 'report.json'), '{"stale":true}');
      await expect(downloadReportArtifact({ ...findIn(777), destination })).rejects.toThrow(
        `the download folder ${destination} is not empty; pass an empty or new folder for the report artifact`
      );
    });
  });
});

describe('report artifact names', () => {
  it('a retry name carries the job, the attempt and the random part, and stays a valid artifact name', () => {
    expect(retryArtifactName('pipeline-gates-report', { GITHUB_JOB: 'gate', GITHUB_RUN_ATTEMPT: '3' }, 'abc123')).toBe('pipeline-gates-report--gate-attempt3-abc123');
    expect(retryArtifactName('r', { GITHUB_JOB: 'a/b:c' }, 'ff')).toBe('r--a-b-c-attempt1-ff');
    expect(retryArtifactName('r', {}, 'ff')).toBe('r--attempt1-ff');
  });

  it('the newest of the name and its retries is picked; look-alike names are not', () => {
    const a = (id: number, name: string) => ({ id, name, size: 1 });
    expect(pickReportArtifact([a(3, 'r'), a(9, 'r--gate-attempt2-aa'), a(12, 'r-other'), a(11, 'rr')], 'r')).toEqual(a(9, 'r--gate-attempt2-aa'));
    expect(pickReportArtifact([a(12, 'r-other')], 'r')).toBeUndefined();
  });
});
