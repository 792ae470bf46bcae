import type { RunJob, WorkflowJob } from './types.js';

/**
 * The Actions API knows jobs only by their displayed name, the workflow file by job id. GitHub
 * builds the displayed name from `name:` (or the id when there is none):
 * - a matrix job whose name holds no expression gets the cell's values appended,
 *   `test (1)`, `build (ubuntu-latest, 20)`;
 * - a name with expressions shows evaluated (`test ${{ matrix.shard }}/4` → `test 1/4`), without
 *   the suffix; we cannot evaluate it, so each expression matches any text;
 * - a job that calls a reusable workflow shows each called job as `<caller> / <callee>`, where
 *   the callee part has its own matrix suffix.
 * Several patterns may fit one name (`${{ matrix.name }}` fits everything): the one with the most
 * literal text wins, and a tie between different jobs is reported rather than guessed silently.
 */

interface NamePattern {
  readonly id: string;
  readonly regex: RegExp;
  /** Characters the name must contain literally; more means a more specific pattern. */
  readonly literal: number;
}

export interface JobAssignment {
  /** Workflow job id → the run's jobs shown under it, in listing order. */
  readonly byJob: ReadonlyMap<string, readonly RunJob[]>;
  /** Names of listed jobs that fit no job of the workflow file. */
  readonly unmatched: readonly string[];
  readonly notes: readonly string[];
}

const EXPRESSION = /\$\{\{[\s\S]*?\}\}/g;

/** The displayed-name pattern of one workflow job. */
export function namePattern(job: WorkflowJob): NamePattern {
  const display = job.name ?? job.id;
  const literals = display.split(EXPRESSION);
  const body = literals.map(escapeRegExp).join('.*?');
  // Matrix values are appended to a name without expressions; we allow the suffix either way
  // because a cell may also leave the name as written (all values empty).
  const matrix = job.matrix ? String.raw`(?: \(.*\))?` : '';
  const called = job.reusable ? ' / .+' : '';
  return { id: job.id, regex: new RegExp(`^${body}${matrix}${called}$`, 's'), literal: literals.join('').length };
}

/** The workflow job a displayed name belongs to, or why none or several fit. */
export function matchJobName(name: string, patterns: readonly NamePattern[]): { id?: string; tie?: readonly string[] } {
  let best: NamePattern[] = [];
  for (const p of patterns) {
    if (!p.regex.test(name)) continue;
    const top = best[0];
    if (!top || p.literal > top.literal) best = [p];
    else if (p.literal === top.literal) best.push(p);
  }
  const [first] = best;
  if (!first) return {};
  return best.length > 1 ? { id: first.id, tie: best.map((p) => p.id) } : { id: first.id };
}

/** Groups the listed jobs under the workflow's job ids. */
export function assignJobs(jobs: readonly RunJob[], workflow: readonly WorkflowJob[]): JobAssignment {
  const patterns = workflow.map(namePattern);
  const byJob = new Map<string, RunJob[]>();
  const unmatched: string[] = [];
  const notes: string[] = [];
  for (const job of jobs) {
    const match = matchJobName(job.name, patterns);
    if (!match.id) {
      unmatched.push(job.name);
      continue;
    }
    if (match.tie) notes.push(`Job "${job.name}" fits the workflow jobs ${match.tie.join(', ')} equally well; counted under ${match.id}.`);
    const list = byJob.get(match.id) ?? [];
    list.push(job);
    byJob.set(match.id, list);
  }
  if (unmatched.length) {
    const s = unmatched.length === 1 ? '' : 's';
    notes.push(`${unmatched.length} listed job${s} fit${s ? '' : 's'} no job of the workflow file (left out of the critical path): ${unmatched.map((n) => `"${n}"`).join(', ')}.`);
  }
  return { byJob, unmatched, notes };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
