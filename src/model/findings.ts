/** Static-analysis and security findings, as read from SARIF. */

export type FindingLevel = 'error' | 'warning' | 'note' | 'none';
export type Severity = 'critical' | 'high' | 'medium' | 'low';

export interface Finding {
  readonly tool: string;
  readonly ruleId: string;
  readonly level: FindingLevel;
  /** From `properties["security-severity"]`: critical ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, else low. */
  readonly severity?: Severity;
  readonly securitySeverity?: number;
  readonly message: string;
  /** Repo-relative when it could be placed. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** partialFingerprints/fingerprints, else undefined (callers fall back to rule + location). */
  readonly fingerprint?: string;
  readonly baselineState?: 'new' | 'unchanged' | 'updated' | 'absent';
}

export function severityOf(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}
