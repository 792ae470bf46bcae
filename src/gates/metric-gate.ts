import { nearest } from '../model/closest.js';
import type { BaseUnit, BenchmarkResult } from '../model/benchmarks.js';
import type { Metric } from '../model/metrics.js';
import { failureStatus, type GateAction, type GateResult } from '../model/verdict.js';

/**
 * Absolute limits on named numbers: any metric path (`compliance.score >= 70`) or benchmark name
 * (`import wall time < 5s`). Regressions against a base are the benchmark gates' job, not this one.
 */

export type MetricOperator = '<' | '<=' | '>' | '>=' | '==' | '!=';

export interface MetricCondition {
  /** A dotted metric path or a benchmark name (which may hold spaces). */
  readonly path: string;
  readonly op: MetricOperator;
  readonly threshold: number;
  /** As written (`ms`, `GB`, `/s`); only known units are accepted. */
  readonly unit?: string;
  /** The condition as the user wrote it, for messages. */
  readonly text: string;
}

export type ParsedMetricCondition = { readonly ok: true; readonly condition: MetricCondition } | { readonly ok: false; readonly error: string };

export interface MetricGateOptions {
  /** 'block' fails the run, 'warn' only reports. Default 'block'. */
  readonly action?: GateAction;
  /** Parsed with `parseMetricCondition`. Required (an empty list gives no results). */
  readonly conditions: readonly MetricCondition[];
}

export interface MetricGateInput {
  readonly metrics: readonly Metric[];
  /** Looked up by name when no metric has the path. Default: none. */
  readonly benchmarks?: readonly BenchmarkResult[];
}

const OPERATORS = '< <= > >= == !=';
const CONDITION = /^(.*\S)\s*(<=|>=|==|!=|<|>)\s*(.*)$/;
const NUMBER = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(.*)$/;

/** Factor to the base unit. Decimal prefixes are powers of 1000 (GB), binary ones of 1024 (GiB). */
const UNITS: Readonly<Record<string, { base: BaseUnit; factor: number }>> = {
  ns: { base: 's', factor: 1e-9 }, us: { base: 's', factor: 1e-6 }, 'µs': { base: 's', factor: 1e-6 }, 'μs': { base: 's', factor: 1e-6 },
  ms: { base: 's', factor: 1e-3 }, s: { base: 's', factor: 1 }, sec: { base: 's', factor: 1 }, min: { base: 's', factor: 60 }, h: { base: 's', factor: 3600 },
  B: { base: 'B', factor: 1 }, kB: { base: 'B', factor: 1e3 }, KB: { base: 'B', factor: 1e3 }, MB: { base: 'B', factor: 1e6 }, GB: { base: 'B', factor: 1e9 }, TB: { base: 'B', factor: 1e12 },
  KiB: { base: 'B', factor: 1024 }, MiB: { base: 'B', factor: 1024 ** 2 }, GiB: { base: 'B', factor: 1024 ** 3 }, TiB: { base: 'B', factor: 1024 ** 4 },
  '/s': { base: '1/s', factor: 1 }, '1/s': { base: '1/s', factor: 1 }, 'ops/s': { base: '1/s', factor: 1 }, 'ops/sec': { base: '1/s', factor: 1 }, Hz: { base: '1/s', factor: 1 },
  'B/s': { base: 'B/s', factor: 1 }, 'kB/s': { base: 'B/s', factor: 1e3 }, 'KB/s': { base: 'B/s', factor: 1e3 }, 'MB/s': { base: 'B/s', factor: 1e6 }, 'GB/s': { base: 'B/s', factor: 1e9 },
  'KiB/s': { base: 'B/s', factor: 1024 }, 'MiB/s': { base: 'B/s', factor: 1024 ** 2 }, 'GiB/s': { base: 'B/s', factor: 1024 ** 3 },
  '%': { base: 'ratio', factor: 0.01 }
};

/** `"compliance.score >= 70"`, `"import wall time < 5s"`; the operator is the last one in the text. */
export function parseMetricCondition(text: string): ParsedMetricCondition {
  const t = text.trim();
  const example = 'expected "<metric or benchmark> <operator> <number>", e.g. "compliance.score >= 70"';
  if (!t) return { ok: false, error: `empty condition: ${example}` };
  const m = CONDITION.exec(t);
  if (!m) {
    const single = /(^|[^<>=!])=($|[^=])/.test(t) ? ' ("=" alone is not one: write "==")' : '';
    return { ok: false, error: `no comparison operator in "${t}"${single}: use one of ${OPERATORS}` };
  }
  const [, path, op, rest] = m as unknown as [string, string, MetricOperator, string];
  if (/^(<=|>=|==|!=|<|>)$/.test(path)) return { ok: false, error: `nothing to compare before "${op}" in "${t}": ${example}` };
  const n = NUMBER.exec(rest);
  if (!n) return { ok: false, error: `"${rest}" in "${t}" is not a number (a unit may follow it: 5s, 10ms, 2GB, 1000/s)` };
  const [, digits, unit] = n as unknown as [string, string, string];
  if (unit && !UNITS[unit]) return { ok: false, error: `unknown unit "${unit}" in "${t}"; known units: ${Object.keys(UNITS).join(' ')}` };
  return { ok: true, condition: { path, op, threshold: Number(digits), ...(unit ? { unit } : {}), text: t } };
}

