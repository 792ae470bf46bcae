// `compare`, `measure` and the performance gate through the bundle, as a user runs them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { makeSandbox, ROOT, spawnBundle } from '../harness/run-bundle.js';

async function cli(args: string[], files: Record<string, string> = {}) {
  const box = await makeSandbox(files);
  const result = await spawnBundle(args, { cwd: box.workspace, env: { HOME: box.home } });
  return { ...result, box };
}

/** A go test -bench file: one line per sample (what `-count N` writes). */
const goBench = (rows: Record<string, number[]>) =>
  ['goos: linux', 'goarch: amd64', 'pkg: example.com/shop', ...Object.entries(rows).flatMap(([name, ns]) => ns.map((v) => `${name}-8   \t 1000000\t ${v.toFixed(1)} ns/op`)), 'PASS', 'ok  \texample.com/shop\t1.2s', ''].join('\n');
const spread = (level: number, n = 20) => Array.from({ length: n }, (_, i) => level * (0.98 + (0.04 * i) / (n - 1)));

describe('pipeline-gates compare', () => {
  const files = {
    'base.txt': goBench({ BenchmarkParse: spread(1000), BenchmarkRender: spread(500), BenchmarkTiny: [10, 11, 12] }),
    'head.txt': goBench({ BenchmarkParse: spread(1150), BenchmarkRender: spread(500), BenchmarkTiny: [10, 11, 12] })
  };

  it('--json gives each benchmark its verdict, ratio, CI, p and q, and sample counts; exit 1 on a regression', async () => {
    const r = await cli(['compare', '--base', 'base.txt', '--head', 'head.txt', '--json'], files);
    expect(r.exitCode).toBe(1);
    const out = JSON.parse(r.stdout);
    const byName = Object.fromEntries(out.benchmarks.map((b: { name: string }) => [b.name, b]));
    expect(byName.BenchmarkParse).toMatchObject({ verdict: 'regression', samples: { base: 20, head: 20 } });
    expect(byName.BenchmarkParse.ratio).toBeCloseTo(1.15, 2);
    expect(byName.BenchmarkParse.ci[0]).toBeGreaterThan(1.1);
    expect(byName.BenchmarkParse.qValue).toBeLessThan(0.01);
    expect(byName.BenchmarkRender).toMatchObject({ verdict: 'unchanged' });
    expect(byName.BenchmarkTiny).toMatchObject({ verdict: 'insufficient', pValue: null, samples: { base: 3, head: 3 } });
    expect(Object.keys(byName.BenchmarkParse).slice(0, 7)).toEqual(['name', 'verdict', 'ratio', 'ci', 'pValue', 'qValue', 'samples']);
  });

  it('prints a table without --json and exits 0 when nothing regressed', async () => {
    const r = await cli(['compare', '--base', 'base.txt', '--head', 'base.txt'], files);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/BenchmarkParse\s+unchanged/);
    expect(r.stdout).toContain('Not judged:');
  });

  it('takes globs and repeats: several files per side are several samples, and !GLOB excludes', async () => {
    const sides = { 'base/run1.txt': goBench({ BenchmarkParse: spread(1000, 10) }), 'base/run2.txt': goBench({ BenchmarkParse: spread(1000, 10) }), 'base/broken.txt': 'not a benchmark\n', 'head/run1.txt': goBench({ BenchmarkParse: spread(1150, 20) }) };
    const r = await cli(['compare', '--base', 'base/*.txt', '--base', '!base/broken.txt', '--head', 'head/*.txt', '--json'], sides);
    expect([r.exitCode, r.stderr]).toEqual([1, '']);
    expect(JSON.parse(r.stdout).benchmarks[0]).toMatchObject({ name: 'BenchmarkParse', verdict: 'regression', samples: { base: 20, head: 20 } });
    const none = await cli(['compare', '--base', 'nowhere/*.txt', '--head', 'head/*.txt'], sides);
    expect([none.exitCode, none.stderr]).toEqual([2, 'pipeline-gates: --base: "nowhere/*.txt" matched no files.\n']);
  });

  it('a file that is not benchmark output is a clear error, exit 2', async () => {
    const r = await cli(['compare', '--base', 'notes.txt', '--head', 'head.txt'], { ...files, 'notes.txt': 'hello\n' });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--base notes.txt could not be read as benchmark results');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('pipeline-gates measure', () => {
  it('times a command N times with ABBA against a base dir and writes benchmark files compare reads', async () => {
    const script = 'const a = Buffer.alloc(20 * 1024 * 1024, 1); setTimeout(() => process.exit(a[0] - 1), 30);';
    const r = await cli(['measure', '--runs', '4', '--warmup', '0', '--base-dir', '.', '--name', 'boot', '--out', 'm', '--json', '--', process.execPath, '-e', script]);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.head.map((b: { name: string }) => b.name)).toEqual(['boot wall time', 'boot peak RSS']);
    const wall = out.head[0];
    expect(wall.samples).toHaveLength(4);
    expect(Math.min(...wall.samples)).toBeGreaterThan(0.03);
    // 20 MiB allocated and touched: the peak RSS of each run is above it.
    expect(Math.min(...out.head[1].samples)).toBeGreaterThan(20 * 1024 * 1024);
    expect(out.base).toHaveLength(2);
    const written = JSON.parse(await readFile(path.join(r.box.workspace, 'm', 'head.json'), 'utf8'));
    expect(written.schema).toBe('pipeline-gates/benchmarks');

    const cmp = await spawnBundle(['compare', '--base', 'm/base.json', '--head', 'm/head.json', '--json'], { cwd: r.box.workspace, env: { HOME: r.box.home } });
    expect(JSON.parse(cmp.stdout).benchmarks.map((b: { verdict: string }) => b.verdict)).toEqual(['insufficient', 'insufficient']);
  });

  it('a command that fails is an error naming the run, not a measurement', async () => {
    const r = await cli(['measure', '--runs', '2', '--warmup', '0', '--', process.execPath, '-e', 'process.exit(3)']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('failed in head run 1 (exit 3)');
  });

  it('a command that does not exist says so (no shell is involved)', async () => {
    const r = await cli(['measure', '--runs', '1', '--', 'no-such-command-here']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('"no-such-command-here" was not found');
  });
});

describe('the performance gate in gate', () => {
  it('blocks on a same-job A/B regression and shows the benchmark table', async () => {
    const files = {
      'reports/unit.xml': '<testsuite name="s" tests="1"><testcase name="ok" classname="c" time="0.1"/></testsuite>',
      'bench/base.txt': goBench({ BenchmarkParse: spread(1000), BenchmarkRender: spread(500) }),
      'bench/head.txt': goBench({ BenchmarkParse: spread(1150), BenchmarkRender: spread(500) }),
      '.github/pipeline-gates.yml': 'reports:\n  junit: reports/*.xml\n  benchmarks: bench/head.txt\n  benchmarks-base: bench/base.txt\ngates:\n  performance: {}\n'
    };
    const r = await cli(['gate'], files);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/`performance` \| ❌ failed \| 1 regressed benchmark/);
    expect(r.stdout).toContain('### Benchmarks (2, same-job A/B samples)');
    expect(r.stdout).toMatch(/BenchmarkParse \| 🔺 regression/);
    expect(r.stdout).toContain('BenchmarkParse: 15% slower');
  });
});

describe('the example failing run in examples/failing-run', () => {
  it('comment.md is what the bundle renders today (npm run example rewrites it)', async () => {
    const dir = path.join(ROOT, 'examples', 'failing-run');
    // Git stops looking above the example, so the result is the same in a git checkout and in an
    // unpacked copy of the repository (npm run example renders it the same way).
    const r = await spawnBundle(['gate', '--config', 'pipeline-gates.yml'], { cwd: dir, env: { HOME: dir, GIT_CEILING_DIRECTORIES: path.dirname(dir) } });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe(await readFile(path.join(dir, 'comment.md'), 'utf8'));
  });
});

describe('level shifts after merge (gate --change-points)', () => {
  // Twelve default-branch runs: BenchmarkParse steps from 1000 to 1300 ns at the seventh, Render stays.
  const sha = (i: number) => (0xabc000 + i).toString(16).padStart(40, '0');
  const runs = Array.from({ length: 12 }, (_, i) => ({
    runId: String(500 + i), attempt: 1, sha: sha(i), ref: 'refs/heads/main', at: new Date(Date.UTC(2026, 10, 1 + i)).toISOString(), conclusion: 'success', tests: {},
    benchmarks: {
      BenchmarkParse: { unit: 's', direction: 'smaller-is-better', samples: [(i < 6 ? 1000 : 1300) * (1 + 0.01 * ((i * 7) % 5 - 2)) * 1e-9] },
      BenchmarkRender: { unit: 's', direction: 'smaller-is-better', samples: [500 * (1 + 0.01 * ((i * 3) % 5 - 2)) * 1e-9] }
    }
  }));
  const files = {
    'hist/default.history.json': JSON.stringify({ schema: 'pipeline-gates/history', version: 1, configId: 'default', runs }),
    'reports/unit.xml': '<testsuite name="s" tests="1"><testcase classname="s" name="t" time="0.1"/></testsuite>',
    'bench.txt': goBench({ BenchmarkParse: [1290, 1300, 1310], BenchmarkRender: [498, 500, 502] })
  };

  it('names the commit range where the level moved, in the JSON verdict and the markdown', async () => {
    const args = ['gate', '--junit', 'reports/*.xml', '--benchmarks', 'bench.txt', '--history', 'hist', '--change-points'];
    const json = await cli([...args, '--json'], files);
    expect(json.exitCode).toBe(0);
    const shifts = JSON.parse(json.stdout).benchmarks.levelShifts;
    expect(shifts).toHaveLength(1);
    expect(shifts[0]).toMatchObject({ name: 'BenchmarkParse', from: { sha: sha(5), runId: '505' }, to: { sha: sha(6), runId: '506' }, worse: true, runsSince: 7 });
    expect(shifts[0].change).toBeCloseTo(0.3, 1);

    const md = await cli(args, files);
    expect(md.stdout).toContain('### Level shifts');
    expect(md.stdout).toMatch(/\| BenchmarkParse \| 🔺 worse \+\d+\.\d% \|/);
    expect(md.stdout).toContain(`\`${sha(5).slice(0, 7)}..${sha(6).slice(0, 7)}\``);
    expect(md.stdout).toContain('### Trends');
    expect(md.stdout).toContain('xychart-beta');
  });

  it('without --change-points the history is not searched', async () => {
    const r = await cli(['gate', '--junit', 'reports/*.xml', '--benchmarks', 'bench.txt', '--history', 'hist', '--json'], files);
    expect(JSON.parse(r.stdout).benchmarks.levelShifts).toBeNull();
  });
});

describe('benchmarks alone (no tests, no gates.performance block)', () => {
  // Twenty default-branch runs of two steady benchmarks and one that jumps +60% in this run.
  const runs = Array.from({ length: 20 }, (_, i) => ({
    runId: String(700 + i), attempt: 1, sha: (0xdef000 + i).toString(16).padStart(40, '0'), ref: 'refs/heads/main', at: new Date(Date.UTC(2026, 9, 1 + i)).toISOString(), conclusion: 'success', tests: {},
    benchmarks: Object.fromEntries(['BenchmarkA', 'BenchmarkB', 'BenchmarkC'].map((n, k) => [n, { unit: 's', direction: 'smaller-is-better', samples: [(1000 + 100 * k) * (1 + 0.01 * (((i + k) * 7) % 5 - 2)) * 1e-9] }]))
  }));
  const files = {
    'hist/default.history.json': JSON.stringify({ schema: 'pipeline-gates/history', version: 1, configId: 'default', runs }),
    'bench.txt': goBench({ BenchmarkA: [1600], BenchmarkB: [1100], BenchmarkC: [1200] })
  };

  // The sandbox is no git checkout, so its branch is unknown: --record records the run all the same.
  it('a pull-request-like run: compared against the history, the jump warns, and the benchmark-only run is recorded (--record)', async () => {
    const r = await cli(['gate', '--benchmarks', 'bench.txt', '--history', 'hist', '--record', '--json'], files);
    const out = JSON.parse(r.stdout);
    expect(out.gates.find((g: { gate: string }) => g.gate === 'performance')).toMatchObject({ status: 'warning', action: 'warn', actual: 1 });
    expect(out.benchmarks.comparisons.map((c: { name: string; verdict: string }) => [c.name, c.verdict])).toEqual([['BenchmarkA', 'regression'], ['BenchmarkB', 'unchanged'], ['BenchmarkC', 'unchanged']]);
    expect(r.stderr).not.toContain('History not saved');
    const saved = JSON.parse(await readFile(path.join(r.box.workspace, 'hist/default.history.json'), 'utf8'));
    expect(saved.runs).toHaveLength(21);
    expect(Object.keys(saved.runs.at(-1).benchmarks)).toEqual(['BenchmarkA', 'BenchmarkB', 'BenchmarkC']);
  });

  it('as the default branch (--change-points): the jump is watched, recorded as watching, and the gate passes', async () => {
    const r = await cli(['gate', '--benchmarks', 'bench.txt', '--history', 'hist', '--change-points', '--record', '--json'], files);
    const out = JSON.parse(r.stdout);
    expect(out.benchmarks.comparisons[0]).toMatchObject({ name: 'BenchmarkA', verdict: 'watching' });
    expect(out.gates.find((g: { gate: string }) => g.gate === 'performance')).toMatchObject({ status: 'passed' });
    const saved = JSON.parse(await readFile(path.join(r.box.workspace, 'hist/default.history.json'), 'utf8'));
    expect(saved.runs.at(-1).watching).toEqual(['BenchmarkA']);
  });
});
