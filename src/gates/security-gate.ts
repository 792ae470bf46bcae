import type { Finding, FindingLevel, Severity } from '../model/findings.js';
import { failureStatus, type GateAction, type GateItem, type GateResult } from '../model/verdict.js';

/**
 * Limits on static-analysis and security findings (SARIF), per severity and per level, optionally
 * for some tools only (a secrets gate: gitleaks and trufflehog must find nothing) and optionally
 * for new findings only (those the base branch does not have).
 */

export type GatedLevel = Exclude<FindingLevel, 'none'>;

export interface SecurityGateOptions {
  /** Gate name, e.g. 'secrets'. Default 'security'. */
  readonly name?: string;
  /** 'block' fails the run, 'warn' only reports. Default 'block'. */
  readonly action?: GateAction;
  /** Only findings from these tools (SARIF tool.driver.name, case-insensitive). Default: every tool. */
  readonly tools?: readonly string[];
  /** Most findings allowed in all. Default: none; when no limit at all is set, 0. */
  readonly max?: number;
  /** Most findings allowed of each security severity (exactly that severity, not "or worse"). Default: none. */
  readonly maxBySeverity?: Partial<Record<Severity, number>>;
  /** Most findings allowed of each SARIF level. Default: none. */
  readonly maxByLevel?: Partial<Record<GatedLevel, number>>;
  /** Gate only the findings the base branch does not have (by `findingKey`). Default false. */
  readonly newOnly?: boolean;
}

export interface SecurityGateInput {
  readonly findings: readonly Finding[];
  /** `findingKey` of every base-branch finding, from history; undefined while the base has none. */
  readonly baseKeys?: readonly string[];
  /** Tools whose SARIF was read (even with no results), to tell "found nothing" from "did not run". */
  readonly toolsRead?: readonly string[];
}

const LISTED = 10;
const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
const LEVELS: readonly GatedLevel[] = ['error', 'warning', 'note'];
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 0, high: 1, medium: 2, low: 3 };
const LEVEL_RANK: Readonly<Record<FindingLevel, number>> = { error: 0, warning: 1, note: 2, none: 3 };

/**
 * Identity of a finding across commits. The fingerprint when the tool gives one (GitHub's
 * primaryLocationLineHash survives line shifts); otherwise tool, rule, file and the message with
 * numbers blanked. The line is left out on purpose: an edit above a finding moves it, and a moved
 * finding is not a new one.
 */
export function findingKey(f: Finding): string {
  if (f.fingerprint) return [f.tool, 'fp', f.fingerprint].join('\u0000');
  const message = f.message.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  return [f.tool, f.ruleId, f.file ?? '', message].join('\u0000');
}

export function evaluateSecurityGates(input: SecurityGateInput, options: SecurityGateOptions): GateResult[] {
  const name = options.name ?? 'security';
  const action = options.action ?? 'block';
  const limits = limitsOf(options);
  const tools = options.tools?.map((t) => t.toLowerCase());
  const scoped = tools ? input.findings.filter((f) => tools.includes(f.tool.toLowerCase())) : input.findings;
  const head = { gate: name, category: 'security', action, comparator: '<=' } as const;
  const missing = tools && input.toolsRead ? (options.tools ?? []).filter((t) => !input.toolsRead?.some((r) => r.toLowerCase() === t.toLowerCase())) : [];
  if (missing.length) {
    return [{ ...head, status: failureStatus(action), metric: 'tool reports', threshold: 0, actual: null, message: `No report from ${missing.join(', ')} was read, so ${name} cannot say it found nothing.`, suggestions: [`Run ${missing.join(', ')} with SARIF output and pass the file as a SARIF report.`] }];
  }
  if (options.newOnly && input.baseKeys === undefined) {
    const message = `No base yet: the base branch has no findings in history, so new ones cannot be told from old (${scoped.length} in all). This gate starts once a default-branch run saves them.`;
    return limits.map((l) => ({ ...head, gate: `${name}${l.suffix}`, status: 'skipped', metric: l.metric, threshold: l.max, actual: null, message, suggestions: [] }));
  }
  const gated = options.newOnly ? newFindings(scoped, input.baseKeys ?? []) : scoped;
  const scope = `${options.newOnly ? 'new ' : ''}${tools ? `${options.tools?.join('/')} ` : ''}`;
  return limits.map((l) => limitResult(head, gated.filter(l.matches).sort(byImportance), l, scope));
}

