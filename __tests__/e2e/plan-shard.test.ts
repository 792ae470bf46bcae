// plan → shard matrix jobs → gate, as a workflow runs them: the bundle spawned per job, the plan
// pinned in the (fake) Actions cache under the run id, history flowing back into the next plan.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import { useFakes } from '../harness/fakes.js';
import { makeSandbox, runAction, TOKEN, writeFiles, type Sandbox } from '../harness/run-bundle.js';

const fakes = useFakes();
const PUSH = { event: 'push.default-branch.json', eventName: 'push' } as const;
const TEST_FILES = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`tests/test_${i + 1}.py`, '# a test file\n']));

function job(box: Sandbox, command: 'plan' | 'shard' | 'gate', runId: string, inputs: Record<string, string>) {
  return runAction({ sandbox: box, apiUrl: fakes.api.url, cacheEnv: fakes.cache.env, runId, ...PUSH, inputs: { command, 'github-token': TOKEN, ...inputs } });
}

/** A pytest-style JUnit report giving each file the given seconds. */
function junit(seconds: Record<string, number>): string {
  const cases = Object.entries(seconds).map(([file, s]) => `    <testcase classname="t" name="${file}" file="${file}" time="${s}"/>`);
  return `<?xml version="1.0"?>\n<testsuites>\n  <testsuite name="pytest" tests="${cases.length}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}

describe('plan and shard jobs', () => {
  it('pins one plan per run; every test lands in exactly one shard; a re-run reuses the plan', async () => {
    const box = await makeSandbox(TEST_FILES);
    const plan = await job(box, 'plan', '500', { tests: 'tests/*.py', shards: '3' });
    expect(plan.exitCode).toBe(0);
    const matrix = JSON.parse(plan.outputs.matrix ?? '{}');
    expect(matrix.include).toEqual([1, 2, 3].map((shard) => ({ shard, total: 3, plan: 'pipeline-gates-plan-v1:default:500' })));
    expect(plan.outputs.shards).toBe('3');
    expect(plan.summary).toContain('## Test shard plan: 3 shards');
    expect(plan.stdout).toContain('::warning::No test had timings yet');

    const shards = await Promise.all([1, 2, 3].map((n) => job(box, 'shard', '500', { shard: String(n) })));
    const lists = shards.map((s) => JSON.parse(s.outputs['tests-json'] ?? '[]') as string[]);
    expect(lists.flat().sort()).toEqual(Object.keys(TEST_FILES).sort());
    expect(lists.every((l) => l.length === 3)).toBe(true);
    expect(shards[0]?.outputs.tests).toBe(lists[0]?.join(' '));
    expect(await readFile(shards[0]?.outputs['tests-file'] ?? '', 'utf8')).toBe(`${lists[0]?.join('\n')}\n`);

    const again = await job(box, 'plan', '500', { tests: 'tests/*.py', shards: '5' });
    expect(again.outputs.shards).toBe('3');
    expect(again.stdout).toContain('Reusing the plan pinned for run 500');
    expect(fakes.cache.entries().filter((e) => e.key.startsWith('pipeline-gates-plan-v1:'))).toHaveLength(1);
  });

  it('the gate records realised shard times, and the next plan uses them and keeps tests on their shard', async () => {
    const box = await makeSandbox(TEST_FILES);
    await job(box, 'plan', '600', { tests: 'tests/*.py', shards: '3' });
    const times = Object.fromEntries(Object.keys(TEST_FILES).map((f, i) => [f, i + 1]));
    await writeFiles(box.workspace, { 'reports/junit.xml': junit(times) });
    const gate = await job(box, 'gate', '600', { junit: 'reports/*.xml' });
    expect(gate.exitCode).toBe(0);
    expect(gate.summary).toContain('### Shard balance');
    expect(gate.stdout).toContain('History saved');

    const next = await job(box, 'plan', '601', { tests: 'tests/*.py', shards: '3' });
    const doc = JSON.parse(await readFile(next.outputs['plan-file'] ?? '', 'utf8'));
    expect(doc.matchedShare).toBe(1);
    // 45 s over 3 shards: the lower bound is 15 s and the timings allow a perfect split.
    expect(doc.floorSeconds).toBeCloseTo(15, 5);
    expect(doc.makespanSeconds).toBeLessThanOrEqual(15 * 1.03 + 1e-9);
    expect(next.summary).toContain('previous plan: from history');
  });

  it('a shard job without a plan for its run fails and says what to do', async () => {
    const box = await makeSandbox(TEST_FILES);
    const shard = await job(box, 'shard', '700', { shard: '1' });
    expect(shard.exitCode).toBe(1);
    expect(shard.stdout).toContain('::error::No plan is pinned for run 700');
    expect(shard.stdout).toContain('Run the plan job first in the same workflow run (needs: plan)');
  });

  it('a bad input is named as the input, not as a CLI flag', async () => {
    const box = await makeSandbox(TEST_FILES);
    const zero = await job(box, 'plan', '810', { tests: 'tests/**/*.py', shards: '0' });
    expect(zero.exitCode).toBe(1);
    expect(zero.stdout).toContain('::error::Input "shards" must be a number from 1 to 256, or auto, got "0".');
    const none = await job(box, 'plan', '811', { tests: 'tests/**/*.py', shards: '2', timings: 'junit/*.xml' });
    expect(none.stdout).toContain('::error::Input "timings": "junit/*.xml" matched no files.');
  });

  it('a plan with no tests fails naming the glob', async () => {
    const box = await makeSandbox({});
    const plan = await job(box, 'plan', '800', { tests: 'spec/**/*_spec.rb', shards: '2' });
    expect(plan.exitCode).toBe(1);
    expect(plan.stdout).toContain('::error::No tests found: "spec/**/*_spec.rb" listed none.');
  });
});
