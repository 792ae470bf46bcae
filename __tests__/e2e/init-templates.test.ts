// Each starter workflow's test step, run as the runner would run it (bash -eo pipefail, the step's
// env), with the real test runner, on a small project: a shard of two of its three test files.
// The step must run exactly those two, and write JUnit that names their files plus a coverage
// report the gate reads. Runners this machine lacks are skipped, saying so; `npm run
// check:init-templates` installs jest, vitest and mocha from npm into a folder and runs this
// file with PIPELINE_GATES_RUNNERS pointing at it.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parse as parseYaml } from 'yaml';
import { pickRunner, type RunnerId } from '../../src/init/runners.js';
import { starterWorkflow } from '../../src/init/templates.js';
import { makeSandbox, ROOT, spawnBundle, writeFiles, type Sandbox } from '../harness/run-bundle.js';

const RUNNERS = process.env.PIPELINE_GATES_RUNNERS; // a folder holding node_modules with the npm runners
const NODE_BIN = path.join(ROOT, 'node_modules', '.bin'); // node 24 first, as actions/setup-node would
const boxes: Sandbox[] = [];
// A `python` for the pytest case: Debian's python3, to which apt can add pytest and pytest-cov.
const PYTHON = await mkdtemp(path.join(os.tmpdir(), 'pg-python-'));
await writeFile(path.join(PYTHON, 'python'), '#!/bin/sh\nexec /usr/bin/python3 "$@"\n', { mode: 0o755 });
afterAll(() => Promise.all([PYTHON, ...boxes.map((b) => path.dirname(b.workspace))].map((d) => rm(d, { recursive: true, force: true }))));

interface Case {
  readonly id: RunnerId;
  readonly project: Record<string, string>;
  /** The shard's tests; every other test file fails when run. */
  readonly shard: readonly string[];
  /** Why it cannot run here, or undefined. */
  readonly missing: () => Promise<string | undefined>;
  readonly npm?: boolean;
  readonly path?: readonly string[];
}

const JS_SOURCE = 'exports.add = (a, b) => a + b;\nexports.unused = () => 0;\n';
const npmRunner = (pkg: string) => async () => (RUNNERS && existsSync(path.join(RUNNERS, 'node_modules', pkg)) ? undefined : `${pkg} is not installed here (run npm run check:init-templates)`);
const onPath = (cmd: string, why: string) => async () => ((await sh(`command -v ${cmd}`, process.cwd(), {})).code === 0 ? undefined : why);

const CASES: Case[] = [
  {
    id: 'node',
    project: { 'package.json': '{"type":"commonjs"}', 'src/math.js': JS_SOURCE, ...jsTests('test/%s.test.js', "const test = require('node:test');\nconst assert = require('node:assert');\nconst { add } = require('../src/math.js');\ntest('%s adds', () => assert.strictEqual(add(1, 2), %v));\n") },
    shard: ['test/a.test.js', 'test/b.test.js'],
    missing: async () => undefined
  },
  {
    id: 'jest',
    project: { 'package.json': '{}', 'src/math.js': JS_SOURCE, ...jsTests('src/%s.test.js', "const { add } = require('./math.js');\ntest('%s adds', () => expect(add(1, 2)).toBe(%v));\n") },
    shard: ['src/a.test.js', 'src/b.test.js'],
    missing: npmRunner('jest-junit'),
    npm: true
  },
  {
    id: 'vitest',
    project: { 'package.json': '{"type":"module"}', 'src/math.js': 'export const add = (a, b) => a + b;\nexport const unused = () => 0;\n', ...jsTests('src/%s.test.js', "import { test, expect } from 'vitest';\nimport { add } from './math.js';\ntest('%s adds', () => expect(add(1, 2)).toBe(%v));\n") },
    shard: ['src/a.test.js', 'src/b.test.js'],
    missing: npmRunner('@vitest/coverage-v8'),
    npm: true
  },
  {
    id: 'mocha',
    project: { 'package.json': '{}', 'src/math.js': JS_SOURCE, ...jsTests('test/%s.spec.js', "const assert = require('node:assert');\nconst { add } = require('../src/math.js');\ndescribe('%s', () => it('adds', () => assert.strictEqual(add(1, 2), %v)));\n") },
    shard: ['test/a.spec.js', 'test/b.spec.js'],
    missing: npmRunner('mocha-junit-reporter'),
    npm: true
  },
  {
    id: 'pytest',
    project: { 'calc.py': 'def add(a, b):\n    return a + b\n\n\ndef unused():\n    return 0\n', ...jsTests('tests/test_%s.py', 'from calc import add\n\n\ndef test_%s_adds():\n    assert add(1, 2) == %v\n') },
    shard: ['tests/test_a.py', 'tests/test_b.py'],
    missing: async () => ((await sh('python -c "import pytest, pytest_cov"', process.cwd(), {}, [PYTHON])).code === 0 ? undefined : 'python with pytest and pytest-cov is not installed (PyPI is unreachable here; apt-get install python3-pytest python3-pytest-cov)'),
    path: [PYTHON]
  },
  {
    id: 'go',
    project: {
      'go.mod': 'module example.com/shapes\n\ngo 1.19\n',
      'calc/calc.go': 'package calc\n\nfunc Add(a, b int) int { return a + b }\n\nfunc Unused() int { return 0 }\n',
      'calc/a_test.go': 'package calc\n\nimport "testing"\n\nfunc TestAAdds(t *testing.T) {\n\tif Add(1, 2) != 3 {\n\t\tt.Fatal("add")\n\t}\n}\n',
      'more/b_test.go': 'package more\n\nimport "testing"\n\nfunc TestBPasses(t *testing.T) {}\n',
      'broken/c_test.go': 'package broken\n\nimport "testing"\n\nfunc TestCFails(t *testing.T) { t.Fatal("not in this shard") }\n'
    },
    shard: ['calc/a_test.go', 'more/b_test.go'],
    missing: onPath('gotestsum', 'go or gotestsum is not installed (apt-get install golang-go gotestsum)')
  }
];

