import { hideExcerpts } from '../model/excerpt.js';
import { formatProblem, type Problem } from '../model/problems.js';
import type { GateResult } from '../model/verdict.js';

/**
 * A report we could not read is a failure of its own: silently skipping it could hide the very
 * failures it holds. Other reports are still read and gated. The message is posted, so it quotes
 * no file content (the log has the excerpts).
 */
export function evaluateReportsGate(problems: readonly Problem[]): GateResult {
  const base = { gate: 'reports', action: 'block', metric: 'unreadable reports', comparator: '==', threshold: 0 } as const;
  if (problems.length === 0) {
    return { ...base, status: 'passed', actual: 0, message: 'All reports were read.', suggestions: [] };
  }
  const files = new Set(problems.map((p) => p.file));
  return {
    ...base,
    status: 'failed',
    actual: files.size,
    message: `${files.size} ${files.size === 1 ? 'report' : 'reports'} could not be read: ${problems.slice(0, 3).map((p) => formatProblem({ ...p, message: hideExcerpts(p.message) })).join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}`,
    suggestions: ['Check that the test run finished writing the file (a crashed runner leaves truncated XML).']
  };
}
