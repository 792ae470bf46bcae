import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import type { PlanDocument } from '../../../src/planner/document.js';
import { shardTests, shellQuote } from '../../../src/planner/shard-output.js';

const plan = (shards: string[][]): PlanDocument => ({
  schema: 'pipeline-gates/plan', version: 1, configId: 'default', runId: '1', createdAt: '2026-01-01T00:00:00Z', granularity: 'file',
  shards: shards.map((tests, i) => ({ index: i + 1, tests, estimatedSeconds: tests.length })),
  floorSeconds: 1, makespanSeconds: 1, efficiency: 1, matchedShare: 1, matchedTimeShare: 1, newTests: 0, moved: 0, unmatched: []
});

describe('shardTests', () => {
  it('gives one shard in three forms', () => {
    const r = shardTests(plan([['a.py', 'b.py'], ['c.py']]), 1);
    expect(r).toEqual({ ok: true, shard: { index: 1, total: 2, tests: ['a.py', 'b.py'], words: 'a.py b.py', lines: 'a.py\nb.py\n', json: '["a.py","b.py"]' } });
  });
  it('names the valid range for a shard that does not exist', () => {
    expect(shardTests(plan([['a.py']]), 3)).toEqual({ ok: false, message: 'the plan has shards 1 to 1; there is no shard 3' });
  });
});

describe('shellQuote keeps hostile test names inert in a POSIX shell', () => {
  const names = ['plain/path_1.py', 'with space.py', "it's.py", 'a;rm -rf x', '$(touch pwned)', '`id`', 'tests/x.py::test[a-b]', '*.py', 'new\nline'];
  it('quotes only what needs it', () => {
    expect(names.map(shellQuote).slice(0, 3)).toEqual(['plain/path_1.py', "'with space.py'", `'it'"'"'s.py'`]);
  });
  it('sh reads back exactly the names, one argument each, running nothing', () => {
    const script = `for a in ${names.map(shellQuote).join(' ')}; do printf '%s\\0' "$a"; done`;
    const out = spawnSync('sh', ['-c', script], { encoding: 'utf8', cwd: '/' });
    expect(out.stdout.split('\0').slice(0, -1)).toEqual(names);
  });
});
