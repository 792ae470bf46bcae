// The way action authors debug an action: `@github/local-action run . dist/index.js .env` imports the
// bundle, calls its exported run() with the .env's variables, and reads what the step wrote.
import { spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { BUNDLE, junitXml, makeSandbox, parseOutputs, ROOT, type Sandbox } from '../harness/run-bundle.js';

let box: Sandbox | undefined;
afterEach(async () => {
  if (box) await rm(path.dirname(box.workspace), { recursive: true, force: true });
  box = undefined;
});

/** A workspace with one JUnit report, and the runner variables a .env file would set. */
async function setUp(): Promise<{ box: Sandbox; env: Record<string, string>; output: string }> {
  box = await makeSandbox({ 'out/a.xml': junitXml({ passed: 2, failed: [{ name: 'adds tax', message: 'expected 1 to be 2', line: 9 }] }) });
  const output = path.join(box.temp, 'output');
  await writeFile(output, '');
  await writeFile(path.join(box.temp, 'summary.md'), '');
  const env = {
    INPUT_COMMAND: 'gate',
    INPUT_JUNIT: 'out/*.xml',
    INPUT_HISTORY: 'off',
    GITHUB_WORKSPACE: box.workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: path.join(box.temp, 'summary.md'),
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/feature',
    RUNNER_TEMP: box.temp
  };
  return { box, env, output };
}

function run(command: string, args: string[], opts: { cwd: string; env: Record<string, string> }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

// Node 24 first on PATH: local-action runs its TypeScript with tsx under whatever `node` is found.
const PATH = `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`;

describe('the bundle under @github/local-action', () => {
  it('runs the gate from the .env, with globs from GITHUB_WORKSPACE and outputs in GITHUB_OUTPUT', async () => {
    const { box, env, output } = await setUp();
    const dotenv = path.join(box.temp, '.env');
    await writeFile(dotenv, Object.entries(env).map(([k, v]) => `${k}=${v}\n`).join(''));
    // Started from the action's folder, not the workspace, as an author does.
    const r = await run(path.join(ROOT, 'node_modules', '.bin', 'local-action'), ['run', '.', 'dist/index.js', dotenv], {
      cwd: ROOT,
      env: { PATH, HOME: box.home }
    });
    expect(r.stdout).not.toContain('does not export a run() function');
    expect(r.stdout).not.toContain('::set-output');
    expect(r.stdout).toContain('Running Action');
    const outputs = parseOutputs(await readFile(output, 'utf8'));
    expect([outputs.passed, outputs.conclusion, outputs.summary]).toEqual(['false', 'failure', '3 tests, 1 failed; failed: tests']);
    expect(r.code).toBe(1); // the step failed, as it would on GitHub
  }, 120_000);

  it('an import runs nothing; run() then does the step (the contract local-action relies on)', async () => {
    const { box, env, output } = await setUp();
    // argv carries a CLI command on purpose: a module that ran itself on import would act on it.
    const script = `const m = await import(${JSON.stringify(BUNDLE)}); console.log('imported', typeof m.run); await m.run(); console.log('exit code', process.exitCode);`;
    const r = await run(process.execPath, ['--input-type=module', '-e', script, 'gate', '--junit', 'nowhere.xml'], { cwd: ROOT, env: { ...env, PATH, HOME: box.home } });
    expect(r.stdout.split('\n')[0]).toBe('imported function');
    expect(r.stdout).toContain('exit code 1');
    expect(parseOutputs(await readFile(output, 'utf8')).summary).toBe('3 tests, 1 failed; failed: tests');
  });
});
