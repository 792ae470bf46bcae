import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../model/problems.js';
import { parseMetricCondition } from '../gates/metric-gate.js';
import { withPreset } from './presets.js';
import { configSchema, type FileConfig } from './schema.js';

export type ConfigResult = { ok: true; config: FileConfig } | { ok: false; problems: Problem[] };

/** The config when no file exists: every default. */
export function defaultConfig(): FileConfig {
  return configSchema.parse({});
}

/**
 * Parses and validates a config file's text. Every problem names the file, the line and column
 * of the offending key or value, the key path, and what is allowed there.
 */
export function parseConfig(text: string, file: string): ConfigResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        ...position(lines, e.pos[0]),
        message: `invalid YAML: ${e.message.split('\n', 1)[0]}`
      }))
    };
  }
  const value = withPreset(withoutNulls(doc.toJS() ?? {}));
  // reportInput: a missing key (input undefined) is then explained as required, not as a type.
  const parsed = configSchema.safeParse(value, { reportInput: true });
  if (parsed.success) {
    const problems = conditionProblems(parsed.data, doc, lines, file);
    return problems.length ? { ok: false, problems } : { ok: true, config: parsed.data };
  }
  return { ok: false, problems: parsed.error.issues.map((i) => locateIssue(i, doc, lines, file)) };
}

/** Metric conditions are strings with their own grammar: check each where it was written. */
function conditionProblems(config: FileConfig, doc: Document, lines: LineCounter, file: string): Problem[] {
  const lists: Array<[string[], readonly (string | { condition: string })[]]> = [
    [['gates', 'metrics'], config.gates.metrics],
    [['gates', 'performance', 'limits'], config.gates.performance?.limits ?? []]
  ];
  const problems: Problem[] = [];
  for (const [path, items] of lists) {
    items.forEach((item, i) => {
      const text = typeof item === 'string' ? item : item.condition;
      const parsed = parseMetricCondition(text);
      if (parsed.ok) return;
      const at = typeof item === 'string' ? [...path, String(i)] : [...path, String(i), 'condition'];
      problems.push({ file, ...position(lines, valueOffset(doc, at)), message: `${at.join('.')}: ${parsed.error}` });
    });
  }
  return problems;
}

function locateIssue(issue: z.core.$ZodIssue, doc: Document, lines: LineCounter, file: string): Problem {
  const path = issue.path.map(String);
  const offset = issue.code === 'unrecognized_keys' ? keyOffset(doc, path, issue.keys[0]) : valueOffset(doc, path);
  const key = path.length ? path.join('.') : '(top level)';
  return { file, ...position(lines, offset), message: `${key}: ${describeIssue(issue)}` };
}

/**
 * A key with nothing after it (`gates:` with every line below commented out) is YAML null; it
 * means "not set", so it takes the defaults instead of failing as "expected object".
 */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}; allowed: ${allowedKeys(issue.path).join(', ')}`;
    case 'invalid_value':
      return `${issue.input === undefined ? 'is required: ' : ''}must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type': {
      const expected = issue.expected === 'int' ? 'an integer' : issue.expected;
      return issue.input === undefined ? `is required (${expected})` : `expected ${expected}`;
    }
    case 'too_small':
      return issue.origin === 'string' ? (Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${String(issue.minimum)} characters`)
        : issue.origin === 'array' ? `must list at least ${String(issue.minimum)}` : `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' ? `must be at most ${String(issue.maximum)} characters` : `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.message;
    default:
      return issue.message;
  }
}

/** The keys the schema accepts at a path, for "allowed:" hints. */
function allowedKeys(path: readonly PropertyKey[]): string[] {
  let node: unknown = configSchema;
  for (const key of path) {
    const s = unwrap(node);
    // A record (`canary.metrics.<name>`) has one schema for every key.
    node = s?.def?.type === 'record' ? s.def.valueType : s?.def?.shape?.[String(key)];
  }
  const s = unwrap(node);
  return Object.keys(s?.def?.type === 'object' ? (s.def.shape ?? {}) : {}).filter((k) => k !== '$schema');
}

interface SchemaNode {
  def?: { type?: string; shape?: Record<string, unknown>; valueType?: unknown; innerType?: unknown; in?: unknown };
}

/** Unwraps defaults, optionals and transforms until an object or a record. */
function unwrap(schema: unknown): SchemaNode | undefined {
  let s = schema as SchemaNode | undefined;
  for (let i = 0; i < 8 && s?.def && s.def.type !== 'object' && s.def.type !== 'record'; i++) {
    s = (s.def.innerType ?? s.def.in) as SchemaNode | undefined;
  }
  return s;
}

function valueOffset(doc: Document, path: readonly string[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return undefined;
}

function keyOffset(doc: Document, path: readonly string[], key: string | undefined): number | undefined {
  const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isMap(parent)) {
    for (const pair of parent.items) {
      if (isNode(pair.key) && String((pair.key as { value?: unknown }).value) === key) return pair.key.range?.[0];
    }
  }
  return valueOffset(doc, path);
}

function position(lines: LineCounter, offset: number | undefined): { line?: number; column?: number } {
  if (offset === undefined) return {};
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
