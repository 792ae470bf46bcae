/** The verdict is plain data: renderers, outputs and the exit code all derive from it. */

/** `waived`: it failed, but a PR label or keyword the config names excuses it (see `waiver`). */
export type GateStatus = 'passed' | 'failed' | 'warning' | 'skipped' | 'waived';
/** `require-approval`: a failure blocks until the PR has an approving review or an approval label. */
export type GateAction = 'block' | 'warn' | 'require-approval';
export type Conclusion = 'success' | 'failure' | 'neutral';
/** The part of the report a gate belongs to; guidance groups failures by it. */
export type GateCategory = 'reports' | 'tests' | 'coverage' | 'performance' | 'security' | 'docs' | 'metrics' | 'pipeline';

/** A place in the repository a gate points at (a finding, uncovered changed lines, a test). */
export interface GateLocation {
  readonly file: string;
  readonly line?: number;
  readonly endLine?: number;
}

/** One concrete thing to fix, e.g. "src/a.ts:10-12, 18 — 4 changed lines not covered". */
export interface GateItem {
  readonly text: string;
  readonly location?: GateLocation;
}

export interface GateResult {
  readonly gate: string;
  readonly status: GateStatus;
  readonly action: GateAction;
  /** What was measured, e.g. "failed tests". */
  readonly metric: string;
  readonly comparator: '<=' | '>=' | '<' | '>' | '==' | '!=';
  readonly threshold: number;
  readonly actual: number | null;
  readonly message: string;
  readonly suggestions: readonly string[];
  /** Absent on older gates: guidance then infers it from the gate name's first segment. */
  readonly category?: GateCategory;
  /** The base branch's value of the same measure; null when the base has none yet. */
  readonly base?: number | null;
  /** Unit of actual, threshold and base: '%', 'pp' (percentage points), 's', … */
  readonly unit?: string;
  /** What to fix, most important first; gates keep at most a handful. */
  readonly items?: readonly GateItem[];
  /** How many more items there were than `items` lists. */
  readonly moreItems?: number;
  /** What excused a failure (status `waived`), or approved a require-approval gate. */
  readonly waiver?: { readonly kind: 'label' | 'keyword' | 'approval'; readonly by: string };
}

export interface Verdict {
  readonly conclusion: Conclusion;
  readonly passed: boolean;
  readonly gates: readonly GateResult[];
}

/**
 * A failed gate with action `block` (or `require-approval`, not yet approved) fails the run; `warn`
 * failures only warn. With `neutralOnWarnings`, a run with warnings and no blocking failure
 * concludes `neutral` (a grey check) instead of `success`.
 */
export function concludeVerdict(gates: readonly GateResult[], options: { neutralOnWarnings?: boolean } = {}): Verdict {
  const blocked = gates.some(isBlocking);
  const warned = gates.some((g) => g.status === 'warning');
  const conclusion = blocked ? 'failure' : warned && options.neutralOnWarnings ? 'neutral' : 'success';
  return { conclusion, passed: !blocked, gates };
}

/** The status of a gate whose condition does not hold: warn only warns; block and require-approval fail. */
export function failureStatus(action: GateAction): 'failed' | 'warning' {
  return action === 'warn' ? 'warning' : 'failed';
}

export function isBlocking(g: GateResult): boolean {
  return g.status === 'failed' && (g.action === 'block' || g.action === 'require-approval');
}
