// Keys, job names and Dockerfile paths come from logs and the repository: the advice renders them
// inert (no HTML, no table breaks, no mentions, no escaping code spans) and bounded.
import { describe, expect, it } from '@jest/globals';
import type { CacheDiagnosis } from '../../../src/pipeline/cache-advice.js';
import type { CacheRun } from '../../../src/pipeline/cache-report.js';
import { renderCaches, renderContainers } from '../../../src/report/pipeline-advice.js';
import { mono } from '../../../src/pipeline/rich-text.js';

const HOSTILE = 'k|e`y<img src=x onerror=alert(1)>@team';

function run(caches: number): CacheRun {
  return {
    caches: Array.from({ length: caches }, (_, i) => ({
      id: i === 0 ? HOSTILE : `cache-${i}`,
      tool: 'actions/cache' as const,
      jobs: ['a'],
      counts: { hit: 1, partial: 0, miss: i % 2, failed: 0, saved: 0, unchanged: 1, conflict: 0, saveFailed: 0 },
      restoredBytes: 1024 * 1024,
      savedBytes: 0,
      restoreSeconds: 1,
      saveSeconds: 0
    })),
    lookups: 4,
    found: 3,
    exact: 3,
    hitRate: 0.75,
    events: [],
    jobsRead: 1,
    notes: ['Logs not read for "x|y": still running.']
  };
}

const diagnosis: CacheDiagnosis = {
  kind: 'volatile-key',
  cache: HOSTILE,
  problem: `The key ${mono(HOSTILE)} contains the run id and has no restore-keys.`,
  cost: 'It always misses <b>.',
  fix: 'Key it on the lockfile.',
  rewrite: 'key: ```\nrestore-keys: x',
  location: { file: '.github/workflows/ci.yml', line: 8 },
  seconds: 3
};

describe('renderCaches', () => {
  it('escapes keys in the table and the findings, and keeps a rewrite’s fence closed', () => {
    const md = renderCaches({ run: run(1), diagnoses: [diagnosis] }, 'median of the last 3 runs 90.0%');
    // HTML only ever appears inside code spans, where GitHub shows it as text.
    expect(md.replace(/(`+)[\s\S]*?\1/g, '')).not.toMatch(/<img|<b>/);
    expect(md).toContain('**Hit rate** 3 of 4 lookups found an entry (75%: 3 exact, 0 from a restore key) · median of the last 3 runs 90.0%');
    // One row: the `|` inside the key's code span is escaped, so the row keeps its 8 cells.
    const row = md.split('\n').find((l) => l.startsWith('| ``k'));
    expect(row?.split(/(?<!\\)\|/).length).toBe(10);
    expect(md).toContain('- ⚠️ The key ``k|e`y<img src=x onerror=alert(1)>@team`` contains the run id and has no restore-keys. It always misses &lt;b&gt;. — `.github/workflows/ci.yml:8`');
    expect(md).toContain('  ````yaml\n  key: ```\n  restore-keys: x\n  ````');
    expect(md).toContain('- Logs not read for "x\\|y": still running.');
  });

  it('lists 15 caches at most and says how many more there are', () => {
    const md = renderCaches({ run: run(20), diagnoses: [] }, '');
    expect(md.split('\n').filter((l) => l.startsWith('| `cache-')).length).toBe(14);
    expect(md).toContain('…and 5 more caches.');
  });
});

describe('renderContainers', () => {
  it('escapes the path and prose of a finding and fences its rewrite', () => {
    const md = renderContainers({
      files: ['svc/`x`/Dockerfile'],
      findings: [{ rule: 'unpinned-base', file: 'svc/`x`/Dockerfile', line: 1, problem: `${mono('FROM node')} has no tag.`, cost: 'Costs <much>.', fix: 'Pin it.', rewrite: 'FROM node:<version>' }],
      notes: []
    });
    expect(md).toBe(
      '#### Container builds (1 Dockerfile)\n\n- ``svc/`x`/Dockerfile:1`` `FROM node` has no tag. Costs &lt;much&gt;.\n  **Fix:** Pin it.\n\n  ```dockerfile\n  FROM node:<version>\n  ```'
    );
  });
});
