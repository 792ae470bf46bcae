/** The verdict is plain data: renderers, outputs and the exit code all derive from it. */

export type GateStatus = 'passed' | 'failed' | 'warning' | 'skipped';
export type GateAction = 'block' | 'warn';
export type Conclusion = 'success' | 'failure' | 'neutral';

export interface GateResult {
  readonly gate: string;
  readonly status: GateStatus;
  readonly action: GateAction;
  /** What was measured, e.g. "failed tests". */
  readonly metric: string;
  readonly comparator: '<=' | '>=' | '<' | '>' | '==';
  readonly threshold: number;
  readonly actual: number | null;
  readonly message: string;
  readonly suggestions: readonly string[];
}

export interface Verdict {
  readonly conclusion: Conclusion;
  readonly passed: boolean;
  readonly gates: readonly GateResult[];
}

/** A gate that failed with action `block` fails the run; `warn` failures only warn. */
export function concludeVerdict(gates: readonly GateResult[]): Verdict {
  const blocked = gates.some((g) => g.status === 'failed' && g.action === 'block');
  return { conclusion: blocked ? 'failure' : 'success', passed: !blocked, gates };
}
