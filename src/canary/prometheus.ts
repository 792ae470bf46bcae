import type { Problem } from '../model/problems.js';
import type { Chunks } from '../ingest/format.js';
import { streamJson, type Position } from '../ingest/stream/json-stream.js';
import { excerpt } from '../model/excerpt.js';

/**
 * A Prometheus HTTP API response (`/api/v1/query_range` or `/api/v1/query`), as users save it with
 * `curl -G …/api/v1/query_range --data-urlencode 'query=…' > canary.json`:
 *
 *   {"status":"success","data":{"resultType":"matrix","result":[
 *     {"metric":{"deployment":"canary"},"values":[[1718000000,"0.215"],[1718000030,"NaN"]]}]}}
 *
 * - `matrix` (query_range) gives each series' `values`; `vector` (an instant query) one `value`.
 *   `scalar` and `string` results name no series and are refused with the fix.
 * - Values are strings because JSON has no NaN or infinity. They are read as Prometheus meant
 *   them: "NaN" (e.g. histogram_quantile over a window without requests) is NaN and "+Inf"/"-Inf"
 *   are ±Infinity. Dropping or clamping them is the caller's decision, not the parser's.
 * - `"status":"error"` (a bad query, a timeout) is a problem quoting Prometheus's errorType and
 *   error: a saved error page must never read as "no series, nothing wrong".
 * - Every shape problem names the JSON path (`data.result[2].values[7]`) and the line.
 *
 * Key order is free (`jq -S` puts `data` before `status` and `result` before `resultType`), so the
 * series are kept as they come and interpreted once the whole document is read. A response holds
 * at most Prometheus's 11,000 points per series, so keeping the result is cheap.
 */

export type PrometheusResultType = 'matrix' | 'vector';

export interface PrometheusSeries {
  /** Every label of the series, `__name__` included when the query kept it. */
  readonly labels: Readonly<Record<string, string>>;
  /** Unix time in seconds, one per value. */
  readonly timestamps: readonly number[];
  readonly values: readonly number[];
  /** Where the series is, for messages: `data.result[2]`. */
  readonly path: string;
  readonly line?: number;
}

export interface ParsedPrometheus {
  readonly resultType?: PrometheusResultType;
  /** Empty when there is any problem: half a response cannot be told from a whole one. */
  readonly series: PrometheusSeries[];
  readonly problems: Problem[];
  /** Prometheus's own `warnings` / `infos`, and series we skipped on purpose. */
  readonly warnings: Problem[];
}

const EXPECTED = 'a Prometheus API response: {"status":"success","data":{"resultType":"matrix","result":[{"metric":{…},"values":[[<unix time>,"<value>"],…]}]}}';
const PATHS = ['$.status', '$.errorType', '$.error', '$.warnings', '$.infos', '$.data.resultType', '$.data.result', '$.data.result.*'];
/** One systematic mistake in 10,000 points must not produce 10,000 messages. */
const MAX_PROBLEMS = 20;

