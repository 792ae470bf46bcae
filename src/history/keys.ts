/**
 * Cache keys for history. Fields are separated by ":" because git forbids it in ref names and our
 * config ids cannot hold it, so the restore prefix of branch `main` never matches `main-2` (a
 * "-"-separated key would: `…-main-` is a prefix of `…-main-2-…`).
 */
export const KEY_VERSION = 'pipeline-gates-v1';

/** Keys are limited to 512 characters: a pathological branch name is cut (the same way on save and restore). */
const MAX_BRANCH = 400;

export function historyKeyPrefix(configId: string, branch: string): string {
  return `${KEY_VERSION}:${configId}:${keyPart(branch).slice(0, MAX_BRANCH)}:`;
}

/**
 * A branch as a key field. Branches come from event payloads and the dispatch form, so nothing in
 * them may change what the key means: "," (the service splits restore keys on it) becomes "_", and
 * ":" (our separator), whitespace and control or invisible characters are percent-encoded.
 */
function keyPart(branch: string): string {
  return branch
    .replace(/,/g, '_')
    .replace(/[\u0000-\u0020\u007f-\u00a0:\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/gu, encodeURIComponent);
}

export function historyKey(configId: string, branch: string, runId: string, attempt: number): string {
  return `${historyKeyPrefix(configId, branch)}${runId}-${attempt}`;
}

/**
 * The literal path handed to @actions/cache on both save and restore. The cache version hashes
 * this string, so it must be identical across runs and runners: `~` is expanded by the library.
 */
export function historyCachePath(configId: string): string {
  return `~/.pipeline-gates/history/${configId}`;
}

export const HISTORY_FILE = 'history.json';
