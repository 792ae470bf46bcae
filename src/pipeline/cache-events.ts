import type { CacheTool } from './cache-messages.js';

/**
 * The cache restores and saves found in a job's log (src/pipeline/cache-log.ts reads them), as
 * plain data for the cache report and advice.
 */

export type RestoreOutcome = 'hit' | 'partial' | 'miss' | 'failed' | 'skipped';
export type SaveOutcome = 'saved' | 'unchanged' | 'conflict' | 'failed' | 'skipped';

interface EventBase {
  readonly tool: CacheTool;
  /** The primary key (restore) or the key saved; absent when the log does not say it. */
  readonly key?: string;
  readonly manager?: string;
  /** Archive size from the toolkit's `Cache Size:` or progress lines. */
  readonly bytes?: number;
  /** From the line before the first cache line to the outcome line. */
  readonly seconds?: number;
  /** 1-based line of the outcome in the job log. */
  readonly line: number;
  readonly reason?: string;
}

export interface RestoreEvent extends EventBase {
  readonly op: 'restore';
  readonly outcome: RestoreOutcome;
  /** The entry that was restored: the key itself on a hit, a restore-key match on a partial hit. */
  readonly matchedKey?: string;
  readonly restoreKeys?: readonly string[];
  /** The `path:` input of actions/cache. */
  readonly paths?: readonly string[];
  readonly lookupOnly?: boolean;
}

export interface SaveEvent extends EventBase {
  readonly op: 'save';
  readonly outcome: SaveOutcome;
}

export type CacheEvent = RestoreEvent | SaveEvent;
