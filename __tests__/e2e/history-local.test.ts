// Holes 5 and 7 of issue 14: the local history folder (`gate --history DIR`) keeps every run of
// concurrent processes, never destroys a document it cannot read, and records only default-branch
// runs unless told otherwise.
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { gitEnv, makeGitSandbox, type GitSandbox } from '../harness/git-sandbox.js';
import { junitXml, spawnBundle } from '../harness/run-bundle.js';

let box: GitSandbox | undefined;
afterEach(async () => {
  await box?.remove();
  box = undefined;
});

const REPORTS = { 'reports/unit.xml': junitXml({ passed: 3 }) };
const HIST = 'hist/default.history.json';

function gate(b: GitSandbox, ...extra: string[]) {
  return spawnBundle(['gate', '--junit', 'reports/*.xml', '--history', 'hist', ...extra], { cwd: b.workspace, env: { HOME: b.home }, timeoutMs: 60_000 });
}
const runsIn = async (b: GitSandbox) => JSON.parse(await readFile(path.join(b.workspace, HIST), 'utf8')).runs as Array<{ runId: string; sha: string }>;

describe('concurrent runs', () => {
  it('ten gate processes at once record ten runs', async () => {
    box = await makeGitSandbox(REPORTS);
    const b = box;
    const results = await Promise.all(Array.from({ length: 10 }, () => gate(b)));
    expect(results.map((r) => [r.exitCode, r.stderr])).toEqual(Array.from({ length: 10 }, () => [0, '']));
    const runs = await runsIn(b);
    expect(runs).toHaveLength(10);
    expect(new Set(runs.map((r) => r.runId)).size).toBe(10);
    expect((await readdir(path.join(b.workspace, 'hist'))).sort()).toEqual(['default.history.json']);
  }, 120_000);
});

describe('a history file this version cannot read', () => {
  it('a version 2 document survives a version 1 run, byte for byte, and the run says why it did not save', async () => {
    const v2 = `${JSON.stringify({ schema: 'pipeline-gates/history', version: 2, configId: 'default', runs: [{ id: 'from-the-future' }], baselines: { x: 1 } })}\n`;
    box = await makeGitSandbox({ ...REPORTS, [HIST]: v2 });
    const r = await gate(box);
    expect(r.exitCode).toBe(0);
    expect(await readFile(path.join(box.workspace, HIST), 'utf8')).toBe(v2);
    expect(r.stderr).toContain('History not saved: hist/default.history.json: it is a version 2 history document, newer than this Pipeline Gates reads (1); it is left as it is. Upgrade Pipeline Gates or use another --history folder.');
  });

  it("another config's document is kept aside as .bak-<time> with a warning, and the run is recorded", async () => {
    const other = `${JSON.stringify({ schema: 'pipeline-gates/history', version: 1, configId: 'nightly', runs: [] })}\n`;
    box = await makeGitSandbox({ ...REPORTS, [HIST]: other });
    const r = await gate(box);
    expect(r.exitCode).toBe(0);
    const names = await readdir(path.join(box.workspace, 'hist'));
    const bak = names.find((n) => /^default\.history\.json\.bak-\d{8}T\d{6}Z$/.test(n));
    expect(bak).toBeDefined();
    expect(await readFile(path.join(box.workspace, 'hist', bak ?? ''), 'utf8')).toBe(other);
    expect(await runsIn(box)).toHaveLength(1);
    expect(r.stderr).toContain(`warning: hist/default.history.json was kept aside as ${bak}: it belongs to config "nightly", not "default".`);
  });

  it('a directory where the file should be is exit 2 with a clear message, no stack trace and no temporary file', async () => {
    box = await makeGitSandbox(REPORTS);
    await mkdir(path.join(box.workspace, HIST), { recursive: true });
    const r = await gate(box);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe('pipeline-gates: --history: hist/default.history.json is a directory, not a history file; remove it or choose another --history folder.\n');
    expect(await readdir(path.join(box.workspace, 'hist'))).toEqual(['default.history.json']);
  });

  it('a file over the size bound is not read and not overwritten, with the bound named', async () => {
    box = await makeGitSandbox(REPORTS);
    const big = `{"schema":"pipeline-gates/history","version":1,"configId":"default","runs":[]${' '.repeat(65 * 1024 * 1024)}}`;
    await mkdir(path.join(box.workspace, 'hist'));
    await writeFile(path.join(box.workspace, HIST), big);
    const r = await gate(box);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('History hist/default.history.json is 65.0 MiB, over the 64 MiB a history file may have; continuing without history.');
    expect(r.stderr).toContain('History not saved: hist/default.history.json: it is 65.0 MiB, over the 64 MiB a history file may have');
    expect((await readFile(path.join(box.workspace, HIST))).length).toBe(big.length);
  });
});

describe('which runs are recorded', () => {
  it('records a run on the default branch (origin/HEAD) and not one on a feature branch, saying why', async () => {
    box = await makeGitSandbox(REPORTS);
    expect((await gate(box)).stderr).toBe('');
    box.git('checkout', '-q', '-b', 'feature/x');
    const r = await gate(box);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('History not recorded: the checkout is on "feature/x", not the default branch "main" (from origin/HEAD); pass --record to record it anyway.\n');
    expect(await runsIn(box)).toHaveLength(1);
  });

  it('--record records a feature branch run; --no-record never records', async () => {
    box = await makeGitSandbox(REPORTS);
    box.git('checkout', '-q', '-b', 'feature/x');
    expect((await gate(box, '--record')).exitCode).toBe(0);
    box.git('checkout', '-q', 'main');
    const r = await gate(box, '--no-record');
    expect(r.stderr).toBe('History not recorded: --no-record.\n');
    expect(await runsIn(box)).toHaveLength(1);
    expect((await gate(box, '--record', '--no-record')).stderr).toContain('--record and --no-record cannot be given together');
  });

  it('without origin/HEAD, init.defaultBranch or --default-branch names the default branch', async () => {
    box = await makeGitSandbox(REPORTS, 'trunk');
    box.git('remote', 'remove', 'origin');
    const unknown = await gate(box);
    expect(unknown.stderr).toBe('History not recorded: the default branch is not known here (no origin/HEAD, no init.defaultBranch); pass --default-branch NAME or --record.\n');
    execFileSync('git', ['config', '--global', 'init.defaultBranch', 'trunk'], { env: gitEnv(box.home) });
    expect((await gate(box)).stderr).toBe('');
    box.git('checkout', '-q', '-b', 'dev');
    expect((await gate(box, '--default-branch', 'dev')).stderr).toBe('');
    expect(await runsIn(box)).toHaveLength(2);
  });

  it('outside a git checkout nothing is recorded unless --record says so', async () => {
    box = await makeGitSandbox(REPORTS);
    const { rm } = await import('node:fs/promises');
    await rm(path.join(box.workspace, '.git'), { recursive: true, force: true });
    const r = await gate(box);
    expect(r.stderr).toBe('History not recorded: this folder is not a git checkout, so its branch is not known; pass --record to record it anyway.\n');
    expect((await gate(box, '--record')).stderr).toBe('');
    expect(await runsIn(box)).toHaveLength(1);
  });
});
