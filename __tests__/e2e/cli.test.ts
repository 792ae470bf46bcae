// The CLI as a user runs it: `node dist/index.js …` in a folder of reports, no GitHub at all.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { junitXml, makeSandbox, ROOT, spawnBundle } from '../harness/run-bundle.js';

async function cli(args: string[], files: Record<string, string> = {}) {
  const box = await makeSandbox(files);
  const result = await spawnBundle(args, { cwd: box.workspace, env: { HOME: box.home } });
  return { ...result, box };
}

describe('pipeline-gates --help and --version', () => {
  it('prints the commands and exit codes', async () => {
    const r = await cli(['--help']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Usage: pipeline-gates <command> [options]');
    expect(r.stdout).toContain('--junit GLOB');
    expect(r.stdout).toContain('Exit codes: 0 passed, 1 a blocking gate failed, 2 bad input');
  });

  it.each(['gate', 'parse', 'plan', 'shard', 'compare', 'measure', 'canary', 'init'])('%s --help exits 0 and lists its options', async (command) => {
    const r = await cli([command, '--help']);
    expect([r.exitCode, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(new RegExp(`^Usage: pipeline-gates ${command} \\[options\\]`));
    expect(r.stdout).toContain('\nOptions:\n  --');
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
    const r = await cli(['--version']);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});

describe('pipeline-gates gate', () => {
  it('exits 0 on passing reports and records the run in the history folder (--record: this folder is no git checkout)', async () => {
    const r = await cli(['gate', '--junit', 'out/*.xml', '--history', 'hist', '--record'], { 'out/a.xml': junitXml({ passed: 3 }) });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('## ✅ Pipeline Gates: passed');
    expect(r.stdout).toContain('Verdict: PASSED (success)');
    const history = JSON.parse(await readFile(path.join(r.box.workspace, 'hist', 'default.history.json'), 'utf8'));
    expect(history.runs).toHaveLength(1);
    expect(Object.keys(history.runs[0].tests)).toEqual(['src/checkout.test.ts::passes 1', 'src/checkout.test.ts::passes 2', 'src/checkout.test.ts::passes 3']);
    expect(r.stdout).not.toContain('::debug::');
  });

  it('exits 1 when a test failed, listing it', async () => {
    const r = await cli(['gate', '--junit', 'out/*.xml'], { 'out/a.xml': junitXml({ failed: [{ name: 'adds tax', message: 'expected 1 to be 2', line: 9 }] }) });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('### Failed tests (1)');
    expect(r.stdout).toContain('`src/checkout.test.ts:9`');
    expect(r.stdout).toContain('Verdict: FAILED (failure)');
  });

  it('exits 1 with the glob named when nothing matched', async () => {
    const r = await cli(['gate', '--junit', 'nowhere/*.xml']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('No test results: "nowhere/\\*.xml" matched no files.');
  });

  it('exits 0 on no tests when --min-tests 0 says that is fine', async () => {
    const r = await cli(['gate', '--junit', 'nowhere/*.xml', '--min-tests', '0']);
    expect(r.exitCode).toBe(0);
  });

  it('exits 2 on a malformed report, naming file, line and column on stderr', async () => {
    const r = await cli(['gate', '--junit', 'out/*.xml'], { 'out/bad.xml': '<testsuite>\n<testcase name="x">\n<oops>\n</testsuite>' });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^error: out\/bad\.xml:4:1: unexpected <\/testsuite>: expected <\/oops>/m);
    expect(r.stderr).not.toContain('    at ');
  });

  it('exits 2 on an invalid config, naming the file, line and what is allowed', async () => {
    const r = await cli(['gate', '--junit', 'out/*.xml'], { 'out/a.xml': junitXml({}), '.github/pipeline-gates.yml': 'gates:\n  tests:\n    action: fail\n' });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('.github/pipeline-gates.yml:3:13: gates.tests.action: must be one of "block", "warn"');
  });

  it('exits 2 on an unknown flag or a bad number', async () => {
    const unknown = await cli(['gate', '--junt', 'x']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--junt'");
    const bad = await cli(['gate', '--min-tests', 'lots']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--min-tests must be a whole number ≥ 0, got "lots".');
  });

  it('exits 2 on an unknown command', async () => {
    const r = await cli(['gates']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('Unknown command "gates"');
  });

  it('prints the JSON verdict with --json', async () => {
    const r = await cli(['gate', '--junit', 'out/*.xml', '--json'], { 'out/a.xml': junitXml({ passed: 2, failed: [{ name: 'x', message: 'y' }] }) });
    expect(r.exitCode).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ schema: 'pipeline-gates/report', conclusion: 'failure', passed: false, tests: { total: 3, passed: 2, failed: 1 } });
    expect(json.failures[0]).toMatchObject({ name: 'x', message: 'y', file: 'src/checkout.test.ts' });
  });
});

describe('pipeline-gates plan and shard', () => {
  const files = {
    'tests/test_a.py': '', 'tests/test_b.py': '', 'tests/test_c.py': '', 'tests/unit/test_d.py': '',
    '.test_durations': JSON.stringify({ 'tests/test_a.py::test_1': 30, 'tests/test_a.py::test_2': 30, 'tests/test_b.py::test_1': 40, 'tests/test_c.py::test_1': 20 }),
    'knapsack_rspec_report.json': JSON.stringify({ 'tests/test_a.py': 60, 'tests/test_b.py': 40, 'tests/test_c.py': 20 })
  };

  it('plans from pytest-split timings, reports what matched, and writes a plan the shard command reads', async () => {
    const r = await cli(['plan', '--tests', 'tests/**/*.py', '--shards', '2', '--timings', '.test_durations', '--out', 'plan.json', '--json'], files);
    expect(r.exitCode).toBe(0);
    const plan = JSON.parse(r.stdout);
    // d.py has no timings: it gets its folder's typical time (40 s), so the lower bound is (60+40+20+40) ÷ 2.
    expect(plan).toMatchObject({ granularity: 'file', matchedShare: 0.75, newTests: 1, floorSeconds: 80 });
    expect(plan.unmatched).toEqual(['tests/unit/test_d.py']);
    expect(plan.shards.flatMap((s: { tests: string[] }) => s.tests).sort()).toEqual(['tests/test_a.py', 'tests/test_b.py', 'tests/test_c.py', 'tests/unit/test_d.py']);
    const shard = await spawnBundle(['shard', '--plan', 'plan.json', '--shard', '1', '--format', 'json'], { cwd: r.box.workspace, env: { HOME: r.box.home } });
    expect(JSON.parse(shard.stdout)).toEqual(plan.shards[0].tests);
  });

  it('picks the shard count from a target with Knapsack timings and shows the neighbouring choices', async () => {
    const r = await cli(['plan', '--tests', 'tests/test_*.py', '--shards', 'auto', '--target-seconds', '75', '--overhead-seconds', '10', '--timings', 'knapsack_rspec_report.json', '--json'], files);
    const plan = JSON.parse(r.stdout);
    expect([plan.shards.length, plan.targetMet]).toEqual([2, true]);
    expect(plan.choices.map((c: { shards: number }) => c.shards)).toEqual([1, 2, 3]);
  });

  it('lists tests from a command run without a shell', async () => {
    const r = await cli(['plan', '--tests-command', `${process.execPath} -e "console.log('tests/test_a.py\\ntests/test_b.py')"`, '--shards', '2', '--json'], files);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).shards.flatMap((s: { tests: string[] }) => s.tests).sort()).toEqual(['tests/test_a.py', 'tests/test_b.py']);
  });

  it('--timings takes globs like the action input: every matched report, oldest first', async () => {
    const junit = (seconds: number) => `<testsuite name="t"><testcase classname="tests/test_a.py" name="test_1" file="tests/test_a.py" time="${seconds}"/><testcase classname="tests/test_b.py" name="test_1" file="tests/test_b.py" time="${seconds / 2}"/></testsuite>`;
    const r = await cli(['plan', '--tests', 'tests/test_*.py', '--shards', '2', '--timings', 'junit/*.xml', '--json'], { ...files, 'junit/1.xml': junit(10), 'junit/2.xml': junit(30) });
    expect([r.exitCode, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout)).toMatchObject({ matchedShare: 0.6667, unmatched: ['tests/test_c.py'] });
    const none = await cli(['plan', '--tests', 'tests/*.py', '--shards', '2', '--timings', 'junit/*.xml'], files);
    expect([none.exitCode, none.stderr]).toEqual([2, 'pipeline-gates: --timings: "junit/*.xml" matched no files.\n']);
  });

  it('exits 2 with a clear message for bad plan arguments', async () => {
    const noShards = await cli(['plan', '--tests', 'tests/*.py'], files);
    expect([noShards.exitCode, noShards.stderr.trim()]).toEqual([2, 'pipeline-gates: plan needs --shards N or --shards auto --target-seconds S.']);
    const badTimings = await cli(['plan', '--tests', 'tests/*.py', '--shards', '2', '--timings', 'tests/test_a.py'], files);
    expect(badTimings.exitCode).toBe(2);
    expect(badTimings.stderr).toContain('Timings file tests/test_a.py could not be read.');
  });
});
