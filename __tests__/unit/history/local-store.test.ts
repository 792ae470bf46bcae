import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { emptyHistory, type TimingHistory } from '../../../src/history/document.js';
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
      warnings: [`History ${file} was ignored: not a Pipeline Gates history document (v1) at schema: Invalid input: expected "pipeline-gates/history".`]
    });
  });
  it('a history of another config copied into place is ignored with a warning', async () => {
    const file = path.join(dir, 'default.history.json');
    await writeJsonFile(file, { ...HISTORY, configId: 'e2e' });
    expect(await readHistoryFile(file, 'default')).toEqual({ warnings: [`History ${file} was ignored: it belongs to config "e2e", not "default".`] });
  });
  it('a directory where the file should be is a warning, not a crash', async () => {
    const r = await readHistoryFile(dir, 'default');
    expect([r.history, r.warnings.length, r.warnings[0]?.startsWith(`History ${dir} could not be read (`)]).toEqual([undefined, 1, true]);
  });
});
