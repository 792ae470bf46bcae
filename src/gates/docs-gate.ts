import type { DiffFile } from '../change/diff.js';
import { matchesPatterns, splitPatterns } from '../model/globs.js';
import { failureStatus, type GateAction, type GateItem, type GateResult } from '../model/verdict.js';

/**
 * The changelog rule (danger's "did you update CHANGELOG.md?"): when the change touches files that
 * users notice, it must also touch a changelog or docs file. Waivers (a `no-changelog` label, a
 * keyword) are the shell's decision, made after this gate.
 */
export interface DocsGateRule {
  /** Gate name, e.g. 'changelog'. Default 'docs'. */
  readonly name?: string;
  /** 'block' fails the run, 'warn' only reports. Default 'block'. */
  readonly action?: GateAction;
  /** Globs of changed files that call for an entry; `!glob` excludes. Required. */
  readonly when: readonly string[];
  /** Globs of which at least one added, modified or renamed-to file must match. Required. */
  readonly require: readonly string[];
}

export interface DocsGateInput {
  /** The change against the base branch; undefined when there is no base to diff against. */
  readonly diff?: readonly DiffFile[];
}

const LISTED = 10;

export function evaluateDocsGate(input: DocsGateInput, rule: DocsGateRule): GateResult {
  const action = rule.action ?? 'block';
  const base = { gate: rule.name ?? 'docs', category: 'docs', action, metric: 'docs files changed', comparator: '>=', threshold: 1 } as const;
  const when = rule.when.join(', ');
  const require = splitPatterns(rule.require).include.join(', ');
  if (!input.diff) {
    return { ...base, status: 'skipped', actual: null, message: `Not checked: there is no diff against a base branch to look for changes under ${when}.`, suggestions: [] };
  }
  // A deleted changelog is not an entry; a file renamed into docs/ is.
  const written = input.diff.filter((f) => f.newPath !== null && matchesPatterns(f.newPath, rule.require)).map((f) => f.newPath as string);
  const triggers = input.diff.map(triggerPath(rule)).filter((p): p is string => p !== undefined);
  if (triggers.length === 0) {
    return { ...base, status: 'skipped', actual: written.length, message: `Not needed: no changed file matches ${when}.`, suggestions: [] };
  }
  if (written.length > 0) {
    const names = written.slice(0, 3).join(', ') + (written.length > 3 ? `, and ${written.length - 3} more` : '');
    return { ...base, status: 'passed', actual: written.length, message: `${count(triggers.length, 'changed file')} under ${when}; ${names} changed too.`, suggestions: [] };
  }
  const listed = triggers.slice(0, LISTED);
  const items: GateItem[] = listed.map((file) => ({ text: `${file} changed without an entry in ${require}`, location: { file } }));
  const names = triggers.slice(0, 3).join(', ') + (triggers.length > 3 ? `, and ${triggers.length - 3} more` : '');
  return {
    ...base,
    status: failureStatus(action),
    actual: 0,
    message: `${count(triggers.length, 'changed file')} under ${when} (${names}) but no change to ${require}.`,
    suggestions: [`Add an entry to ${require} describing the change to ${names}.`],
    items,
    ...(triggers.length > LISTED ? { moreItems: triggers.length - LISTED } : {})
  };
}

/** The path that made the rule apply: the new name, or the old one when only that matches. */
function triggerPath(rule: DocsGateRule): (f: DiffFile) => string | undefined {
  return (f) => {
    for (const p of [f.newPath, f.oldPath]) {
      // Editing the changelog itself never calls for a changelog entry.
      if (p !== null && matchesPatterns(p, rule.when) && !matchesPatterns(p, rule.require)) return p;
    }
    return undefined;
  };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
