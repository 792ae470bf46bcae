import type { DiffFile } from '../change/diff.js';
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
  const require = rule.require.filter((g) => !g.startsWith('!')).join(', ');
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

/** True when `file` matches at least one pattern and none of the `!pattern` exclusions. */
export function matchesPatterns(file: string, patterns: readonly string[]): boolean {
  let included = false;
  for (const p of patterns) {
    if (p.startsWith('!')) {
      if (matchesGlob(file, p.slice(1))) return false;
    } else if (!included && matchesGlob(file, p)) included = true;
  }
  return included;
}

const compiled = new Map<string, RegExp>();

/**
 * minimatch-style matching of a repo-relative path: `*` and `?` within a segment, `**` across
 * segments, `[abc]`/`[!abc]`, `{a,b}` (nestable), `\` escapes. Unlike `path.matchesGlob`, `*` and
 * `**` also match names starting with a dot: `**\/*.md` must see `.changeset/x.md`. Patterns are
 * anchored at the repository root and case-sensitive, as git paths are.
 */
export function matchesGlob(file: string, glob: string): boolean {
  let re = compiled.get(glob);
  if (!re) {
    re = new RegExp(`^${globSource(glob.replace(/^\.\//, ''))}$`);
    compiled.set(glob, re);
  }
  return re.test(file.replace(/\\/g, '/').replace(/^\.\//, ''));
}

function globSource(glob: string): string {
  let out = '';
  let depth = 0;
  // An unbalanced brace is a literal character, not an alternation.
  const braces = glob.split('{').length === glob.split('}').length;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*' && (i === 0 || glob[i - 1] === '/') && (i + 2 === glob.length || glob[i + 2] === '/')) {
      // `**` as a whole segment: any number of segments, none included (`src/**` matches `src`).
      const trailing = i + 2 === glob.length;
      out = trailing && out.endsWith('/') ? `${out.slice(0, -1)}(?:/.*)?` : out + (trailing ? '.*' : '(?:.*/)?');
      i += trailing ? 1 : 2;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '\\' && i + 1 < glob.length) out += escape(glob[++i] as string);
    else if (c === '[' && glob.indexOf(']', i + 2) > 0) {
      const close = glob.indexOf(']', i + 2);
      out += `(?!/)[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
      i = close;
    } else if (c === '{' && braces) {
      depth++;
      out += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      out += ')';
    } else out += c === ',' && depth > 0 ? '|' : escape(c);
  }
  return out;
}

function escape(c: string): string {
  return /[.*+?^${}()|[\]\\]/.test(c) ? `\\${c}` : c;
}