/** Three test files a, b, c from one template: a and b pass, c fails (it must not run). */
function jsTests(pattern: string, body: string): Record<string, string> {
  return Object.fromEntries(['a', 'b', 'c'].map((n) => [pattern.replace('%s', n), body.replace('%s', n).replace('%v', n === 'c' ? '4' : '3')]));
}

function sh(script: string, cwd: string, env: Record<string, string>, extraPath: readonly string[] = []): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const PATH = [...extraPath, NODE_BIN, process.env.PATH ?? '/usr/bin:/bin'].join(path.delimiter);
    execFile('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env: { HOME: process.env.HOME ?? cwd, ...env, PATH }, timeout: 240_000, maxBuffer: 1 << 24 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, out: `${stdout}${stderr}` });
    });
  });
}

/** The run step's script exactly as the generated workflow holds it. */
function runStep(id: RunnerId): string {
  const wf = parseYaml(starterWorkflow({ branch: 'main', actionRef: 'acme/pg@v1', runner: pickRunner({ files: [], texts: {} }, id) })) as { jobs: { test: { steps: Array<{ name?: string; run?: string }> } } };
  return wf.jobs.test.steps.find((s) => s.name === "Run this shard's tests")!.run!;
}

describe('the starter workflow\'s test step with the real runner', () => {
  it.each(CASES.map((c) => [c.id, c] as const))('%s: runs only the shard\'s tests, JUnit names their files, coverage is readable', async (_id, c) => {
    const missing = await c.missing();
    if (missing) {
      console.warn(`init template for ${c.id} not executed: ${missing}`);
      return;
    }
    const box = await makeSandbox(c.project);
    boxes.push(box);
    if (c.npm) await symlink(path.join(RUNNERS!, 'node_modules'), path.join(box.workspace, 'node_modules'), 'dir');
    await writeFiles(box.temp, { 'tests.txt': `${c.shard.join('\n')}\n` });
    const env = { TESTS_FILE: path.join(box.temp, 'tests.txt'), REPORTS_DIR: 'reports/shard-1', SHARD: '1', GOCACHE: path.join(box.temp, 'go-cache'), GOPATH: path.join(box.temp, 'go'), GOFLAGS: '-mod=mod', CI: 'true' };
    const run = await sh(runStep(c.id), box.workspace, env, c.path);
    expect({ code: run.code, out: run.code ? run.out.slice(-3000) : '' }).toEqual({ code: 0, out: '' });

    const junitDir = path.join(box.workspace, 'reports/shard-1/junit');
    const junit = (await readdir(junitDir)).filter((f) => f.endsWith('.xml'));
    const files = new Set<string>();
    for (const f of junit) {
      const parsed = await spawnBundle(['parse', path.join('reports/shard-1/junit', f), '--json'], { cwd: box.workspace, env: { HOME: box.home } });
      for (const t of JSON.parse(parsed.stdout).cases as Array<{ file?: string; status: string }>) {
        expect(t.status).toBe('passed');
        files.add(c.id === 'go' ? (t.file ?? '?') : (t.file ?? '(no file)'));
      }
    }
    // Go's reports name packages, not files: the two packages of the shard ran, the third did not.
    if (c.id !== 'go') expect([...files].sort()).toEqual([...c.shard].sort());
    else expect(files.size).toBeGreaterThan(0);

    const coverageDir = path.join(box.workspace, 'reports/shard-1/coverage');
    const coverage = await findFile(coverageDir, pickRunner({ files: [], texts: {} }, c.id).coverage);
    const parsed = await spawnBundle(['parse', path.relative(box.workspace, coverage)], { cwd: box.workspace, env: { HOME: box.home } });
    expect(parsed.exitCode).toBe(0);
    expect(parsed.stdout).toMatch(/lines \d/);
  }, 300_000);
});

async function findFile(dir: string, names: readonly string[]): Promise<string> {
  const entries = await readdir(dir, { recursive: true });
  const hit = entries.find((e) => names.some((n) => path.matchesGlob(path.basename(e), n)));
  if (!hit) throw new Error(`no ${names.join(' or ')} below ${dir}: ${entries.join(', ')}`);
  return path.join(dir, hit);
}


describe('pipeline-gates init in a repository', () => {
  it('reads package.json and writes the jest workflow, saying which runner and why', async () => {
    const box = await makeSandbox({ 'package.json': JSON.stringify({ scripts: { test: 'jest' }, devDependencies: { jest: '^30', 'jest-junit': '^17' } }), 'package-lock.json': '{}' });
    boxes.push(box);
    const r = await spawnBundle(['init', '--action-ref', 'acme/pg@v1'], { cwd: box.workspace, env: { HOME: box.home } });
    expect(r.exitCode).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Test runner: jest (package.json scripts.test runs jest).');
    const workflow = await readFile(path.join(box.workspace, '.github/workflows/pipeline-gates.yml'), 'utf8');
    expect(workflow).toContain('--reporters=jest-junit --runTestsByPath -- "${TESTS[@]}"');
    expect(workflow).toContain('      - run: npm ci\n');
  });
});
