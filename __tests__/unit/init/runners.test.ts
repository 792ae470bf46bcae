import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { parse as parseYaml } from 'yaml';
import { pickRunner, RUNNER_IDS, type RepoFacts } from '../../../src/init/runners.js';
import { starterWorkflow, WORKFLOW_PATH } from '../../../src/init/templates.js';
import { readRepoFacts } from '../../../src/shell/repo-facts.js';
import { ROOT } from '../../harness/run-bundle.js';
import { lintWorkflow, loadActionMetadata } from './workflow-lint.js';

const REF = 'acme/pipeline-gates@v1';
const pkg = (testScript: string | undefined, dependencies: string[] = []): RepoFacts => ({
  packageJson: { ...(testScript !== undefined ? { testScript } : {}), dependencies },
  lockfile: 'npm',
  files: ['package.json', 'package-lock.json'],
  texts: {}
});
const files = (names: string[], texts: Record<string, string> = {}): RepoFacts => ({ files: names, texts });

describe('pickRunner: the runner the repository uses', () => {
  it.each([
    ['scripts.test runs vitest', pkg('vitest run', ['vitest', 'jest']), 'vitest', 'package.json scripts.test runs vitest'],
    ['scripts.test runs jest', pkg('jest --ci'), 'jest', 'package.json scripts.test runs jest'],
    ['scripts.test runs mocha', pkg('mocha test/'), 'mocha', 'package.json scripts.test runs mocha'],
    ['scripts.test runs node --test', pkg('node --test test/'), 'node', 'package.json scripts.test runs node --test'],
    ['no script, jest in devDependencies', pkg(undefined, ['jest', 'jest-junit']), 'jest', 'package.json depends on jest'],
    ['a package.json with no runner at all', pkg('echo none'), 'node', 'package.json with no test runner named: the built-in node --test'],
    ['pytest.ini', files(['pytest.ini']), 'pytest', 'pytest.ini'],
    ['pyproject.toml with [tool.pytest.ini_options]', files(['pyproject.toml'], { 'pyproject.toml': '[tool.pytest.ini_options]\naddopts = "-q"\n' }), 'pytest', 'pyproject.toml mentions pytest'],
    ['go.mod', files(['go.mod']), 'go', 'go.mod'],
    ['Cargo.toml', files(['Cargo.toml']), 'cargo', 'Cargo.toml'],
    ['pom.xml', files(['pom.xml']), 'maven', 'pom.xml'],
    ['build.gradle.kts', files(['build.gradle.kts']), 'gradle', 'build.gradle.kts'],
    ['nothing recognisable', files(['README.md']), 'none', 'no test runner recognised']
  ])('%s', (_label, facts, id, reason) => {
    expect([pickRunner(facts).id, pickRunner(facts).reason]).toEqual([id, reason]);
  });

  it('--runner overrides what was found', () => {
    expect(pickRunner(files(['go.mod']), 'pytest').id).toBe('pytest');
  });

  it('jest: the test paths go after "--", where jest reads paths, never after --reporters (an array option)', () => {
    const run = pickRunner(pkg('jest', ['jest', 'jest-junit'])).command.join('\n');
    expect(run).toMatch(/--reporters=jest-junit --runTestsByPath -- "\$\{TESTS\[@\]\}"$/);
    expect(run).toContain('JEST_JUNIT_ADD_FILE_ATTRIBUTE=true');
  });

  it('jest without jest-junit: installed for the run (npm) and named in the next steps', () => {
    const p = pickRunner(pkg('jest', ['jest']));
    expect(p.setup).toContain('- run: npm ci && npm install --no-save jest-junit@17');
    expect(p.todo).toEqual(['Add jest-junit as a devDependency (npm install --save-dev jest-junit); the workflow installs it for the run until then.']);
  });
});

describe('every runner\'s workflow, checked by GitHub\'s workflow parser', () => {
  it.each([...RUNNER_IDS, undefined])('%s: zero errors, and every input and output it uses is declared in action.yml', async (id) => {
    const runner = pickRunner(pkg('jest', ['jest']), id);
    const text = starterWorkflow({ branch: 'main', actionRef: REF, runner });
    const actions = new Map([[REF.replace(/@.*$/, ''), await loadActionMetadata(ROOT, 'action.yml')]]);
    const { errors } = await lintWorkflow(WORKFLOW_PATH, text, actions);
    expect(errors).toEqual([]);
    // The run step holds the runner's command verbatim, and the gate reads the coverage it writes.
    const wf = parseYaml(text) as { jobs: Record<string, { steps: Array<{ name?: string; run?: string; with?: Record<string, string> }> }> };
    const run = wf.jobs.test!.steps.find((s) => s.name === "Run this shard's tests")!.run!;
    expect(run.trimEnd().split('\n').slice(1)).toEqual(runner.command);
    const gate = wf.jobs.gate!.steps.find((s) => s.with?.command === 'gate')!;
    expect(gate.with!.coverage!.trim().split('\n')).toEqual(runner.coverage.map((c) => `reports/*/coverage/**/${c}`));
  });
});

describe('readRepoFacts', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('reads package.json\'s test script and dependencies, the lockfile and the marker files', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pg-facts-'));
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ scripts: { test: 'vitest run' }, devDependencies: { vitest: '^3', '@vitest/coverage-v8': '^3' }, dependencies: { zod: '^4' } }));
    await writeFile(path.join(dir, 'pnpm-lock.yaml'), '');
    await writeFile(path.join(dir, 'go.mod'), 'module x\n');
    const facts = await readRepoFacts(dir);
    expect(facts).toEqual({
      files: ['package.json', 'pnpm-lock.yaml', 'go.mod'],
      texts: { 'package.json': expect.any(String) },
      lockfile: 'pnpm',
      packageJson: { testScript: 'vitest run', dependencies: ['zod', 'vitest', '@vitest/coverage-v8'] }
    });
    expect(pickRunner(facts).setup).toContain('pnpm/action-setup@v4');
  });

  it('a broken package.json or a missing folder gives no facts, never an error', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pg-facts-'));
    await writeFile(path.join(dir, 'package.json'), '{ not json');
    expect((await readRepoFacts(dir)).packageJson).toBeUndefined();
    expect(await readRepoFacts(path.join(dir, 'missing'))).toEqual({ files: [], texts: {} });
  });
});
