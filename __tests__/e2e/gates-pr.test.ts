// The gates of a pull request, end to end through the bundle: a real git repository made here
// (base commit, PR commit, and the merge commit actions/checkout gives a pull_request job), a
// pull_request payload naming the base, lcov coverage of the head, and the config file. Patch
// coverage and the changelog rule run on the real `git diff`; the check run, the comment, outputs
// and summary are asserted as a user sees them.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { useFakes } from '../harness/fakes.js';
import { EVENTS, junitXml, makeSandbox, runAction, TOKEN, writeFiles, type Sandbox } from '../harness/run-bundle.js';

const fakes = useFakes();

function git(cwd: string, ...args: string[]): string {
  const env = {
    PATH: process.env.PATH ?? '', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com'
  };
  return execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();
}

const cart = (extra: string[]) => [
  'export function total(items: number[]): number {',
  '  let sum = 0;',
  '  for (const i of items) sum += i;',
  '  return sum;',
  '}',
  ...extra
].join('\n') + '\n';

// The PR adds a discount function (lines 6-11 of the new file); the tests cover 6-8 only.
const DISCOUNT = ['export function discount(sum: number, code: string): number {', '  if (code === "HALF") return sum / 2;', '  if (code === "TENTH") return sum * 0.9;', '  if (code === "FREE") return 0;', '  return sum;', '}'];

const CONFIG = [
  'reports:',
  '  junit: reports/*.xml',
  '  coverage: coverage/lcov.info',
  'gates:',
  '  coverage:',
  '    lines: 50',
  '    patch: 80',
  '    patch-min-lines: 1',
  '  docs:',
  '    when: "src/**"',
  '    require: CHANGELOG.md',
  '    exceptions:',
  '      labels: [no-changelog]',
  '      keywords: ["#trivial"]',
  ''
].join('\n');

interface Repo {
  box: Sandbox;
  base: string;
  head: string;
}

