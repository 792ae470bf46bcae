import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TimingHistory } from '../model/history.js';
import { HISTORY_FILE, historyCachePath, historyKey, historyKeyPrefix } from './keys.js';
import { readHistoryFile, writeJsonFile } from './local-store.js';
import type { HistoryRestore, HistorySave, HistoryStore } from '../model/history-store.js';

export interface CacheHistoryOptions {
  readonly configId: string;
  /** Branches to read from, in order of preference (e.g. the PR's base branch). */
  readonly readBranches: readonly string[];
  /** The branch this run may write to; undefined = read only. */
  readonly writeBranch?: string;
  readonly runId: string;
  readonly attempt: number;
}

/**
 * History in the Actions cache. Every save uses a new key (run id + attempt) because cache entries
 * are immutable; restore finds the newest entry by key prefix. The library is imported lazily:
 * commands that need no history never pay for loading it.
 */
export class CacheHistoryStore implements HistoryStore {
  readonly description: string;
  private readonly cachePath: string;
  private readonly dir: string;
  /** Why saving would hide the restored entry from its owner; set by restore(). */
  private shadowed: string | undefined;

  constructor(private readonly options: CacheHistoryOptions) {
    this.cachePath = historyCachePath(options.configId);
    this.dir = path.join(os.homedir(), '.pipeline-gates', 'history', options.configId);
    this.description = `Actions cache (${options.readBranches.map((b) => historyKeyPrefix(options.configId, b)).join(', ')})`;
  }

  async restore(): Promise<HistoryRestore> {
    const cache = await import('@actions/cache');
    if (!cache.isFeatureAvailable()) {
      return { warnings: ['The Actions cache service is not available here; continuing without history.'] };
    }
    // A stale file from an earlier step must never pass for the restored one.
    await rm(this.dir, { recursive: true, force: true });
    const { configId, runId, attempt } = this.options;
    const [first, ...rest] = this.options.readBranches;
    if (first === undefined) return { warnings: [] };
    const prefixes = [first, ...rest].map((b) => historyKeyPrefix(configId, b));
    let hit: string | undefined;
    try {
      // The primary key is this run's own (never present); the prefixes find the newest entry.
      hit = await cache.restoreCache([this.cachePath], historyKey(configId, first, runId, attempt), prefixes);
    } catch (err) {
      return { warnings: [`Restoring history from the Actions cache failed (${(err as Error).message}); continuing without it.`] };
    }
    if (!hit) return { warnings: [] };
    const read = await readHistoryFile(path.join(this.dir, HISTORY_FILE), configId, `cache key ${hit}`);
    // Restore finds the newest entry; saving ours after it would hide a newer version's (or
    // another config's) document from its owner, so this run then saves nothing.
    if (read.unusable === 'newer' || read.unusable === 'foreign') this.shadowed = `cache key ${hit} holds a document this version must not cover with its own (see the warning above)`;
    return read;
  }

  async save(history: TimingHistory): Promise<HistorySave> {
    const { configId, writeBranch, runId, attempt } = this.options;
    if (writeBranch === undefined) return { saved: false, detail: 'this run only reads history' };
    if (this.shadowed) return { saved: false, detail: this.shadowed };
    const cache = await import('@actions/cache');
    if (!cache.isFeatureAvailable()) return { saved: false, detail: 'the Actions cache service is not available' };
    await writeJsonFile(path.join(this.dir, HISTORY_FILE), history);
    const key = historyKey(configId, writeBranch, runId, attempt);
    try {
      const id = await cache.saveCache([this.cachePath], key);
      // -1: the key exists already (this attempt saved before) or the service refused; not an error.
      return id === -1 ? { saved: false, detail: `cache key ${key} was not saved (it exists or the service refused)` } : { saved: true, detail: `cache key ${key}` };
    } catch (err) {
      return { saved: false, detail: `saving to the Actions cache failed: ${(err as Error).message}` };
    }
  }
}
