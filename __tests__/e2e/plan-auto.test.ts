// `plan --shards auto` through the bundled CLI when no shard count can meet the target.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { makeSandbox, ROOT, spawnBundle, type Sandbox } from '../harness/run-bundle.js';

// One 700 s file and 30 files of 20 s, as knapsack_rspec_report.json records them.
const TIMINGS: Record<string, number> = { 'spec/slow_spec.rb': 700 };
for (let i = 0; i < 30; i++) TIMINGS[`spec/unit_${String(i).padStart(2, '0')}_spec.rb`] = 20;
const FILES = Object.fromEntries([...Object.keys(TIMINGS).map((f) => [f, '']), ['knapsack_rspec_report.json', JSON.stringify(TIMINGS)]]);
const ARGS = ['plan', '--tests', 'spec/*_spec.rb', '--shards', 'auto', '--target-seconds', '600', '--overhead-seconds', '90', '--max-shards', '20', '--timings', 'knapsack_rspec_report.json'];

let box: Sandbox | undefined;
afterEach(async () => {
  if (box) await rm(path.dirname(box.workspace), { recursive: true, force: true });
  box = undefined;
});

async function plan(extra: string[]) {
  box = await makeSandbox(FILES);
  return spawnBundle([...ARGS, ...extra], { cwd: box.workspace, env: { HOME: box.home } });
}

describe('pipeline-gates plan --shards auto with a target no count can meet', () => {
  it('takes the 2 shards that reach 13 min 10 s, not the 20 that reach the same for 63 billed minutes', async () => {
    const r = await plan(['--json']);
    expect(r.exitCode).toBe(0);
    const json = JSON.parse(r.stdout);
    expect([json.shards.length, json.targetMet]).toEqual([2, false]);
    expect(json.choices.filter((c: { shards: number }) => c.shards === 2 || c.shards === 20)).toEqual([
      { shards: 2, wallSeconds: 790, billedMinutes: 26 },
      { shards: 20, wallSeconds: 790, billedMinutes: 63 }
    ]);
  });

  it('says so in the summary, with the most shards allowed among the choices', async () => {
    const r = await plan([]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('## Test shard plan: 2 shards');
    expect(r.stdout).toContain('| 20 | 13 min 10 s | 63 |');
    expect(r.stdout).toContain('⚠️ No shard count meets the target, not even 20. 2 shards reach the best wall time within 2%; more would only add billed minutes.');
  });
});

describe('pipeline-gates plan with jest-junit timings written without file names', () => {
  it('says why almost nothing matched and names JEST_JUNIT_ADD_FILE_ATTRIBUTE=true', async () => {
    const report = await readFile(path.join(ROOT, '__tests__', 'fixtures', 'tests', 'jest-junit', 'junit-default.xml'), 'utf8');
    box = await makeSandbox({ 'junit.xml': report, 'source/sum.test.js': '', 'source/cart.test.js': '' });
    const r = await spawnBundle(['plan', '--tests', 'source/*.test.js', '--shards', '2', '--timings', 'junit.xml'], { cwd: box.workspace, env: { HOME: box.home } });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('**Timings matched** 0% of tests');
    expect(r.stdout).toContain('⚠️ junit.xml looks like jest-junit output without file names, so none of its 7 test times could be matched: run jest with JEST\\_JUNIT\\_ADD\\_FILE\\_ATTRIBUTE=true');
  });
});
