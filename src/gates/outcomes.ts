import type { GateResult } from '../model/verdict.js';

/** What a pull request says about itself: its labels, its body, and who approved it. */
export interface PullRequestFacts {
  readonly labels: readonly string[];
  readonly body: string;
  /** Logins with an APPROVED review that is still current (not dismissed or superseded). */
  readonly approvedBy: readonly string[];
}

export interface GateExceptions {
  /** PR labels that waive the gate (case-insensitive). */
  readonly labels: readonly string[];
  /** Words in the PR body that waive the gate (case-insensitive, whole word). */
  readonly keywords: readonly string[];
}

export interface OutcomeRules {
  /** Gate name (or its first segment, e.g. `coverage` for `coverage.patch`) → its exceptions. */
  readonly exceptions: Readonly<Record<string, GateExceptions>>;
  /** Labels that approve every require-approval gate (case-insensitive). */
  readonly approvalLabels: readonly string[];
}

/**
 * Applies waivers and approvals to failed gates. Outside a pull request nothing is waived and a
 * require-approval failure blocks (there is nobody to approve a push).
 */
export function applyOutcomes(gates: readonly GateResult[], rules: OutcomeRules, pr?: PullRequestFacts): GateResult[] {
  return gates.map((g) => {
    if (g.status !== 'failed' && g.status !== 'warning') return g;
    const waiver = pr ? waivedBy(exceptionsFor(g.gate, rules), pr) : undefined;
    if (waiver) return { ...g, status: 'waived', waiver, message: `${g.message} Waived by ${waiver.kind} "${waiver.by}".` };
    if (g.action !== 'require-approval' || g.status !== 'failed') return g;
    const approval = pr ? approvedBy(rules, pr) : undefined;
    if (approval) return { ...g, status: 'warning', waiver: approval, message: `${g.message} Approved by ${approval.by}.` };
    const how = rules.approvalLabels.length ? ` or the label ${rules.approvalLabels.map((l) => `"${l}"`).join(' / ')}` : '';
    return { ...g, message: `${g.message} Needs an approving review${how} before it can merge.`, suggestions: [...g.suggestions, `Ask a reviewer to approve the pull request${how}.`] };
  });
}

function exceptionsFor(gate: string, rules: OutcomeRules): GateExceptions | undefined {
  return rules.exceptions[gate] ?? rules.exceptions[gate.split('.')[0] ?? gate];
}

function waivedBy(ex: GateExceptions | undefined, pr: PullRequestFacts): GateResult['waiver'] {
  if (!ex) return undefined;
  const labels = new Set(pr.labels.map((l) => l.toLowerCase()));
  const label = ex.labels.find((l) => labels.has(l.toLowerCase()));
  if (label) return { kind: 'label', by: label };
  const keyword = ex.keywords.find((k) => containsWord(pr.body, k));
  return keyword ? { kind: 'keyword', by: keyword } : undefined;
}

function approvedBy(rules: OutcomeRules, pr: PullRequestFacts): GateResult['waiver'] {
  const labels = new Set(pr.labels.map((l) => l.toLowerCase()));
  const label = rules.approvalLabels.find((l) => labels.has(l.toLowerCase()));
  if (label) return { kind: 'label', by: label };
  const reviewer = pr.approvedBy[0];
  return reviewer ? { kind: 'approval', by: `@${reviewer}` } : undefined;
}

/** `#trivial` must stand alone: not inside `#trivially` or a URL fragment. */
function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w#-])${escaped}(?![\\w-])`, 'i').test(text);
}
