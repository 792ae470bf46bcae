/**
 * The log lines that say what a cache did, copied from the sources of the actions that print them
 * (actions/cache restoreImpl.ts and saveImpl.ts, @actions/cache cache.ts and its progress lines,
 * setup-node / setup-python / setup-go / setup-java / setup-dotnet cache-restore.ts and
 * cache-save.ts, gradle/actions gradle-user-home-cache.ts and cache-utils.ts, and our own history
 * and plan stores). One table, so a new action's wording is one row here and one fixture log.
 */

export type CacheTool = 'actions/cache' | 'setup-node' | 'setup-python' | 'setup-go' | 'setup-java' | 'setup-dotnet' | 'gradle' | 'pipeline-gates';

/** What one matched line tells the scanner. */
export type CacheSignal =
  | { readonly kind: 'found'; readonly key: string; readonly exact?: boolean }
  | { readonly kind: 'restored'; readonly key: string; readonly lookupOnly?: boolean; readonly tool?: CacheTool }
  | { readonly kind: 'not-found'; readonly keys?: readonly string[]; readonly manager?: string; readonly tool?: CacheTool }
  | { readonly kind: 'restore-failed'; readonly reason: string }
  | { readonly kind: 'restore-skipped' }
  | { readonly kind: 'bytes'; readonly bytes: number; readonly direction?: 'down' | 'up' }
  | { readonly kind: 'extracted' }
  | { readonly kind: 'uploaded' }
  | { readonly kind: 'packing' }
  | { readonly kind: 'saving'; readonly key: string; readonly tool: CacheTool }
  | { readonly kind: 'saved'; readonly key: string; readonly tool?: CacheTool }
  | { readonly kind: 'unchanged'; readonly key: string }
  | { readonly kind: 'conflict'; readonly key: string }
  | { readonly kind: 'save-failed'; readonly reason: string }
  | { readonly kind: 'save-skipped' };

interface Rule {
  readonly re: RegExp;
  readonly signal: (m: RegExpExecArray) => CacheSignal;
}

const group = (m: RegExpExecArray, i: number): string => m[i] ?? '';

/** Package managers whose setup action says "<manager> cache is not found". */
const MANAGERS = 'npm|yarn|pnpm|pip|pipenv|poetry|uv|maven|gradle|sbt';

/**
 * Order matters: the reservation conflict is a kind of "Failed to save", so it comes first.
 * Every pattern is anchored and linear, so a long hostile line costs one pass.
 */
