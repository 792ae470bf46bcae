import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { LockBusy, withLock } from '../../../src/history/lock.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pg-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('withLock', () => {
  it('runs one holder at a time and removes the lock afterwards', async () => {
    const file = path.join(dir, 'h.json');
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        withLock(file, async () => {
          most = Math.max(most, ++inside);
          await new Promise((r) => setTimeout(r, 5));
          inside--;
        })
      )
    );
    expect([most, await readdir(dir)]).toEqual([1, []]);
  });
  it('takes over a lock whose process is gone', async () => {
    const file = path.join(dir, 'h.json');
    // A pid far above any real one on this host: the process does not exist.
    await writeFile(`${file}.lock`, JSON.stringify({ token: 'old', pid: 2 ** 30, host: os.hostname(), at: '2026-01-01T00:00:00Z' }));
    expect(await withLock(file, async () => 'ran', { waitMs: 1000 })).toEqual('ran');
  });
  it('gives up after the bounded wait, naming the holder', async () => {
    const file = path.join(dir, 'h.json');
    await writeFile(`${file}.lock`, JSON.stringify({ token: 'live', pid: process.pid, host: os.hostname(), at: '2026-01-01T00:00:00Z' }));
    const err = await withLock(file, async () => 'ran', { waitMs: 50 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LockBusy);
    expect((err as Error).message).toEqual(`${file}.lock is held by process ${process.pid} on ${os.hostname()} since 2026-01-01T00:00:00Z; remove it if no Pipeline Gates run is writing there`);
  });
});