/** True for a JSON object that is certainly a Prometheus API response (either key order). */
export function sniffPrometheus(head: string): boolean {
  if (!/^\s*\{/.test(head)) return false;
  const status = /"status"\s*:\s*"(success|error)"/.test(head) && /"(resultType|errorType)"\s*:/.test(head);
  const resultType = /"resultType"\s*:\s*"(matrix|vector|scalar|string)"/.test(head);
  const sorted = /^\s*\{\s*"data"\s*:\s*\{\s*"result"\s*:\s*\[\s*(\]|\{\s*"metric"\s*:)/.test(head);
  return status || resultType || sorted;
}

interface RawEntry {
  readonly value: unknown;
  readonly index: number;
  readonly at?: Position;
}

export async function parsePrometheus(file: string, chunks: Chunks): Promise<ParsedPrometheus> {
  const top = new Map<string, { value: unknown; at?: Position }>();
  const entries: RawEntry[] = [];
  const read = await streamJson(file, chunks, PATHS, (event, locator) => {
    const at = locator.locate(event.start);
    const key = event.path.join('.');
    if (event.path.length === 3 && event.path[0] === 'data' && event.path[1] === 'result') {
      entries.push({ value: event.value, index: typeof event.path[2] === 'number' ? event.path[2] : -1, ...(at && { at }) });
    } else top.set(key, { value: event.value, ...(at && { at }) });
  });
  const reader = new Reader(file);
  if (read.problem) return reader.fail(read.problem);
  if (read.root !== 'object') return reader.fail({ file, line: 1, column: 1, message: read.root ? `expected ${EXPECTED}, found ${read.root === 'array' ? 'an array' : 'a single value'}` : `the file is empty: expected ${EXPECTED}` });
  for (const key of ['warnings', 'infos']) reader.notes(top.get(key));
  const status = top.get('status');
  if (status?.value === 'error') {
    const type = top.get('errorType')?.value;
    const error = top.get('error')?.value;
    const what = `${typeof type === 'string' && type ? ` (${type})` : ''}${typeof error === 'string' && error ? `: ${error}` : ''}`;
    return reader.fail({ file, ...status.at, message: `Prometheus answered with an error${what}; fix the query and export it again` });
  }
  if (status && status.value !== 'success') return reader.fail({ file, ...status.at, message: `status: expected "success" or "error", found ${describe(status.value)}` });
  const type = top.get('data.resultType');
  if (!type) return reader.fail({ file, message: `data.resultType is missing: expected ${EXPECTED}` });
  if (type.value === 'scalar' || type.value === 'string') {
    return reader.fail({ file, ...type.at, message: `data.resultType is "${type.value}": a ${type.value} names no series; query a vector (e.g. sum by (deployment) (…)) instead` });
  }
  if (type.value !== 'matrix' && type.value !== 'vector') return reader.fail({ file, ...type.at, message: `data.resultType: expected "matrix" or "vector", found ${describe(type.value)}` });
  const result = top.get('data.result');
  if (!result) return reader.fail({ file, ...type.at, message: 'data.result is missing: expected an array of series' });
  if (!Array.isArray(result.value)) return reader.fail({ file, ...result.at, message: `data.result: expected an array of series, found ${describe(result.value)}` });
  for (const entry of entries) reader.series(entry, type.value);
  return reader.result(type.value);
}

class Reader {
  private readonly found: PrometheusSeries[] = [];
  private readonly problems: Problem[] = [];
  private readonly warnings: Problem[] = [];

  constructor(private readonly file: string) {}

  fail(problem: Problem): ParsedPrometheus {
    return { series: [], problems: [problem], warnings: this.warnings };
  }

  notes(entry: { value: unknown; at?: Position } | undefined): void {
    if (!entry || !Array.isArray(entry.value)) return;
    for (const note of entry.value) if (typeof note === 'string') this.warnings.push({ file: this.file, ...entry.at, message: `Prometheus: ${note}` });
  }

  series(entry: RawEntry, type: PrometheusResultType): void {
    const path = `data.result[${entry.index}]`;
    const problem = (where: string, message: string): void => {
      if (this.problems.length < MAX_PROBLEMS) this.problems.push({ file: this.file, ...entry.at, message: `${where}: ${message}` });
    };
    const raw = entry.value;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return problem(path, `expected a series object {"metric":{…},"${type === 'matrix' ? 'values' : 'value'}":…}, found ${describe(raw)}`);
    const obj = raw as Record<string, unknown>;
    const labels = this.labels(obj.metric, `${path}.metric`, problem);
    if (!labels) return;
    const key = type === 'matrix' ? 'values' : 'value';
    if (!(key in obj)) {
      if ('histograms' in obj || 'histogram' in obj) {
        this.warnings.push({ file: this.file, ...entry.at, message: `${path}: native histogram samples are not read; query histogram_quantile(…) for a number per point` });
        return;
      }
      return problem(`${path}.${key}`, `is missing: a ${type} series has "${key}"`);
    }
    const points = type === 'matrix' ? obj.values : [obj.value];
    if (!Array.isArray(points)) return problem(`${path}.values`, `expected an array of [<unix time>, "<value>"] pairs, found ${describe(points)}`);
    const timestamps: number[] = [];
    const values: number[] = [];
    for (const [i, point] of points.entries()) {
      const where = type === 'matrix' ? `${path}.values[${i}]` : `${path}.value`;
      const parsed = readPoint(point);
      if (typeof parsed === 'string') return problem(where, parsed);
      timestamps.push(parsed[0]);
      values.push(parsed[1]);
    }
    this.found.push({ labels, timestamps, values, path, ...(entry.at && { line: entry.at.line }) });
  }

  private labels(raw: unknown, where: string, problem: (where: string, message: string) => void): Record<string, string> | undefined {
    if (raw === undefined) return {};
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return void problem(where, `expected an object of label names to values, found ${describe(raw)}`);
    for (const [name, value] of Object.entries(raw)) {
      if (typeof value !== 'string') return void problem(`${where}.${name}`, `a label value must be a string, found ${describe(value)}`);
    }
    return { ...(raw as Record<string, string>) };
  }

  result(type: PrometheusResultType): ParsedPrometheus {
    if (this.problems.length) return { resultType: type, series: [], problems: this.problems, warnings: this.warnings };
    return { resultType: type, series: this.found, problems: [], warnings: this.warnings };
  }
}

/** `[1718000000.123, "0.25"]` → [time, value], or what is wrong with it. */
function readPoint(point: unknown): [number, number] | string {
  const expected = 'expected [<unix time>, "<value>"]';
  if (!Array.isArray(point) || point.length !== 2) return `${expected}, found ${describe(point)}`;
  const [time, raw] = point as [unknown, unknown];
  if (typeof time !== 'number' || !Number.isFinite(time)) return `${expected}: the time is ${describe(time)}`;
  const value = sampleValue(raw);
  return value === undefined ? `${expected}: the value is ${describe(raw)}, not a number Prometheus writes (e.g. "0.25", "NaN", "+Inf")` : [time, value];
}

/** Prometheus's float text: Go's decimal or exponent form, "NaN", "+Inf", "-Inf". */
export function sampleValue(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined; // some proxies write numbers
  if (typeof raw !== 'string') return undefined;
  if (raw === 'NaN') return NaN;
  if (/^[+]?Inf$/.test(raw)) return Infinity;
  if (raw === '-Inf') return -Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw)) return undefined;
  return Number(raw);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length <= 3 && value.every((v) => typeof v !== 'object') ? excerpt(value) : `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return excerpt(value);
  return String(value);
}
