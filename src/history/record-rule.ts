import type { BranchFacts } from '../shell/git-branch.js';

/** The flags that decide recording: `--record`, `--no-record`, `--default-branch NAME`. */
export interface RecordFlags {
  readonly record: boolean;
  readonly noRecord: boolean;
  readonly defaultBranch?: string;
}

export type RecordDecision = { readonly record: true; readonly ref: string } | { readonly record: false; readonly reason: string };

/**
 * Whether a local `gate --history DIR` run is recorded. History is the baseline later runs are
 * judged against (and the `auto` base, and the last green commit), so like the action the CLI
 * records only runs on the default branch: named by --default-branch, else origin/HEAD, else
 * init.defaultBranch. --record records any run; --no-record none.
 */
export function recordDecision(flags: RecordFlags, facts: BranchFacts): RecordDecision {
  const ref = facts.current ? `refs/heads/${facts.current}` : '';
  if (flags.noRecord) return { record: false, reason: '--no-record' };
  if (flags.record) return { record: true, ref };
  const anyway = 'pass --record to record it anyway';
  if (!facts.gitCheckout) return { record: false, reason: `this folder is not a git checkout, so its branch is not known; ${anyway}` };
  if (!facts.current) return { record: false, reason: `the checkout is a detached HEAD, not a branch; ${anyway}` };
  const wanted = flags.defaultBranch ?? facts.defaultBranch;
  const from = flags.defaultBranch ? '--default-branch' : facts.defaultFrom;
  if (!wanted) return { record: false, reason: 'the default branch is not known here (no origin/HEAD, no init.defaultBranch); pass --default-branch NAME or --record' };
  if (facts.current !== wanted) return { record: false, reason: `the checkout is on "${facts.current}", not the default branch "${wanted}" (from ${from}); ${anyway}` };
  return { record: true, ref };
}
