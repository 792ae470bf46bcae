import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import type { Problem } from '../model/problems.js';
import { parseSelector } from './selector.js';

/**
 * The `canary:` section of `.github/pipeline-gates.yml`: which metrics decide a canary, how, and
 * the score thresholds. Written like src/config/schema.ts (strict objects, a description on every
 * field) so it can be added to the main schema and its generated JSON Schema as it is.
 *
 *   canary:
 *     metrics:
 *       latency_p99: { direction: increase-is-bad, allowed-change: 0.1, critical: true }
 *       error_rate:  { direction: increase-is-bad, allowed-change: 0.5, critical: true, weight: 2 }
 *       throughput:  { direction: decrease-is-bad, query: 'job:http_requests:rate1m{job="checkout"}' }
 *     thresholds: { pass: 95, marginal: 75 }
 *     max-nodata: 0.5
 */

export const CANARY_DIRECTIONS = ['increase-is-bad', 'decrease-is-bad'] as const;

const query = z
  .string()
  .min(1)
  .superRefine((text, ctx) => {
    const parsed = parseSelector(text);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
  })
  .describe('A PromQL series selector that picks this metric\'s series from Prometheus files, e.g. \'http_requests_total{code=~"5.."}\' or \'{quantile="0.99"}\'');

export const canaryMetricSchema = z
  .strictObject({
    direction: z.enum(CANARY_DIRECTIONS).describe('increase-is-bad for latency, errors, CPU; decrease-is-bad for throughput, success rate'),
    'allowed-change': z
      .number()
      .min(0)
      .lt(1)
      .default(0.1)
      .describe('Relative change tolerated in the bad direction before the metric fails, as a fraction (0.1 = 10%)'),
    critical: z.boolean().default(false).describe('A critical metric that fails (or has no data) scores the canary 0: rollback'),
    weight: z.number().gt(0).default(1).describe('Share of the score this metric carries, relative to the other metrics'),
    query: query.optional()
  })
  .describe('How one metric is judged');

const percent = z.number().min(0).max(100);

const thresholds = z
  .strictObject({
    pass: percent.default(95).describe('Score (0–100) at or above which the canary is promoted'),
    marginal: percent.default(75).describe('Score at or above which the canary is held for a longer look; below it, rollback')
  })
  .refine((t) => t.marginal < t.pass, { path: ['marginal'], message: 'must be below thresholds.pass (the band between them is hold)' })
  .prefault({})
  .describe('Score thresholds: promote ≥ pass > hold ≥ marginal > rollback');

export const canarySchema = z
  .strictObject({
    metrics: z
      .record(z.string().min(1), canaryMetricSchema)
      .default({})
      .describe('Metric name → how it is judged. Without metrics, every metric in the files is judged with its file direction (or increase-is-bad)'),
    thresholds,
    'max-nodata': z
      .number()
      .min(0)
      .max(1)
      .default(0.5)
      .describe('Largest share of the total weight that may have no data; more scores the canary 0 (rollback)')
  })
  .prefault({})
  .describe('Canary analysis: compare canary and baseline metric samples and decide promote, hold or rollback');

export type CanaryConfig = z.output<typeof canarySchema>;
export type CanaryConfigInput = z.input<typeof canarySchema>;
export type CanaryMetricConfig = z.output<typeof canaryMetricSchema>;

export type CanaryConfigResult =
  | { ok: true; config: CanaryConfig; configId: string }
  | { ok: false; problems: Problem[] };

/** Every default: no configured metrics, thresholds 95/75, max-nodata 0.5. */
export function defaultCanaryConfig(): CanaryConfig {
  return canarySchema.parse(undefined);
}

/**
 * Reads only the `canary:` section (and the top-level `id`, which names the history) of a config
 * file's text, so canary analysis does not depend on the rest of the file being valid for this
 * version. Every problem carries the file, line and column of the offending key or value.
 */
export function parseCanaryConfig(text: string, file: string): CanaryConfigResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return { ok: false, problems: doc.errors.map((e) => ({ file, ...position(lines, e.pos[0]), message: `invalid YAML: ${e.message.split('\n', 1)[0]}` })) };
  }
  const root: unknown = doc.toJS() ?? {};
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    return { ok: false, problems: [{ file, line: 1, column: 1, message: 'the config file must be a YAML mapping (key: value lines)' }] };
  }
  const record = root as Record<string, unknown>;
  const parsed = canarySchema.safeParse(withoutNulls(record.canary), { reportInput: true });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => locate(issue, doc, lines, file)) };
  return { ok: true, config: parsed.data, configId: typeof record.id === 'string' && record.id ? record.id : 'default' };
}

/** `canary:` with every line below commented out is YAML null: it means "not set", so defaults. */
function withoutNulls(value: unknown): unknown {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== 'object' || value === undefined) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
}

function locate(issue: z.core.$ZodIssue, doc: Document, lines: LineCounter, file: string): Problem {
  const path = ['canary', ...issue.path.map(String)];
  const offset = issue.code === 'unrecognized_keys' ? keyOffset(doc, path, issue.keys[0]) : valueOffset(doc, path);
  return { file, ...position(lines, offset), message: `${path.join('.')}: ${describe(issue)}` };
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}; allowed: ${allowedKeys(issue.path).join(', ')}`;
    case 'invalid_value':
      return `${issue.input === undefined ? 'is required: ' : ''}must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined ? `is required (${issue.expected})` : `expected ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

/** The keys accepted where an unknown key was found, for the "allowed:" hint. */
function allowedKeys(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return ['metrics', 'thresholds', 'max-nodata'];
  if (path[0] === 'thresholds') return ['pass', 'marginal'];
  return Object.keys(canaryMetricSchema.shape);
}

function valueOffset(doc: Document, path: readonly string[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return undefined;
}

function keyOffset(doc: Document, path: readonly string[], key: string | undefined): number | undefined {
  const parent = doc.getIn(path, true);
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
