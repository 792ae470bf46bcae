// Hole 1 of issue 14: a base revision from the command line or a workflow_dispatch form must never
// reach git as an option. Each run happens in a real clone of a local origin, where
// `git fetch origin --upload-pack=CMD` would run CMD.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { commit, eventFile, makeGitSandbox, type GitSandbox } from '../harness/git-sandbox.js';
import { useFakes } from '../harness/fakes.js';
import { junitXml, runAction, spawnBundle, TOKEN } from '../harness/run-bundle.js';

let box: GitSandbox | undefined;
afterEach(async () => {
  await box?.remove();
  box = undefined;
});

const fakes = useFakes();
const REPORTS = { 'reports/unit.xml': junitXml({ passed: 2 }) };
/** The marker a successful injection creates, outside the workspace so no glob can pick it up. */
const marker = (b: GitSandbox) => path.join(path.dirname(b.workspace), 'PWNED');
const inject = (b: GitSandbox) => `--upload-pack=touch ${marker(b)};`;

async function cli(b: GitSandbox, args: string[]) {
  return spawnBundle(['gate', '--junit', 'reports/*.xml', ...args], { cwd: b.workspace, env: { HOME: b.home } });
}

describe('gate --base in the CLI', () => {
  it('refuses a base that git would read as an option: exit 2, nothing run', async () => {
    box = await makeGitSandbox(REPORTS);
    const r = await cli(box, [`--base=${inject(box)}`]);
    expect(existsSync(marker(box))).toBe(false);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--base must be a commit SHA or a branch or tag name');
    expect(r.stderr).not.toContain('    at ');
  });

  it('a mistyped base is exit 2 naming the unknown revision, not a silent "not checked"', async () => {
    box = await makeGitSandbox(REPORTS);
    const r = await cli(box, ['--base', 'mian']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("unknown revision 'mian'");
    expect(r.stdout).toBe('');
  });

  it('a branch, a remote branch or HEAD~1 still works as the base', async () => {
    box = await makeGitSandbox(REPORTS);
    await commit(box, { 'src/a.ts': 'export const a = 1;\n' });
    for (const base of ['origin/main', 'HEAD~1', box.git('rev-parse', 'HEAD~1')]) {
      const r = await cli(box, ['--base', base, '--json']);
      expect({ base, exit: r.exitCode, stderr: r.stderr }).toEqual({ base, exit: 0, stderr: '' });
    }
  });
});

describe('the action', () => {
  const dispatch = async (b: GitSandbox, baseRef: string) =>
    eventFile(b, 'dispatch.json', { ref: 'refs/heads/main', inputs: { 'base-ref': baseRef }, repository: { full_name: 'octo/repo', default_branch: 'main' } });
  const run = (b: GitSandbox, event: string, eventName: string) =>
    runAction({ sandbox: b, event, eventName, apiUrl: fakes.api.url, cacheEnv: fakes.cache.env, inputs: { 'github-token': TOKEN, junit: 'reports/**/*.xml' } });

  it('refuses a workflow_dispatch base-ref that starts with "-": the step fails naming the input, git never sees it', async () => {
    box = await makeGitSandbox(REPORTS);
    const r = await run(box, await dispatch(box, inject(box)), 'workflow_dispatch');
    expect(existsSync(marker(box))).toBe(false);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('::error::The workflow_dispatch input "base-ref" must be a commit SHA or a branch or tag name');
  });

  it('a merge group whose base SHA is not a SHA gets no diff, and git never sees it', async () => {
    box = await makeGitSandbox(REPORTS);
    const event = await eventFile(box, 'merge_group.json', {
      merge_group: { head_sha: 'b'.repeat(40), head_ref: 'refs/heads/gh-readonly-queue/main/pr-1-x', base_ref: 'refs/heads/main', base_sha: inject(box) },
      repository: { full_name: 'octo/repo', default_branch: 'main' }
    });
    const r = await run(box, event, 'merge_group');
    expect(existsSync(marker(box))).toBe(false);
    expect(r.exitCode).toBe(0);
    expect(r.summary).toContain('is not a commit SHA or a branch or tag name');
  });

  it('a base-ref that cannot be fetched stays a note: the run passes and says what was not checked', async () => {
    box = await makeGitSandbox(REPORTS);
    const r = await run(box, await dispatch(box, 'release/9.x'), 'workflow_dispatch');
    expect(r.exitCode).toBe(0);
    expect(r.summary).toContain('The base commit release/9.x is not in the clone and could not be fetched');
  });
});
