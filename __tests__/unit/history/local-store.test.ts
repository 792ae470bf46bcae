import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { emptyHistory, type TimingHistory } from '../../../src/model/history.js';
import { LocalHistoryStore, readHistoryFile, writeJsonFile } from '../../../src/history/local-store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pg-history-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const HISTORY: TimingHistory = {
  ...emptyHistory('default'),
  runs: [{ runId: '42', attempt: 1, sha: 'abc', ref: 'refs/heads/main', at: '2024-05-01T10:00:00.000Z', conclusion: 'success', tests: { 'a.ts::adds': 0.25 } }],
  lastGreen: { sha: 'abc', runId: '42', runUrl: 'https://github.com/o/r/actions/runs/42', at: '2024-05-01T10:00:00.000Z' }
};

describe('LocalHistoryStore', () => {
  it('round-trips a history through <config-id>.history.json and leaves no temporary file', async () => {
    const store = new LocalHistoryStore(path.join(dir, 'nested'), 'default');
    const file = path.join(dir, 'nested', 'default.history.json');
    const saved = await store.save(HISTORY);
    expect([saved, await store.restore(), await readdir(path.join(dir, 'nested'))]).toEqual([
      { saved: true, detail: `written to ${file}` },
      { history: HISTORY, warnings: [], source: file },
      ['default.history.json']
    ]);
  });
  it('a folder without a history file is no history and no warning', async () => {
    expect(await new LocalHistoryStore(dir, 'default').restore()).toEqual({ warnings: [] });
  });
  it('keeps configs apart: a store for "e2e" does not see the "default" history', async () => {
    await new LocalHistoryStore(dir, 'default').save(HISTORY);
    expect(await new LocalHistoryStore(dir, 'e2e').restore()).toEqual({ warnings: [] });
  });
  it('describes itself by its folder', () => {
    expect(new LocalHistoryStore(dir, 'default').description).toEqual(`local folder ${dir}`);
  });
});

describe('readHistoryFile', () => {
  it('corrupt JSON is ignored with a warning naming the file', async () => {
    const file = path.join(dir, 'default.history.json');
    await writeFile(file, '{"schema": "pipeline-gates/hist');
    const r = await readHistoryFile(file, 'default');
    expect([r.history, r.warnings.length, r.warnings[0]?.startsWith(`History ${file} is not valid JSON (`), r.warnings[0]?.endsWith('); ignoring it.')]).toEqual([
      undefined, 1, true, true
    ]);
  });
  it('a foreign JSON document is ignored with a warning naming the file and the reason', async () => {
    const file = path.join(dir, 'default.history.json');
    await writeFile(file, JSON.stringify({ name: 'package.json', version: '1.0.0' }));
    expect(await readHistoryFile(file, 'default')).toEqual({
      warnings: [`History ${file} was ignored: not a Pipeline Gates history document (v1) at schema: Invalid input: expected "pipeline-gates/history".`],
      unusable: 'invalid'
    });
  });
  it('a history of another config copied into place is ignored with a warning', async () => {
    const file = path.join(dir, 'default.history.json');
    await writeJsonFile(file, { ...HISTORY, configId: 'e2e' });
    expect(await readHistoryFile(file, 'default')).toEqual({ warnings: [`History ${file} was ignored: it belongs to config "e2e", not "default".`], unusable: 'foreign' });
  });
  it('a directory where the file should be is a warning, not a crash', async () => {
    const r = await readHistoryFile(dir, 'default');
    expect([r.history, r.warnings.length, r.warnings[0]?.startsWith(`History ${dir} could not be read (`)]).toEqual([undefined, 1, true]);
  });
});

describe('LocalHistoryStore.save never destroys a document it cannot read', () => {
  const file = () => path.join(dir, 'default.history.json');
  const NOW = () => new Date('2026-03-04T05:06:07.890Z');

  it('a newer version stays byte for byte and the save says why', async () => {
    const v2 = JSON.stringify({ schema: 'pipeline-gates/history', version: 2, configId: 'default', runs: [{ anything: true }] });
    await writeFile(file(), v2);
    const saved = await new LocalHistoryStore(dir, 'default').save(HISTORY);
    expect([saved, await readFile(file(), 'utf8')]).toEqual([
      { saved: false, detail: `${file()}: it is a version 2 history document, newer than this Pipeline Gates reads (1); it is left as it is. Upgrade Pipeline Gates or use another --history folder` },
      v2
    ]);
  });
  it('corrupt JSON is kept aside as .bak-<time>, and the new document written', async () => {
    await writeFile(file(), '{"schema": "pipeline-gates/hist');
    const saved = await new LocalHistoryStore(dir, 'default', { now: NOW }).save(HISTORY);
    expect(saved).toEqual({ saved: true, detail: `written to ${file()}`, warnings: [`${file()} was kept aside as default.history.json.bak-20260304T050607Z: it is not valid JSON (it ends too early at character 32).`] });
    expect((await readdir(dir)).sort()).toEqual(['default.history.json', 'default.history.json.bak-20260304T050607Z']);
  });
  it('merges with runs another process wrote since this run read the file', async () => {
    const store = new LocalHistoryStore(dir, 'default', { maxRuns: 30 });
    const other = { ...HISTORY, runs: [{ ...HISTORY.runs[0]!, runId: '41', at: '2024-04-30T10:00:00.000Z' }] };
    await store.save(other);
    await store.save(HISTORY);
    expect((await store.restore()).history?.runs.map((r) => r.runId)).toEqual(['41', '42']);
  });
  it('two concurrent saves keep each run whole, its watching list (history mode) included', async () => {
    const store = new LocalHistoryStore(dir, 'default', { maxRuns: 30 });
    const first = { ...HISTORY, runs: [{ ...HISTORY.runs[0]!, runId: '41', at: '2024-04-30T10:00:00.000Z', watching: ['parse'] }] };
    const second = { ...HISTORY, runs: [{ ...HISTORY.runs[0]!, watching: ['render', 'query'] }] };
    await Promise.all([store.save(first), store.save(second)]);
    expect((await store.restore()).history?.runs.map((r) => [r.runId, r.watching])).toEqual([['41', ['parse']], ['42', ['render', 'query']]]);
  });
  it('a directory in place of the file is a usage error naming it, and no temporary file is left', async () => {
    const store = new LocalHistoryStore(dir, 'default');
    await mkdir(file());
    await expect(store.save(HISTORY)).rejects.toThrow(`--history: ${file()} is a directory, not a history file; remove it or choose another --history folder.`);
    expect(await readdir(dir)).toEqual(['default.history.json']);
  });
  it('writeJsonFile removes its temporary file when the rename fails', async () => {
    await mkdir(path.join(dir, 'target', 'inner'), { recursive: true });
    await expect(writeJsonFile(path.join(dir, 'target'), { a: 1 })).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['target']);
  });
});
