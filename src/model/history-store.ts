import type { TimingHistory } from './history.js';

/** Where history lives: the Actions cache in a workflow, a local folder for the CLI and tests. */
export interface HistoryStore {
  /** A short description for logs, e.g. "Actions cache (key prefix …)". */
  readonly description: string;
  /** Returns the newest readable history, or undefined; problems come back as warnings. */
  restore(): Promise<HistoryRestore>;
  save(history: TimingHistory): Promise<HistorySave>;
}

export interface HistoryRestore {
  readonly history?: TimingHistory;
  readonly warnings: readonly string[];
  /** Where it came from (cache key or file), for the report. */
  readonly source?: string;
}

export interface HistorySave {
  readonly saved: boolean;
  readonly detail: string;
  /** What the save did besides, e.g. a file it could not read kept aside. */
  readonly warnings?: readonly string[];
}