const RULES: readonly Rule[] = [
  // @actions/cache restoreCacheV2 (toolkit 4.0.4+): the lookup result, before any download.
  { re: /^Cache hit for: (.+)$/, signal: (m) => ({ kind: 'found', key: group(m, 1), exact: true }) },
  { re: /^Cache hit for restore-key: (.+)$/, signal: (m) => ({ kind: 'found', key: group(m, 1), exact: false }) },
  // DownloadProgress / UploadProgress display(): the second number is the archive size.
  { re: /^Received \d+ of (\d+) \(/, signal: (m) => ({ kind: 'bytes', bytes: Number(m[1]), direction: 'down' }) },
  { re: /^Sent \d+ of (\d+) \(/, signal: (m) => ({ kind: 'bytes', bytes: Number(m[1]), direction: 'up' }) },
  // restoreCache and the v1 saveCache both print the archive size this way.
  { re: /^Cache Size: ~\d+ MB \((\d+) B\)$/, signal: (m) => ({ kind: 'bytes', bytes: Number(m[1]) }) },
  // createTar: the archive is packed before the upload, so a save starts here.
  { re: /^\[command\]\S*tar(?:\.exe)? (?:--posix )?-cf cache\.t(?:zst|gz)\b/, signal: () => ({ kind: 'packing' }) },
  { re: /^Cache restored successfully$/, signal: () => ({ kind: 'extracted' }) },
  { re: /^Cache saved successfully$/, signal: () => ({ kind: 'uploaded' }) },
  // actions/cache and every setup-* action after a restore.
  { re: /^Cache restored from key: (.+)$/, signal: (m) => ({ kind: 'restored', key: group(m, 1) }) },
  { re: /^Cache found and can be restored from key: (.+)$/, signal: (m) => ({ kind: 'restored', key: group(m, 1), lookupOnly: true }) },
  { re: /^Restored Gradle User Home from cache key: (.+)$/, signal: (m) => ({ kind: 'restored', key: group(m, 1), tool: 'gradle' }) },
  { re: /^Cache not found for input keys: (.*)$/, signal: (m) => ({ kind: 'not-found', keys: group(m, 1).split(', '), tool: 'actions/cache' }) },
  { re: new RegExp(`^(${MANAGERS}) cache is not found$`), signal: (m) => ({ kind: 'not-found', manager: group(m, 1) }) },
  { re: /^Cache is not found$/, signal: () => ({ kind: 'not-found', tool: 'setup-go' }) },
  { re: /^Dotnet cache is not found$/, signal: () => ({ kind: 'not-found', tool: 'setup-dotnet' }) },
  { re: /^Gradle User Home cache not found\. Will initialize empty\.$/, signal: () => ({ kind: 'not-found', tool: 'gradle' }) },
  { re: /^No history in the Actions cache under (\S+)$/, signal: (m) => ({ kind: 'not-found', keys: [group(m, 1)], tool: 'pipeline-gates' }) },
  { re: /^Failed to restore: (.+)$/, signal: (m) => ({ kind: 'restore-failed', reason: group(m, 1) }) },
  { re: /^Failed to restore \S+: (.+)$/, signal: (m) => ({ kind: 'restore-failed', reason: group(m, 1) }) },
  { re: /^Cache restore skipped: the effective cache-mode '[^']*' does not permit reads\.$/, signal: () => ({ kind: 'restore-skipped' }) },
  // Saves.
  { re: /Unable to reserve cache with key (.+?), another job may be creating this cache/, signal: (m) => ({ kind: 'conflict', key: group(m, 1) }) },
  { re: /^Cache saved with key: (.+)$/, signal: (m) => ({ kind: 'saved', key: group(m, 1) }) },
  { re: /^Cache saved with the key: (.+)$/, signal: (m) => ({ kind: 'saved', key: group(m, 1) }) },
  { re: /^Caching Gradle User Home with cache key: (.+)$/, signal: (m) => ({ kind: 'saving', key: group(m, 1), tool: 'gradle' }) },
  { re: /^History saved: cache key (.+)\.$/, signal: (m) => ({ kind: 'saved', key: group(m, 1), tool: 'pipeline-gates' }) },
  { re: /^Plan pinned: cache key (.+)\.$/, signal: (m) => ({ kind: 'saved', key: group(m, 1), tool: 'pipeline-gates' }) },
  { re: /^Cache hit occurred on the primary key (.+), not saving cache\.$/, signal: (m) => ({ kind: 'unchanged', key: group(m, 1) }) },
  { re: /^Cache hit occurred on the cache key (.+), not saving cache\.$/, signal: (m) => ({ kind: 'unchanged', key: group(m, 1) }) },
  { re: /^Failed to save: (.+)$/, signal: (m) => ({ kind: 'save-failed', reason: group(m, 1) }) },
  { re: /^Failed to save cache entry with path (.+)$/, signal: (m) => ({ kind: 'save-failed', reason: group(m, 1) }) },
  { re: /^Cache save skipped: the effective cache-mode '[^']*' does not permit writes\.$/, signal: () => ({ kind: 'save-skipped' }) },
  { re: /^Cache was not saved since 'cache-restore-only' was set to true$/, signal: () => ({ kind: 'save-skipped' }) },
  { re: /^Cache write is disabled \(read-only mode\)\. Skipping cache save\.$/, signal: () => ({ kind: 'save-skipped' }) }
];

/**
 * Cheap first test, run on every line of a log that is mostly test output: every message in the
 * table holds "ache" (Cache, cache, cache.tzst) or is a progress line.
 */
export function mayBeCacheLine(line: string, from = 0): boolean {
  return line.includes('ache', from) || line.startsWith('Received ', from) || line.startsWith('Sent ', from);
}

/** The signal of one log message (timestamp and `##[warning]` already removed), or undefined. */
export function cacheSignal(message: string): CacheSignal | undefined {
  if (!mayBeCacheLine(message)) return undefined;
  for (const rule of RULES) {
    const m = rule.re.exec(message);
    if (m) return rule.signal(m);
  }
  return undefined;
}

/** Actions (as `uses:` names them, without the ref) whose steps restore and save caches. */
const ACTIONS: ReadonlyArray<readonly [RegExp, CacheTool]> = [
  [/^actions\/cache(?:\/(?:restore|save))?$/i, 'actions/cache'],
  [/^actions\/setup-node$/i, 'setup-node'],
  [/^actions\/setup-python$/i, 'setup-python'],
  [/^actions\/setup-go$/i, 'setup-go'],
  [/^actions\/setup-java$/i, 'setup-java'],
  [/^actions\/setup-dotnet$/i, 'setup-dotnet'],
  [/^gradle\/(?:actions(?:\/[\w-]+)?|gradle-build-action)$/i, 'gradle'],
  [/^[\w.-]+\/pipeline-gates(?:\/(?:plan|shard))?$/i, 'pipeline-gates']
];

export function toolOfAction(action: string): CacheTool | undefined {
  return ACTIONS.find(([re]) => re.test(action))?.[1];
}

/** The key formats the setup actions and our stores build; a key outside them is actions/cache's. */
const KEY_FAMILIES: ReadonlyArray<readonly [RegExp, CacheTool]> = [
  [/^node-cache-/, 'setup-node'],
  [/^setup-python-/, 'setup-python'],
  [/^setup-go-/, 'setup-go'],
  [/^setup-java-/, 'setup-java'],
  [/^dotnet-cache-/, 'setup-dotnet'],
  [/^gradle-[\w-]+-v\d+\|/, 'gradle'],
  [/^pipeline-gates(?:-plan)?-v\d+:/, 'pipeline-gates']
];

export function toolOfKey(key: string): CacheTool | undefined {
  return KEY_FAMILIES.find(([re]) => re.test(key))?.[1];
}

/** The package manager a setup action's key names: `node-cache-Linux-x64-npm-<hash>` → npm. */
export function managerOfKey(key: string): string | undefined {
  const m = new RegExp(`-(${MANAGERS})(?:-|$)`).exec(key);
  return m?.[1];
}

/** Our pinned plan passes the plan to the shard jobs; it is not a cache anyone tunes. */
export function isPinnedPlanKey(key: string): boolean {
  return /^pipeline-gates-plan-v\d+:/.test(key);
}
