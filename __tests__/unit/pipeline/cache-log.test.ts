// One job log per action (__tests__/fixtures/pipeline/logs/, see its README), made from the
// messages in each action's source, read the way the gate reads a downloaded log.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { scanJobLog, splitStamp, CacheLogScanner } from '../../../src/pipeline/cache-log.js';
import { summariseCaches } from '../../../src/pipeline/cache-report.js';

const LOGS = path.join(process.cwd(), '__tests__/fixtures/pipeline/logs');
const log = (name: string): string => readFileSync(path.join(LOGS, name), 'utf8');

/** cache → hit / restore-key hit / miss / saved / not saved (hit) / conflict, bytes down / up, seconds restoring / saving. */
function table(name: string) {
  const run = summariseCaches([{ job: name, events: scanJobLog(log(name)).events }]);
  return run.caches.map((c) => [c.id, c.counts.hit, c.counts.partial, c.counts.miss, c.counts.saved, c.counts.unchanged, c.counts.conflict, c.restoredBytes, c.savedBytes, c.restoreSeconds, c.saveSeconds]);
}

const MB = 1024 * 1024;

describe('cache events in real log shapes, one fixture per action', () => {
  it('actions/cache: an exact hit, a restore-key hit saved under the new key, a run-id key that misses', () => {
    expect(table('actions-cache.log')).toEqual([
      // 10:02:07.3 → 17.3 restoring 512 MB; Post job cleanup 10:03:42.5 → 56.5 saving 528 MB.
      ['Linux-cargo-', 0, 1, 0, 1, 0, 0, 512 * MB, 528 * MB, 10, 14],
      // 10:02:04.0 → 07.25; the post step skips the save (primary key hit) in 0.1 s.
      ['Linux-npm-', 1, 0, 0, 0, 1, 0, 60 * MB, 0, 3.25, 0.1],
      // restore step 17.4 → 17.9 finds nothing; actions/cache/save 40.3 → 42.3 uploads 10 MB.
      ['Linux-build-', 0, 0, 1, 1, 0, 0, 0, 10 * MB, 0.5, 2]
    ]);
  });

  it('setup-node: "npm cache is not found", then the post step loses the reservation to another shard', () => {
    expect(table('setup-node.log')).toEqual([['setup-node npm', 0, 0, 1, 0, 0, 1, 0, 0, 0.5, 3.32]]);
    const [restore, save] = scanJobLog(log('setup-node.log')).events;
    // setup-node prints its key only when it saves: the restore learns it from the post step.
    expect(restore).toMatchObject({ op: 'restore', outcome: 'miss', key: 'node-cache-Linux-x64-npm-3c1f5b7e2d9a8c6b4e0f1a2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3', manager: 'npm' });
    expect(save).toMatchObject({ op: 'save', outcome: 'conflict', tool: 'setup-node' });
  });

  it('setup-python: an exact pip hit, nothing saved', () => {
    expect(table('setup-python.log')).toEqual([['setup-python pip', 1, 0, 0, 0, 1, 0, 8 * MB, 0, 1.52, 0.21]]);
  });

  it('setup-go: "Cache is not found", then 400 MB saved with the key', () => {
    expect(table('setup-go.log')).toEqual([['setup-go', 0, 0, 1, 1, 0, 0, 0, 400 * MB, 0.63, 10]]);
  });

  it('setup-java: a maven restore-key hit, then the new key saved', () => {
    expect(table('setup-java.log')).toEqual([['setup-java maven', 0, 1, 0, 1, 0, 0, 144 * MB, 150 * MB, 4.46, 4.5]]);
  });

  it('setup-dotnet: an exact NuGet hit', () => {
    expect(table('setup-dotnet.log')).toEqual([['setup-dotnet', 1, 0, 0, 0, 1, 0, 90 * MB, 0, 3.29, 0.1]]);
  });

  it('gradle/actions/setup-gradle: Gradle User Home restored from a restore key, saved under this commit', () => {
    expect(table('gradle.log')).toEqual([['gradle home', 0, 1, 0, 1, 0, 0, 256 * MB, 267 * MB, 7.6, 11.801]]);
  });

  it('our own history cache: restored by prefix; the pinned plan is left out and said so', () => {
    const run = summariseCaches([{ job: 'plan', events: scanJobLog(log('pipeline-gates.log')).events }]);
    expect(run.caches.map((c) => [c.id, c.prefix, c.counts.partial, c.restoredBytes])).toEqual([['pipeline-gates history', 'pipeline-gates-v1:default:main:', 1, MB]]);
    expect(run.notes).toEqual(['The pinned test plan (1 save) is not counted: it carries the plan to the shard jobs, it is not a cache.']);
  });

  it('gives the run hit rate over all jobs: found (exact + restore-key) ÷ lookups', () => {
    const names = ['actions-cache.log', 'setup-node.log', 'setup-python.log', 'setup-go.log', 'setup-java.log', 'setup-dotnet.log', 'gradle.log', 'pipeline-gates.log'];
    const run = summariseCaches(names.map((n) => ({ job: n, events: scanJobLog(log(n)).events })));
    // Lookups: 3 + 1 + 1 + 1 + 1 + 1 + 1 + 1 = 10; found: npm, cargo, pip, maven, nuget, gradle, history = 7; exact: npm, pip, nuget = 3.
    expect([run.lookups, run.found, run.exact, run.hitRate]).toEqual([10, 7, 3, 0.7]);
  });
});

