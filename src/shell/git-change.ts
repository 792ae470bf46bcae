import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import type { ChangeSet } from '../engine/gate-job.js';
import { DiffReader } from '../change/diff.js';

/**
 * The change under review from the local clone: `git diff` between the merge base and HEAD. Never
 * the pulls/files API, which stops at 3,000 files. Any git failure becomes a note, never a throw:
 * the gates that need a diff then say "not checked" and why.
 */

const GIT_TIMEOUT_MS = 120_000;
// Settings a user's git config could change that would change what we read.
const GIT_FLAGS = ['-c', 'core.quotePath=true', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false'];

/** A git command's trimmed output, or undefined when git fails or is missing (never a throw). */
export async function git(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('git', [...GIT_FLAGS, ...args], { cwd, timeout: GIT_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 });
    return stdout.trim();
  } catch {
    return undefined;
  }
}

const hasCommit = async (cwd: string, rev: string) => (await git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])) !== undefined;

/**
 * The base to diff HEAD against. On a pull_request event actions/checkout gives the PR's merge
 * commit, whose first parent is the base tip; with the default fetch-depth of 1 the base commit is
 * missing, so we fetch it (depth 1) before giving up.
 */
export async function resolveBase(cwd: string, base: string): Promise<{ sha?: string; note?: string }> {
  if (!(await hasCommit(cwd, 'HEAD'))) return { note: 'Not a git checkout here: gates that need the diff (patch coverage, docs) were not checked.' };
  if (!(await hasCommit(cwd, base))) {
    if (await hasCommit(cwd, 'HEAD^2')) {
      const parent = await git(cwd, ['rev-parse', 'HEAD^1']);
      if (parent) return { sha: parent };
    }
    await git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', base]);
    if (!(await hasCommit(cwd, base))) {
      return { note: `The base commit ${base.slice(0, 12)} is not in the clone and could not be fetched: patch coverage and the docs rule were not checked. Use actions/checkout with fetch-depth: 2 (or 0).` };
    }
  }
  // A shallow clone may not reach the merge base; the base tip itself is the next best thing.
  const mergeBase = await git(cwd, ['merge-base', base, 'HEAD']);
  return { sha: mergeBase || base };
}

/** The diff from `base` (a commit or ref) to HEAD, streamed through the reader. */
export async function changeAgainst(cwd: string, base: string): Promise<ChangeSet> {
  const resolved = await resolveBase(cwd, base);
  if (!resolved.sha) return { note: resolved.note ?? 'No base commit.' };
  const args = [...GIT_FLAGS, 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--src-prefix=a/', '--dst-prefix=b/', resolved.sha, 'HEAD', '--'];
  return new Promise((resolve) => {
    const reader = new DiffReader();
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), GIT_TIMEOUT_MS);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => reader.write(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2000)));
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ note: `git diff could not run (${err.message}): patch coverage and the docs rule were not checked.` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) {
        resolve({ note: `git diff ${resolved.sha?.slice(0, 12)}..HEAD failed (exit ${String(code)}): ${stderr.trim().split('\n').pop() ?? ''}` });
        return;
      }
      const parsed = reader.end();
      const note = parsed.problems.length ? `The diff had ${parsed.problems.length} line(s) it could not read (first: line ${parsed.problems[0]?.line}: ${parsed.problems[0]?.message}).` : undefined;
      resolve({ files: parsed.files, ...(note ? { note } : {}) });
    });
  });
}
