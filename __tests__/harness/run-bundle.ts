// Runs the bundled dist/index.js the way a GitHub runner does: a fresh process with INPUT_*
// variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, a real event payload and the API and
// cache URLs pointing at loopback fakes. Nothing is inherited from the parent's GITHUB_* env, so
// the tests behave the same inside a real Actions job.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLE = path.join(ROOT, 'dist', 'index.js');
export const EVENTS = path.join(ROOT, '__tests__', 'fixtures', 'events');
export const TOKEN = 'ghs_faketoken0123456789abcdefghijklmnopqrstuv';

export interface Sandbox {
  readonly workspace: string;
  readonly home: string;
  readonly temp: string;
}

export async function makeSandbox(files: Record<string, string> = {}): Promise<Sandbox> {
  const root = await tempDir('pg-e2e-');
  const box = { workspace: path.join(root, 'workspace'), home: path.join(root, 'home'), temp: path.join(root, 'temp') };
  for (const dir of Object.values(box)) await mkdir(dir, { recursive: true });
  await writeFiles(box.workspace, files);
  return box;
}

export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
}

export interface ActionRunOptions {
  readonly sandbox: Sandbox;
  readonly inputs: Record<string, string>;
  /** File name under __tests__/fixtures/events, e.g. "pull_request.synchronize.json", or an absolute path. */
  readonly event: string;
  readonly eventName: string;
  readonly apiUrl?: string;
  readonly cacheEnv?: Record<string, string>;
  readonly runId?: string;
  readonly attempt?: number;
  readonly env?: Record<string, string>;
}

export interface ProcessResult {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ActionResult extends ProcessResult {
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/** Env of the runner for one event payload: SHA and ref come from the payload like on GitHub. */
async function runnerEnv(o: ActionRunOptions, files: { output: string; summary: string }): Promise<Record<string, string>> {
  const eventPath = path.resolve(EVENTS, o.event);
  const payload = JSON.parse(await readFile(eventPath, 'utf8')) as Record<string, any>;
  const pr = payload.pull_request;
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: payload.repository?.full_name ?? 'octo/repo',
    GITHUB_SHA: pr ? 'merge0000000000000000000000000000000000000' : (payload.after ?? payload.merge_group?.head_sha ?? 'a'.repeat(40)),
    GITHUB_REF: pr ? `refs/pull/${payload.number}/merge` : (payload.ref ?? 'refs/heads/main'),
    GITHUB_RUN_ID: o.runId ?? '7001',
    GITHUB_RUN_ATTEMPT: String(o.attempt ?? 1),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: o.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_WORKSPACE: o.sandbox.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: o.sandbox.temp,
    RUNNER_OS: 'Linux',
    ...(o.cacheEnv ?? {}),
    ...(o.env ?? {})
  };
  for (const [name, value] of Object.entries(o.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}

export async function runAction(o: ActionRunOptions): Promise<ActionResult> {
  // Unique per job: jobs may run at the same time (a matrix), each with its own runner files.
  const id = randomUUID();
  const files = { output: path.join(o.sandbox.temp, `output-${id}`), summary: path.join(o.sandbox.temp, `summary-${id}.md`) };
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  const env = await runnerEnv(o, files);
  const result = await spawnBundle([], { cwd: o.sandbox.workspace, env: { ...env, HOME: o.sandbox.home } });
  return { ...result, outputs: parseOutputs(await readFile(files.output, 'utf8')), summary: await readFile(files.summary, 'utf8') };
}

/** Spawns `node dist/index.js ARGS` with only the env given (plus PATH), killed after `timeoutMs`. */
export function spawnBundle(args: readonly string[], opts: { cwd: string; env: Record<string, string>; timeoutMs?: number }): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE, ...args], {
      cwd: opts.cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bundle did not finish within ${opts.timeoutMs ?? 45000} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, opts.timeoutMs ?? 45000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code, stdout, stderr });
    });
  });
}

/** Parses the runner's GITHUB_OUTPUT file format (`name<<DELIM` … `DELIM`). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const [, name = '', delim] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] ?? '');
    out[name] = value.join('\n');
  }
  return out;
}

/** A small JUnit file with the given failing test names among passing ones. */
export function junitXml(opts: { suite?: string; file?: string; passed?: number; failed?: Array<{ name: string; message: string; line?: number; body?: string }> }): string {
  const suite = opts.suite ?? 'checkout';
  const file = opts.file ?? 'src/checkout.test.ts';
  const passed = Array.from({ length: opts.passed ?? 3 }, (_, i) => `    <testcase classname="${suite}" name="passes ${i + 1}" time="0.0${i + 1}" file="${file}"/>`);
  const failed = (opts.failed ?? []).map(
    (f) =>
      `    <testcase classname="${suite}" name="${esc(f.name)}" time="0.5" file="${file}"${f.line ? ` line="${f.line}"` : ''}>\n      <failure message="${esc(f.message)}">${esc(f.body ?? f.message)}</failure>\n    </testcase>`
  );
  const total = passed.length + failed.length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites tests="${total}" failures="${failed.length}">\n  <testsuite name="${suite}" tests="${total}" failures="${failed.length}" time="1.5">\n${[...passed, ...failed].join('\n')}\n  </testsuite>\n</testsuites>\n`;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
