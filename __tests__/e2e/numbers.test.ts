// Numbers as the people who use each tool read them, through the bundled CLI.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { junitXml, makeSandbox, ROOT, spawnBundle, type Sandbox } from '../harness/run-bundle.js';

const FIXTURES = path.join(ROOT, '__tests__', 'fixtures', 'benchmarks');
let box: Sandbox | undefined;
afterEach(async () => {
  if (box) await rm(path.dirname(box.workspace), { recursive: true, force: true });
  box = undefined;
});

async function cli(args: string[], files: Record<string, string> = {}) {
  box = await makeSandbox(files);
  return spawnBundle(args, { cwd: box.workspace, env: { HOME: box.home } });
}
const fixture = (name: string) => readFile(path.join(FIXTURES, name), 'utf8');

describe('numbers people read', () => {
  it('parse shows hyperfine in ms and pytest-benchmark as time per round, three digits', async () => {
    const r = await cli(['parse', 'hyperfine.json', 'pytest.json'], { 'hyperfine.json': await fixture('hyperfine/named.json'), 'pytest.json': await fixture('pytest/fib-and-sleep.json') });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('hyperfine.json: hyperfine — 2 benchmarks: short sleep 12.1 ms (5 samples); long sleep 22.6 ms (5 samples)');
    expect(r.stdout).toContain('test_fib.py::test_fib_10 14.5 µs per round (9 samples)');
    expect(r.stdout).toContain('test_fib.py::test_sleep 2.13 ms per round (5 samples)');
  });

  it('compare: Go B/op and allocs/op at 0 on both sides are unchanged, not "values are zero"', async () => {
    const go = await fixture('go/count3-benchmem-two-packages.txt');
    const r = await cli(['compare', '--base', 'base.txt', '--head', 'head.txt'], { 'base.txt': go, 'head.txt': go });
    expect(r.stdout).toMatch(/BenchmarkFib10 \(example\.com\/gates\/benchfix\/fib\) - allocs\/op +unchanged +×1 +×1 – ×1 /);
    expect(r.stdout).not.toContain('are zero');
  });

  it('gate says "1 failed test" and coverage 3 of 7 lines as 42.86%', async () => {
    const lcov = 'SF:src/a.ts\nDA:1,1\nDA:2,1\nDA:3,1\nDA:4,0\nDA:5,0\nDA:6,0\nDA:7,0\nend_of_record\n';
    const r = await cli(['gate', '--junit', 'junit.xml', '--coverage', 'lcov.info', '--config', 'gates.yml'], {
      'junit.xml': junitXml({ passed: 1, failed: [{ name: 'adds tax', message: 'expected 1 to be 2' }] }),
      'lcov.info': lcov,
      'src/a.ts': 'export {};\n',
      'gates.yml': 'gates:\n  coverage:\n    lines: 40\n'
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('| 1 failed test |');
    expect(r.stdout).toContain('42.86%');
  });

  it('plan JSON keeps seconds to the millisecond', async () => {
    const r = await cli(['plan', '--tests', 'tests/*.py', '--shards', '2', '--timings', '.test_durations', '--json'], {
      'tests/test_a.py': '',
      'tests/test_b.py': '',
      'tests/test_c.py': '',
      '.test_durations': JSON.stringify({ 'tests/test_a.py::t': 1.1, 'tests/test_b.py::t': 1.2, 'tests/test_c.py::t': 1.198 })
    });
    const plan = JSON.parse(r.stdout);
    expect(plan.shards.map((s: { estimatedSeconds: number }) => s.estimatedSeconds).sort()).toEqual([1.2, 2.298]);
    expect(r.stdout).not.toMatch(/\d\.\d{5,}/); // shares to 0.01%, seconds to the ms
  });
});