/** base: cart.ts and a changelog; PR: adds discount() without a changelog entry; HEAD: the merge. */
async function prRepository(config = CONFIG): Promise<Repo> {
  const box = await makeSandbox();
  const ws = box.workspace;
  git(ws, 'init', '-q', '-b', 'main', '.');
  await writeFiles(ws, { 'src/cart.ts': cart([]), 'CHANGELOG.md': '# Changes\n', '.github/pipeline-gates.yml': config });
  git(ws, 'add', '-A');
  git(ws, 'commit', '-q', '-m', 'base');
  const base = git(ws, 'rev-parse', 'HEAD');
  git(ws, 'checkout', '-q', '-b', 'feature');
  await writeFiles(ws, { 'src/cart.ts': cart(DISCOUNT) });
  git(ws, 'commit', '-q', '-am', 'add discount');
  const head = git(ws, 'rev-parse', 'HEAD');
  git(ws, 'checkout', '-q', '--detach', base);
  git(ws, 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature');
  // Reports are written by the test step after checkout: untracked files, as in CI.
  const da = (line: number, hits: number) => `DA:${line},${hits}`;
  const lcov = ['TN:', `SF:${ws}/src/cart.ts`, ...[1, 2, 3, 4, 6, 7, 8].map((l) => da(l, 3)), da(9, 0), da(10, 0), 'LF:9', 'LH:7', 'end_of_record', ''].join('\n');
  await writeFiles(ws, { 'coverage/lcov.info': lcov, 'reports/unit.xml': junitXml({ passed: 5 }) });
  return { box, base, head };
}

/** The synchronize payload of the fixtures, pointed at this repository's commits. */
async function prEvent(repo: Repo, pr: { labels?: string[]; body?: string } = {}): Promise<string> {
  const payload = JSON.parse(await readFile(path.join(EVENTS, 'pull_request.synchronize.json'), 'utf8'));
  payload.pull_request.base.sha = repo.base;
  payload.pull_request.head.sha = repo.head;
  payload.pull_request.labels = (pr.labels ?? []).map((name, i) => ({ id: i + 1, name, color: 'ededed', default: false }));
  payload.pull_request.body = pr.body ?? 'Adds discount codes.';
  const file = path.join(repo.box.temp, `event-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify(payload));
  return file;
}

function run(repo: Repo, event: string) {
  return runAction({ sandbox: repo.box, apiUrl: fakes.api.url, cacheEnv: fakes.cache.env, event, eventName: 'pull_request', inputs: { 'github-token': TOKEN } });
}

describe('a pull request checked against its real git diff', () => {
  it('fails patch coverage on the uncovered added lines and the changelog rule, with annotations on those lines', async () => {
    const repo = await prRepository();
    const result = await run(repo, await prEvent(repo));

    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('false');
    expect(JSON.parse(result.outputs['failed-gates'] ?? '')).toEqual(['coverage.patch', 'docs']);
    expect(result.outputs.summary).toBe('5 tests, 0 failed; failed: coverage.patch, docs');
    expect(result.outputs.regressions).toBe('[]');
    const report = JSON.parse(await readFile(result.outputs.report ?? '', 'utf8'));
    const gates = Object.fromEntries(report.gates.map((g: { gate: string }) => [g.gate, g]));
    // 6 coverable added lines (6-11 minus the closing brace lcov does not list): 3 covered of 5 listed.
    expect(gates['coverage.patch']).toMatchObject({ status: 'failed', actual: 60, threshold: 80, comparator: '>=' });
    expect(gates['coverage.lines']).toMatchObject({ status: 'passed', actual: 77.78 });
    expect(gates.docs).toMatchObject({ status: 'failed' });
    expect(gates.docs.message).toContain('src/cart.ts');
    expect(gates.tests).toMatchObject({ status: 'passed', actual: 0 });

    expect(result.summary).toContain('### What to fix');
    expect(result.summary).toMatch(/src\/cart\.ts.*9.*10/);
    expect(result.summary).toContain('CHANGELOG.md');

    const check = fakes.api.state.checkRuns[0];
    expect(check?.conclusion).toBe('failure');
    const patch = check?.output.annotations.filter((a) => a.path === 'src/cart.ts' && a.title === 'coverage.patch: failed');
    expect(patch?.map((a) => [a.start_line, a.end_line])).toEqual([[9, 10]]);
    expect(fakes.api.invalidRequests()).toEqual([]);
  });

  it('a label the config names waives the changelog rule, and the report says which label did', async () => {
    const repo = await prRepository();
    const result = await run(repo, await prEvent(repo, { labels: ['bug', 'no-changelog'] }));

    const report = JSON.parse(await readFile(result.outputs.report ?? '', 'utf8'));
    const docs = report.gates.find((g: { gate: string }) => g.gate === 'docs');
    expect(docs).toMatchObject({ status: 'waived', waiver: { kind: 'label', by: 'no-changelog' } });
    expect(result.summary).toContain('waived (label `no-changelog`)');
    // Patch coverage is not waived by that label: the run still fails, on coverage alone.
    expect(result.exitCode).toBe(1);
    expect(report.gates.filter((g: { status: string }) => g.status === 'failed').map((g: { gate: string }) => g.gate)).toEqual(['coverage.patch']);
  });

  it('a keyword in the PR body waives it too; with both gates satisfied the run passes', async () => {
    const repo = await prRepository(CONFIG.replace('    patch: 80', '    patch: 60'));
    const result = await run(repo, await prEvent(repo, { body: 'Small fix. #trivial' }));

    expect(result.exitCode).toBe(0);
    expect(result.outputs.passed).toBe('true');
    const report = JSON.parse(await readFile(result.outputs.report ?? '', 'utf8'));
    expect(report.gates.find((g: { gate: string }) => g.gate === 'docs')).toMatchObject({ status: 'waived', waiver: { kind: 'keyword', by: '#trivial' } });
    expect(report.gates.find((g: { gate: string }) => g.gate === 'coverage.patch')).toMatchObject({ status: 'passed', actual: 60 });
  });

  it('a bad config fails the step with file, line and what is allowed, and posts and saves nothing', async () => {
    const bad = CONFIG.replace('    lines: 50', '    lines: 150').replace('  docs:', '  doc:');
    const repo = await prRepository(bad);
    const result = await run(repo, await prEvent(repo));

    expect(result.exitCode).toBe(1);
    const out = `${result.stdout}${result.stderr}`;
    expect(out).toContain('.github/pipeline-gates.yml:6:12: gates.coverage.lines');
    expect(out).toContain('.github/pipeline-gates.yml:9:3: gates: unknown key "doc"; allowed: tests, coverage, performance, security, secrets, docs, container, metrics');
    expect(out).not.toMatch(/\n\s+at .*\.js:\d+/);
    expect(fakes.api.requests).toEqual([]);
    expect(fakes.cache.entries()).toEqual([]);
    expect(out).not.toContain(TOKEN);
  });
});
