import { readFileSync } from 'node:fs';
import { describeRun, type RunContext } from '../github/run-context.js';
import { CacheHistoryStore } from '../history/cache-store.js';
import { UsageError } from '../model/problems.js';

/** This workflow run, from the runner's env and the event payload file. */
export function currentRun(): RunContext {
  return describeRun(process.env, readEventPayload(process.env.GITHUB_EVENT_PATH));
}

function readEventPayload(file: string | undefined): unknown {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`The event payload ${file} could not be read: ${(err as Error).message}.`);
  }
}

/** History for this run: read from the branches the event allows, written only where it may. */
export function cacheStore(configId: string, run: RunContext, readOnly = false): CacheHistoryStore {
  return new CacheHistoryStore({
    configId,
    readBranches: run.historyReadBranches,
    ...(run.historyWriteBranch && !readOnly ? { writeBranch: run.historyWriteBranch } : {}),
    runId: run.runId,
    attempt: run.attempt
  });
}
