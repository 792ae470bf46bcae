import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import type { ChangeSet } from '../engine/gate-job.js';
import { DiffReader } from '../change/diff.js';
import { checkRevision, REVISION_RULE } from '../change/revision.js';
import { excerpt } from '../model/excerpt.js';
import { UsageError } from '../model/problems.js';

/**
 * The change under review from the local clone: `git diff` between the merge base and HEAD. Never
 * the pulls/files API, which stops at 3,000 files. Any git failure becomes a note, never a throw:
 * the gates that need a diff then say "not checked" and why.
 */

const GIT_TIMEOUT_MS = 120_000;
// Settings a user's git config could change that would change what we read.
const GIT_FLAGS = ['-c', 'core.quotePath=true', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false'];

// A fetch must fail, not wait for a password nobody will type.
const GIT_ENV = { ...process.env, GIT_TERMINAL_PROMPT: '0' };

/** A git command's trimmed output, or undefined when git fails or is missing (never a throw). */
export async function git(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('git', [...GIT_FLAGS, ...args], { cwd, env: GIT_ENV, timeout: GIT_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 });
    return stdout.trim();
  } catch {
    return undefined;
  }
}

const hasCommit = async (cwd: string, rev: string) => (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])) !== undefined;

/**
 * How a base that is not there ends: the action notes it and carries on (a shallow clone, a
 * deleted branch); the CLI stops with exit 2, because there a missing base is a typo to fix.
 */
export type MissingBase = 'note' | 'error';

/**
 * The base to diff HEAD against. On a pull_request event actions/checkout gives the PR's merge
 * commit, whose first parent is the base tip; with the default fetch-depth of 1 the base commit is
 * missing, so we fetch it (depth 1) before giving up. Every revision is checked before git sees
 * it and passed after --end-of-options, so it can never be read as an option.
 */
export async function resolveBase(cwd: string, base: string, missing: MissingBase = 'note'): Promise<{ sha?: string; note?: string }> {
  const checked = checkRevision(base);
  if (!checked.ok) return refuse(missing, `--base must be ${REVISION_RULE}, got ${excerpt(base)}: ${checked.reason}.`, `The base ${excerpt(base)} is not ${REVISION_RULE}: ${checked.reason}. ${UNCHECKED}`);
  if (!(await hasCommit(cwd, 'HEAD'))) return refuse(missing, '--base needs a git checkout, and this folder is not one.', `Not a git checkout here: ${UNCHECKED}`);
  const found = await findBase(cwd, base, checked.kind, missing);
  if (!found) {
    return refuse(
      missing,
      `--base: unknown revision '${base}': not a commit, branch or tag in this clone, nor on origin.`,
      `The base commit ${base} is not in the clone and could not be fetched: ${UNCHECKED} Use actions/checkout with fetch-depth: 2 (or 0).`
    );
  }
  // A shallow clone may not reach the merge base; the base tip itself is the next best thing.
  const mergeBase = await git(cwd, ['merge-base', '--end-of-options', found, 'HEAD']);
  return { sha: mergeBase || found };
}

/** The base as a commit SHA: local, the merge commit's first parent, or fetched from origin. */
async function findBase(cwd: string, base: string, kind: 'sha' | 'name' | 'relative', missing: MissingBase): Promise<string | undefined> {
  const local = await commitOf(cwd, base);
  if (local) return local;
  // A PR's merge commit (the action): its first parent is the base tip. A CLI user named a base.
  if (missing === 'note' && (await hasCommit(cwd, 'HEAD^2'))) {
    const parent = await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^1']);
    if (parent) return parent;
  }
  if (kind === 'relative') return undefined;
  const fetched = await git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', '--end-of-options', base]);
  if (fetched === undefined) return undefined;
  // A fetched branch lands in FETCH_HEAD only (no local ref of that name).
  return (await commitOf(cwd, base)) ?? (kind === 'name' ? await commitOf(cwd, 'FETCH_HEAD') : undefined);
}

async function commitOf(cwd: string, rev: string): Promise<string | undefined> {
  return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])) || undefined;
}

const UNCHECKED = 'patch coverage and the docs rule were not checked.';

function refuse(missing: MissingBase, error: string, note: string): { note: string } {
  if (missing === 'error') throw new UsageError(error);
  return { note };
}

/** The diff from `base` (a commit or ref) to HEAD, streamed through the reader. */
export async function changeAgainst(cwd: string, base: string, missing: MissingBase = 'note'): Promise<ChangeSet> {
  const resolved = await resolveBase(cwd, base, missing);
  if (!resolved.sha) return { note: resolved.note ?? 'No base commit.' };
  const args = [...GIT_FLAGS, 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--src-prefix=a/', '--dst-prefix=b/', '--end-of-options', resolved.sha, 'HEAD', '--'];
  return new Promise((resolve) => {
    const reader = new DiffReader();
    const child = spawn('git', args, { cwd, env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
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