export function evaluateMetricGates(input: MetricGateInput, options: MetricGateOptions): GateResult[] {
  const action = options.action ?? 'block';
  return options.conditions.map((c) => evaluateOne(input, c, action));
}

interface Subject {
  readonly kind: 'metric' | 'benchmark';
  readonly value: number;
  readonly unit?: string;
  readonly normalized?: { readonly unit: BaseUnit; readonly value: number };
}

function evaluateOne(input: MetricGateInput, c: MetricCondition, action: GateAction): GateResult {
  const subject = find(input, c.path);
  const head = { gate: subject?.kind === 'benchmark' ? 'benchmarks' : 'metrics', category: subject?.kind === 'benchmark' ? 'performance' : 'metrics', action, metric: c.path, comparator: c.op, threshold: c.threshold } as const;
  const failed = failureStatus(action);
  if (!subject) return { ...head, status: failed, actual: null, message: missingMessage(input, c.path), suggestions: missingSuggestions(input) };
  const actual = inUnitOf(subject, c.unit);
  const unit = c.unit ?? subject.unit;
  const withUnit = (x: number) => `${x}${unit ? (/^[/%]/.test(unit) ? unit : ` ${unit}`) : ''}`;
  if (actual === undefined) {
    const has = subject.unit ? `is in ${subject.unit}` : 'has no unit';
    return { ...head, status: failed, actual: null, message: `Cannot check "${c.text}": the ${subject.kind} ${has}, which does not convert to ${c.unit}.`, suggestions: ['Write the threshold in the unit the report uses, or without a unit.'] };
  }
  if (!Number.isFinite(actual)) return { ...head, status: failed, actual: null, message: `${c.path} is not a finite number.`, suggestions: [] };
  const shown = Number(actual.toPrecision(12));
  const ok = holds(actual, c.op, c.threshold);
  const fields = { ...head, actual: shown, ...(unit ? { unit } : {}) };
  if (ok) return { ...fields, status: 'passed', message: `${c.path} is ${withUnit(shown)} (needs ${c.op} ${withUnit(c.threshold)}).`, suggestions: [] };
  return {
    ...fields,
    status: failed,
    message: `${c.path} is ${withUnit(shown)}, but the gate requires ${c.op} ${withUnit(c.threshold)}.`,
    suggestions: [`Bring ${c.path} to ${c.op} ${withUnit(c.threshold)}, or change the condition "${c.text}" if the target moved on purpose.`],
    items: [{ text: `${c.path} = ${withUnit(shown)}; needs ${c.op} ${withUnit(c.threshold)}` }]
  };
}

/** A metric wins over a benchmark of the same name; the first benchmark of a name is used. */
function find(input: MetricGateInput, path: string): Subject | undefined {
  const metric = input.metrics.find((m) => m.path === path);
  if (metric) return { kind: 'metric', value: metric.value, ...(metric.unit ? { unit: metric.unit } : {}) };
  const bench = input.benchmarks?.find((b) => b.name === path);
  if (bench) return { kind: 'benchmark', value: bench.value, unit: bench.unit, ...(bench.normalized ? { normalized: bench.normalized } : {}) };
  return undefined;
}

/**
 * The subject's value in the threshold's unit: its own value when no unit is given or the units
 * are spelt the same, else through the base unit (a benchmark's normalised value first).
 */
function inUnitOf(s: Subject, unit: string | undefined): number | undefined {
  if (unit === undefined || unit === s.unit) return s.value;
  const target = UNITS[unit];
  if (!target) return undefined;
  if (s.normalized && s.normalized.unit === target.base) return s.normalized.value / target.factor;
  // Tools write per-iteration units: "ns/iter", "ns/op" are times.
  const own = s.unit === undefined ? undefined : UNITS[s.unit.replace(/\/(iter|op|call)$/, '')];
  return own && own.base === target.base ? (s.value * own.factor) / target.factor : undefined;
}

/** Equality allows a relative 1e-9 so that 0.1 + 0.2 == 0.3 holds, as the user means it. */
function holds(actual: number, op: MetricOperator, threshold: number): boolean {
  const equal = Math.abs(actual - threshold) <= 1e-9 * Math.max(1, Math.abs(actual), Math.abs(threshold));
  switch (op) {
    case '<': return actual < threshold && !equal;
    case '<=': return actual <= threshold || equal;
    case '>': return actual > threshold && !equal;
    case '>=': return actual >= threshold || equal;
    case '==': return equal;
    case '!=': return !equal;
  }
}

function missingMessage(input: MetricGateInput, path: string): string {
  const names = [...input.metrics.map((m) => m.path), ...(input.benchmarks ?? []).map((b) => b.name)];
  if (names.length === 0) return `No metric or benchmark named "${path}": no metrics or benchmarks were read at all.`;
  const closest = nearest(path, names);
  const more = closest.length > 5 ? `, and ${closest.length - 5} more` : '';
  return `No metric or benchmark named "${path}". Closest: ${closest.slice(0, 5).join(', ')}${more}.`;
}

function missingSuggestions(input: MetricGateInput): string[] {
  if (input.metrics.length === 0 && !input.benchmarks?.length) return ['Check that the metrics or benchmark report is given and was read (see `pipeline-gates parse`).'];
  return ['Check the spelling: metric paths are dotted (compliance.score), benchmark names are matched exactly.'];
}
