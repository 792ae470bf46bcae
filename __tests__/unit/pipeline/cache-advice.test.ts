// Cache findings from the fixture logs, a workflow's cache steps as written, the repository's
// cache usage and the history: each finding with its cost and its fix.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { diagnoseCaches, type CacheUsage } from '../../../src/pipeline/cache-advice.js';
import { cacheHistoryEntry, withCacheHistory, type CacheHistoryCounts } from '../../../src/pipeline/cache-history.js';
import { scanJobLog } from '../../../src/pipeline/cache-log.js';
import { summariseCaches, type JobLogRead } from '../../../src/pipeline/cache-report.js';
import { keyPrefix, volatilePart } from '../../../src/pipeline/cache-keys.js';
import { richPlain } from '../../../src/pipeline/rich-text.js';
import { parseWorkflow } from '../../../src/shell/workflow-file.js';

const LOGS = path.join(process.cwd(), '__tests__/fixtures/pipeline/logs');
const events = (name: string) => scanJobLog(readFileSync(path.join(LOGS, name), 'utf8')).events;
const NOW = Date.parse('2026-09-14T10:10:00Z');
const GB = 1024 ** 3;

/** Four test shards with setup-node's cache (all miss, all try to save) and a build job using actions/cache. */
function shardRun(): JobLogRead[] {
  const shard = (i: number): JobLogRead => ({
    job: `test (${i})`,
    // Shard 1 wins the reservation; the others lose it after packing.
    events: events('setup-node.log').map((e) => (i === 1 && e.op === 'save' ? { ...e, outcome: 'saved' as const } : e))
  });
  return [{ job: 'build', events: events('actions-cache.log') }, shard(1), shard(2), shard(3), shard(4)];
}

const WORKFLOW = [
  'jobs:',
  '  build:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/cache/restore@v4',
  '        with:',
  '          path: dist',
  '          key: ${{ runner.os }}-build-${{ github.run_id }}',
  '      - uses: actions/cache@v4',
  '        with:',
  '          path: ~/.cache/pip',
  '          key: pip-cache-v2',
  '  test:',
  '    strategy: { matrix: { shard: [1, 2, 3, 4] } }',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/setup-node@v5',
  '        with: { node-version: 24, cache: npm }',
  ''
].join('\n');

function workflow() {
  const read = parseWorkflow(WORKFLOW, '.github/workflows/ci.yml');
  if (!read.ok) throw new Error(read.reason);
  return read.workflow;
}
const jobIds = new Map([['build', 'build'], ...[1, 2, 3, 4].map((i) => [`test (${i})`, 'test'] as [string, string])]);

describe('cache keys', () => {
  it('finds the part that changes every run, and the stable prefix that names the cache', () => {
    expect(volatilePart('Linux-build-30418275561')).toEqual({ kind: 'number', at: 12, text: '30418275561' });
    expect(volatilePart('deps-2026-09-14-x')).toEqual({ kind: 'date', at: 5, text: '2026-09-14' });
    expect(volatilePart('setup-python-Linux-x64-24.04-Ubuntu-python-3.12.11-pip-a41c5f0b8e7d6c5b')).toMatchObject({ kind: 'hash', text: 'a41c5f0b8e7d6c5b' });
    expect(volatilePart('pip-cache-v2')).toBeUndefined();
    expect(keyPrefix('Linux-cargo-0d3c2b1a09f8e7d6', ['Linux-', 'Linux-cargo-'])).toBe('Linux-cargo-');
    expect(keyPrefix('gradle-home-v1|Linux-X64|android[8d5e957f297893487bd98fa830fa6413]-0a1b')).toBe('gradle-home-v1|Linux-X64|android[');
  });
});