interface Limit {
  readonly metric: string;
  readonly max: number;
  readonly matches: (f: Finding) => boolean;
  /** Appended to the gate name so each limit is its own gate: security.high, secrets.error. */
  readonly suffix: string;
}

function limitsOf(o: SecurityGateOptions): Limit[] {
  const out: Limit[] = [];
  const noLimit = o.max === undefined && !o.maxBySeverity && !o.maxByLevel;
  if (o.max !== undefined || noLimit) out.push({ metric: 'findings', max: o.max ?? 0, matches: () => true, suffix: '' });
  for (const s of SEVERITIES) {
    const max = o.maxBySeverity?.[s];
    if (max !== undefined) out.push({ metric: `${s} findings`, max, matches: (f) => f.severity === s, suffix: `.${s}` });
  }
  for (const level of LEVELS) {
    const max = o.maxByLevel?.[level];
    if (max !== undefined) out.push({ metric: `${level} findings`, max, matches: (f) => f.level === level, suffix: `.${level}` });
  }
  return out;
}

/** Findings beyond the base's count of the same key: two identical findings where there was one is one new. */
function newFindings(findings: readonly Finding[], baseKeys: readonly string[]): Finding[] {
  const left = new Map<string, number>();
  for (const k of baseKeys) left.set(k, (left.get(k) ?? 0) + 1);
  return findings.filter((f) => {
    const key = findingKey(f);
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    return n === 0;
  });
}

function limitResult(head: Pick<GateResult, 'gate' | 'category' | 'action' | 'comparator'>, found: readonly Finding[], l: Limit, scope: string): GateResult {
  const ok = found.length <= l.max;
  head = { ...head, gate: `${head.gate}${l.suffix}` };
  const what = `${found.length} ${scope}${l.metric}`.replace(/ findings$/, found.length === 1 ? ' finding' : ' findings');
  const allowed = l.max === 0 ? 'none allowed' : `at most ${l.max} allowed`;
  if (ok) return { ...head, status: 'passed', metric: l.metric, threshold: l.max, actual: found.length, message: `${what} (${allowed}).`, suggestions: [] };
  const top = found.slice(0, 3).map(describe).join('; ');
  const items: GateItem[] = found.slice(0, LISTED).map((f) => ({ text: `${describe(f)}: ${shorten(f.message)}`, ...(f.file ? { location: { file: f.file, ...(f.line ? { line: f.line } : {}) } } : {}) }));
  return {
    ...head,
    status: failureStatus(head.action),
    metric: l.metric,
    threshold: l.max,
    actual: found.length,
    message: `${what} (${allowed}): ${top}${found.length > 3 ? `; and ${found.length - 3} more` : ''}.`,
    suggestions: [`Fix ${found[0]?.ruleId ?? 'the findings'} first (most severe first), or suppress a false positive in the tool with a justification.`],
    items,
    ...(found.length > LISTED ? { moreItems: found.length - LISTED } : {})
  };
}

/** "gitleaks generic-api-key at src/config.ts:12" */
function describe(f: Finding): string {
  const where = f.file ? ` at ${f.file}${f.line ? `:${f.line}` : ''}` : '';
  const severity = f.severity ? ` [${f.severity}]` : '';
  return `${f.tool} ${f.ruleId}${severity}${where}`;
}

/** Most severe first (no severity after low), then by level, then by place. */
function byImportance(a: Finding, b: Finding): number {
  const severity = (f: Finding) => (f.severity ? SEVERITY_RANK[f.severity] : 4);
  const fa = a.file ?? '';
  const fb = b.file ?? '';
  return severity(a) - severity(b) || LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (fa < fb ? -1 : fa > fb ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0);
}

function shorten(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 160 ? `${one.slice(0, 157)}…` : one;
}

