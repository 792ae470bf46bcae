import { randomUUID } from 'node:crypto';
import { open, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';

/**
 * A lock file beside a document (`<file>.lock`), created with O_EXCL so exactly one process holds
 * it. Several `gate --history DIR` runs at once (a matrix on one machine, a pre-push hook beside a
 * watch) then read, merge and write one at a time. A lock left by a process that died (same host,
 * pid gone) or older than `staleMs` is taken over; waiting is bounded by `waitMs`, after which the
 * caller gets a LockBusy naming the holder instead of hanging.
 */

export interface LockOptions {
  /** How long to wait for the lock in all (default 30 s). */
  readonly waitMs?: number;
  /** A lock older than this is stale whoever holds it (default 2 min; a save takes milliseconds). */
  readonly staleMs?: number;
}

export class LockBusy extends Error {}

interface Holder {
  readonly token: string;
  readonly pid: number;
  readonly host: string;
  readonly at: string;
}

export async function withLock<T>(file: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lock = `${file}.lock`;
  const me: Holder = { token: randomUUID(), pid: process.pid, host: os.hostname(), at: new Date().toISOString() };
  await acquire(lock, me, options.waitMs ?? 30_000, options.staleMs ?? 120_000);
  try {
    return await work();
  } finally {
    // Only our own lock: had it been taken over as stale, the new holder's stays.
    if ((await readHolder(lock))?.token === me.token) await rm(lock, { force: true });
  }
}

async function acquire(lock: string, me: Holder, waitMs: number, staleMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lock, 'wx');
      try {
        await handle.writeFile(JSON.stringify(me));
      } finally {
        await handle.close();
      }
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = await readHolder(lock);
    if (await isStale(lock, holder, staleMs)) {
      // Re-read just before removing: another waiter may have taken it over already.
      if ((await readHolder(lock))?.token === holder?.token) await rm(lock, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder ? `process ${holder.pid} on ${holder.host} since ${holder.at}` : 'another process';
      throw new LockBusy(`${lock} is held by ${who}; remove it if no Pipeline Gates run is writing there`);
    }
    // Jittered backoff, 5 ms growing to 100 ms: ten waiters do not wake in step.
    await new Promise((resolve) => setTimeout(resolve, Math.min(100, 5 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random())));
  }
}

async function readHolder(lock: string): Promise<Holder | undefined> {
  try {
    const parsed = JSON.parse(await readFile(lock, 'utf8')) as Partial<Holder>;
    return typeof parsed.token === 'string' && typeof parsed.pid === 'number' ? (parsed as Holder) : undefined;
  } catch {
    return undefined;
  }
}

async function isStale(lock: string, holder: Holder | undefined, staleMs: number): Promise<boolean> {
  const age = await stat(lock).then(
    (s) => Date.now() - s.mtimeMs,
    () => 0
  );
  if (age > staleMs) return true;
  // An unreadable lock may be one being written this instant: only age can make it stale.
  if (!holder || holder.host !== os.hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
