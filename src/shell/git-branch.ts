import { git } from './git-change.js';

/** What git says about the checkout's branch and the repository's default branch. */
export interface BranchFacts {
  readonly gitCheckout: boolean;
  /** The checked-out branch; undefined on a detached HEAD. */
  readonly current?: string;
  readonly defaultBranch?: string;
  readonly defaultFrom?: 'origin/HEAD' | 'init.defaultBranch';
}

/** Reads the facts with fixed git commands (no user value reaches git's argv); never throws. */
export async function branchFacts(cwd: string): Promise<BranchFacts> {
  if ((await git(cwd, ['rev-parse', '--is-inside-work-tree'])) !== 'true') return { gitCheckout: false };
  const current = (await git(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD'])) || undefined;
  const originHead = (await git(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']))?.replace(/^origin\//, '');
  const facts = { gitCheckout: true, ...(current ? { current } : {}) };
  if (originHead) return { ...facts, defaultBranch: originHead, defaultFrom: 'origin/HEAD' };
  const configured = await git(cwd, ['config', '--get', 'init.defaultBranch']);
  return configured ? { ...facts, defaultBranch: configured, defaultFrom: 'init.defaultBranch' } : facts;
}