describe('diagnoseCaches', () => {
  const run = summariseCaches(shardRun());

  it('names a run-id key without restore-keys at its workflow line, a key blind to the lockfile, and four jobs saving one key', () => {
    const found = diagnoseCaches({ run, workflow: workflow(), jobIds, limitBytes: 10 * GB, now: NOW, current: { runId: '30418275561', sha: '5f0c3b2a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b' } });
    expect(found.map((d) => [d.kind, d.location ? `${d.location.file}:${d.location.line}` : null, d.seconds])).toEqual([
      // Four saves (3.32 s each in the fixture): one kept, three wasted (rounded to 0.1 s).
      ['duplicate-save', '.github/workflows/ci.yml:17', 10],
      // The step's key matches `Linux-build-30418275561` in the log: a 0.5 s miss and a 2 s save.
      ['volatile-key', '.github/workflows/ci.yml:8', 2.5],
      // Written in the workflow, not run in the fixture log: no time to charge it with.
      ['no-lockfile-hash', '.github/workflows/ci.yml:12', 0]
    ]);
    const volatile = found.find((d) => d.kind === 'volatile-key');
    expect(richPlain(volatile?.problem ?? '')).toBe('The key `${{ runner.os }}-build-${{ github.run_id }}` contains the run id and has no restore-keys.');
    expect(volatile?.rewrite).toBe("key: ${{ runner.os }}-deps-${{ hashFiles('<your lockfile>') }}\nrestore-keys: ${{ runner.os }}-deps-");
    const lockfile = found.find((d) => d.kind === 'no-lockfile-hash');
    expect(lockfile?.rewrite).toBe("key: ${{ runner.os }}-pip-${{ hashFiles('**/requirements*.txt') }}\nrestore-keys: ${{ runner.os }}-pip-");
    const dup = found.find((d) => d.kind === 'duplicate-save');
    expect(richPlain(dup?.problem ?? '')).toBe('4 jobs save the same key `node-cache-Linux-x64-npm-3c1f5b7e2d9a8c6b4e0f1a2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3` (test (1), test (2), test (3), test (4)).');
    expect(dup?.cost).toBe('Only one upload is kept; 3 jobs lost the reservation ("another job may be creating this cache") after packing the archive, and the duplicates cost 10 s of packing and uploading.');
  });

  it('without the workflow file judges the evaluated key from the log: this run’s id in it, no restore keys', () => {
    const found = diagnoseCaches({ run, limitBytes: 10 * GB, now: NOW, current: { runId: '30418275561', sha: 'f'.repeat(40) } });
    expect(found.map((d) => [d.kind, d.cache])).toEqual([
      ['duplicate-save', 'node-cache-Linux-x64-npm-3c1f5b7e2d9a8c6b4e0f1a2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3'],
      ['volatile-key', 'Linux-build-30418275561']
    ]);
    expect(found[1]?.cost).toBe('No later run can find the entry, so every lookup misses: each run rebuilds what the cache should hold, then uploads an entry nobody restores. This run: 1 miss, 1 save of 10 MB (2.5 s).');
  });

  it('near the repository limit says how fast entries are evicted and which prefixes take the space', () => {
    const entry = (key: string, gb: number, hoursAgo: number, ref = 'refs/heads/main') => ({ key, ref, bytes: gb * GB, lastAccessedAt: new Date(NOW - hoursAgo * 3_600_000).toISOString(), createdAt: '2026-09-01T00:00:00Z' });
    const entries = [entry('Linux-cargo-aaaaaaaaaaaaaaaa1', 4, 1), entry('Linux-cargo-bbbbbbbbbbbbbbbb2', 3.5, 2, 'refs/pull/7/merge'), entry('node-cache-Linux-x64-npm-cccccccccccccccc3', 1.2, 5)];
    const usage: CacheUsage = { bytes: 8.7 * GB, count: 3, entries, listed: 3, oldestAccessAt: entries[2]?.lastAccessedAt };
    const [limit] = diagnoseCaches({ run: summariseCaches([]), usage, limitBytes: 10 * GB, now: NOW });
    expect([limit?.kind, limit?.problem, limit?.cost]).toEqual([
      'near-limit',
      "The repository's Actions caches hold 8.7 GB of the 10.0 GB limit in 3 entries.",
      "GitHub evicts the least recently used entries to stay under the limit: the oldest entry left was last used 5 h ago, so an entry unused for longer is already gone, and a branch's cache can be evicted before its next run restores it."
    ]);
    expect(richPlain(limit?.fix ?? '')).toContain('1 entry belongs to pull-request refs, which only that pull request can restore.');
    expect(richPlain(limit?.fix ?? '')).toContain('Largest key prefixes: `Linux-cargo-` 7.5 GB in 2; `node-cache-Linux-x64-npm-` 1.2 GB in 1.');
    expect(diagnoseCaches({ run: summariseCaches([]), usage: { ...usage, bytes: 5 * GB }, limitBytes: 10 * GB, now: NOW })).toEqual([]);
  });
});

describe('the history view', () => {
  const current = summariseCaches([{ job: 'build', events: events('actions-cache.log') }]);
  const entry = cacheHistoryEntry(current);

  it('records per cache what this run found and saved', () => {
    expect(entry).toEqual({
      'Linux-cargo-': { tool: 'actions/cache', hit: 0, partial: 1, miss: 0, saved: 1, bytes: 512 * 1024 ** 2 + 528 * 1024 ** 2, seconds: 24 },
      'Linux-npm-': { tool: 'actions/cache', hit: 1, partial: 0, miss: 0, saved: 0, bytes: 60 * 1024 ** 2, seconds: 3.4 },
      'Linux-build-': { tool: 'actions/cache', hit: 0, partial: 0, miss: 1, saved: 1, bytes: 10 * 1024 ** 2, seconds: 2.5 }
    });
  });

  it('sums the history per cache and names a cache saved in each of the last 3 runs and never restored', () => {
    const past: Record<string, CacheHistoryCounts>[] = [entry, entry];
    const report = withCacheHistory({ run: current, diagnoses: [] }, past.map((caches) => ({ caches })));
    expect(report.history?.perCache['Linux-npm-']).toEqual({ tool: 'actions/cache', hit: 2, partial: 0, miss: 0, saved: 0, bytes: 120 * 1024 ** 2, seconds: 6.8, runs: 2 });
    expect(report.diagnoses.map((d) => [d.kind, richPlain(d.problem)])).toEqual([['never-restored', '`Linux-build-` was saved in each of the last 3 runs and restored in none of them.']]);
    // One earlier run is not enough to call it.
    expect(withCacheHistory({ run: current, diagnoses: [] }, [{ caches: entry }]).diagnoses).toEqual([]);
  });
});