describe('the log reader', () => {
  const stamp = (s: number) => `2026-01-01T00:00:${String(s).padStart(2, '0')}.0000000Z `;

  it('reads the runner timestamp to the millisecond and leaves unstamped lines alone', () => {
    expect(splitStamp('2026-01-01T00:00:01.2345678Z hello')).toEqual({ ms: Date.UTC(2026, 0, 1, 0, 0, 1) + 235, text: 'hello' });
    expect(splitStamp('no stamp')).toEqual({ text: 'no stamp' });
  });

  it('settles a toolkit-v1 restore (no "Cache hit for" line) from what the post step saved', () => {
    const events = scanJobLog(
      [
        `${stamp(0)}##[group]Run actions/setup-node@v4`,
        `${stamp(0)}with:`,
        `${stamp(0)}  cache: yarn`,
        `${stamp(0)}##[endgroup]`,
        `${stamp(1)}Cache Size: ~20 MB (20971520 B)`,
        `${stamp(2)}Cache restored successfully`,
        `${stamp(2)}Cache restored from key: node-cache-Linux-x64-yarn-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1111`,
        `${stamp(9)}Post job cleanup.`,
        `${stamp(10)}Cache Size: ~21 MB (22020096 B)`,
        `${stamp(11)}Cache saved successfully`,
        `${stamp(11)}Cache saved with the key: node-cache-Linux-x64-yarn-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2222`
      ].join('\n')
    ).events;
    expect(events.map((e) => [e.op, e.tool, e.outcome, e.manager, e.bytes, e.seconds])).toEqual([
      ['restore', 'setup-node', 'partial', 'yarn', 20971520, 2],
      ['save', 'setup-node', 'saved', 'yarn', 22020096, 2]
    ]);
  });

  it('counts a failed download as failed, not as a miss, and a lookup-only hit as a hit', () => {
    const events = scanJobLog(
      [
        `${stamp(0)}##[group]Run actions/cache/restore@v4`,
        `${stamp(0)}with:`,
        `${stamp(0)}  key: k-1`,
        `${stamp(0)}  restore-keys: k-`,
        `${stamp(0)}  lookup-only: true`,
        `${stamp(0)}##[endgroup]`,
        `${stamp(1)}Cache hit for: k-1`,
        `${stamp(1)}Lookup only - skipping download`,
        `${stamp(1)}Cache found and can be restored from key: k-1`,
        `${stamp(2)}##[group]Run actions/cache@v4`,
        `${stamp(2)}with:`,
        `${stamp(2)}  key: other-2`,
        `${stamp(2)}##[endgroup]`,
        `${stamp(3)}##[warning]Failed to restore: getCacheEntry failed: connect ETIMEDOUT`,
        `${stamp(4)}Cache not found for input keys: other-2`
      ].join('\n')
    ).events;
    expect(events.map((e) => [e.outcome, e.key, 'lookupOnly' in e ? e.lookupOnly : undefined, e.reason])).toEqual([
      ['hit', 'k-1', true, undefined],
      ['failed', 'other-2', undefined, 'getCacheEntry failed: connect ETIMEDOUT']
    ]);
  });

  it('ignores cache words in a run step’s script and in over-long lines, and keeps at most 200 events', () => {
    const scanner = new CacheLogScanner();
    scanner.push(`${stamp(0)}##[group]Run echo "Cache restored from key: fake"`);
    scanner.push(`${stamp(0)}echo "Cache restored from key: fake"`);
    scanner.push(`${stamp(0)}##[endgroup]`);
    scanner.push(`${stamp(1)}Cache restored from key: ${'x'.repeat(5000)}`);
    for (let i = 0; i < 250; i++) scanner.push(`${stamp(2)}Cache not found for input keys: k-${i}`);
    const read = scanner.finish();
    expect([read.events.length, read.dropped, read.events[0]?.key]).toEqual([200, 50, 'k-0']);
  });
});
