// A sandbox whose workspace is a real git clone of a local "origin", as actions/checkout leaves it
// (a branch checked out, origin/HEAD set), so git fetch, merge-base and branch detection run for real.
import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeSandbox, writeFiles, type Sandbox } from './run-bundle.js';

export interface GitSandbox extends Sandbox {
  /** The bare repository the workspace fetches from. */
  readonly origin: string;
  /** Runs git in the workspace with no user or system config; returns trimmed stdout. */
  git(...args: string[]): string;
  /** Removes the whole sandbox (workspace, origin, home, temp). */
  remove(): Promise<void>;
}

export function gitEnv(home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com'
  };
}

/** A workspace on branch `main` with one commit of `files`, cloned from (and pushed to) a bare origin. */
export async function makeGitSandbox(files: Record<string, string>, branch = 'main'): Promise<GitSandbox> {
  const box = await makeSandbox(files);
  const root = path.dirname(box.workspace);
  const origin = path.join(root, 'origin.git');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: box.workspace, env: gitEnv(box.home), encoding: 'utf8' }).trim();
  git('init', '-q', '-b', branch);
  git('add', '-A');
  git('commit', '-q', '-m', 'first');
  execFileSync('git', ['init', '-q', '--bare', origin], { env: gitEnv(box.home) });
  git('remote', 'add', 'origin', origin);
  git('push', '-q', 'origin', branch);
  git('fetch', '-q', 'origin');
  git('remote', 'set-head', 'origin', branch);
  return { ...box, origin, git, remove: () => rm(root, { recursive: true, force: true }) };
}

/** Adds a commit on the current branch with `files`; returns its SHA. */
export async function commit(box: GitSandbox, files: Record<string, string>, message = 'change'): Promise<string> {
  await writeFiles(box.workspace, files);
  box.git('add', '-A');
  box.git('commit', '-q', '-m', message);
  return box.git('rev-parse', 'HEAD');
}

/** An event payload written to the sandbox's temp folder; returns its absolute path. */
export async function eventFile(box: Sandbox, name: string, payload: unknown): Promise<string> {
  const file = path.join(box.temp, name);
  await writeFile(file, JSON.stringify(payload));
  return file;
}
