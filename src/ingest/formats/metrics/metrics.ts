import { median } from '../../../stats/median.js';
import { Tokenizer, TokenType, type JsonTypes } from '@streamparser/json';
import type { Direction, Metric } from '../../../model/metrics.js';
import type { Problem } from '../../../model/problems.js';
import type { Chunks, MetricsFormat, ParsedMetrics } from '../../format.js';
import { clip } from '../../clip.js';
import { MAX_NAME } from '../../stream/limits.js';
import { SCALARS, Shape, streamJson, type JsonLocator, type JsonValue } from '../../stream/json-stream.js';
import { excerpt } from '../../../model/excerpt.js';
/**
 * A metrics file is one JSON object of named numbers; nested objects make dotted paths.
 * - A number is a metric: `{"compliance": {"score": 72}}` gives `compliance.score` = 72.
 * - An array of numbers is a metric's samples (canary analysis uses them); its value is the median.
 * - An object whose `value` or `samples` key holds anything but an object is ONE metric with
 *   metadata, not a group: `{"p99_latency": {"value": 8.2, "unit": "ms", "direction":
 *   "smaller-is-better"}}`. It may only have value, samples, unit and direction, so a misspelt
 *   `unti` or a sibling metric beside `value` is reported instead of silently dropped. (A group
 *   that needs a metric called "value" nests it: `{"g": {"value": {"value": 1}, "x": 2}}`.)
 * - Booleans are rejected, not read as 1/0: a gate compares a quantity in a direction, and a flag
 *   has neither; writing 1 or 0 on purpose costs nothing, while coercion would turn metadata such
 *   as `"cached": true` into a gated number by accident. Strings (even "72") and null are rejected
 *   the same way, each with its line and column.
 * - A file that is not valid JSON yields no metrics, only the located problem: half a file of
 *   named numbers cannot be told from a whole one with fewer metrics.
 */
export const metricsFormat: MetricsFormat = {
  id: 'metrics',
  kind: 'metrics',
  description: 'a JSON object of named numbers (nested objects make dotted paths)',
  sniff: sniffMetrics,
  parse: parseMetrics
};

const LEAF_KEYS = ['value', 'samples', 'unit', 'direction'];
const DIRECTIONS: readonly string[] = ['bigger-is-better', 'smaller-is-better'] satisfies Direction[];
type Path = (string | number)[];

async function parseMetrics(file: string, chunks: Chunks): Promise<ParsedMetrics> {
  const starts = new Map<string, number>();
  const duplicates: Path[] = [];
  let root: JsonValue | undefined;
  let locator: JsonLocator | undefined;
  const read = await streamJson(file, chunks, undefined, (event, l) => {
    locator = l;
    if (event.path.length === 0) root = event.value;
    // Numbers inside sample arrays are not located: a long array stays cheap.
    if (typeof event.value === 'number' && typeof event.path[event.path.length - 1] === 'number') return;
    const key = JSON.stringify(event.path);
    if (starts.has(key)) duplicates.push([...event.path]);
    starts.set(key, event.start);
  });
  if (read.problem) return { metrics: [], problems: [read.problem] };
  const collector = new Collector(file, starts, locator);
  for (const path of duplicates) collector.fail(path, 'this key appears twice in its object; only the last value is read');
  if (read.root === 'object') collector.group(root as JsonTypes.JsonObject, []);
  else if (read.root) collector.fail([], `expected a JSON object of named numbers, found ${read.root === 'array' ? 'an array' : 'a single value'}`);
  else collector.fail([], 'the file is empty: expected a JSON object of named numbers');
  return { metrics: collector.metrics(), problems: collector.problems };
}

class Collector {
  readonly problems: Problem[] = [];
  private readonly found: { readonly metric: Metric; readonly start: number }[] = [];
  private readonly names = new Set<string>();

  constructor(
    private readonly file: string,
    private readonly starts: ReadonlyMap<string, number>,
    private readonly locator: JsonLocator | undefined
  ) {}

  group(node: JsonTypes.JsonObject, prefix: Path): void {
    for (const [key, child] of Object.entries(node)) {
      const path = [...prefix, key];
      if (key === '') this.fail(path, 'a metric name cannot be empty');
      else if (isObject(child) && !isLeaf(child)) this.group(child, path);
      else if (isObject(child)) this.leaf(path, child);
      else if (Array.isArray(child)) this.add(path, {}, this.samples(path, child));
      else this.add(path, { value: this.number(path, child) });
    }
  }

  /** `value` wins when given; otherwise the median of `samples`. */
  private leaf(path: Path, node: JsonTypes.JsonObject): void {
    for (const key of Object.keys(node)) {
      if (!LEAF_KEYS.includes(key)) {
        this.fail([...path, key], `${excerpt(key)} is not a metric field: an object with "value" or "samples" is one metric and may only have ${LEAF_KEYS.join(', ')}`);
      }
    }
    const samples = 'samples' in node ? this.samples([...path, 'samples'], node.samples) : undefined;
    if ('samples' in node && !samples) return;
    const unit = node.unit;
    if (unit !== undefined && (typeof unit !== 'string' || !unit)) this.fail([...path, 'unit'], 'unit must be a non-empty string');
    const direction = node.direction;
    if (direction !== undefined && !DIRECTIONS.includes(direction as string)) {
      this.fail([...path, 'direction'], `direction must be ${DIRECTIONS.map((d) => `"${d}"`).join(' or ')}, found ${excerpt(direction)}`);
    }
    const meta = {
      ...('value' in node && { value: this.number([...path, 'value'], node.value) }),
      ...(typeof unit === 'string' && unit && { unit }),
      ...(DIRECTIONS.includes(direction as string) && { direction: direction as Direction })
    };
    this.add(path, meta, samples);
  }

  private add(path: Path, meta: Partial<Metric>, samples?: number[]): void {
    if (meta.value === undefined && 'value' in meta) return; // a bad value, already reported
    const value = meta.value ?? (samples && median(samples));
    if (value === undefined) return;
    const name = clip(path.join('.'), MAX_NAME);
    if (this.names.has(name)) return this.fail(path, `the metric "${name}" is given twice (a dotted key and a nested object name the same path)`);
    this.names.add(name);
    this.found.push({ metric: { path: name, ...meta, value, ...(samples && { samples }) }, start: this.startOf(path) ?? 0 });
  }

  private samples(path: Path, raw: unknown): number[] | undefined {
    if (!Array.isArray(raw)) return void this.fail(path, 'samples must be an array of numbers');
    if (raw.length === 0) return void this.fail(path, 'an empty array has no samples to take a value from');
    const out: number[] = [];
    for (const [i, v] of raw.entries()) {
      const n = this.number([...path, i], v);
      if (n === undefined) return undefined;
      out.push(n);
    }
    return out;
  }

  private number(path: Path, raw: unknown): number | undefined {
    if (typeof raw === 'number') return Number.isFinite(raw) ? raw : void this.fail(path, 'the number is too large');
    if (typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw))) {
      return void this.fail(path, `${excerpt(raw)} is a string; write the number ${Number(raw)} without quotes`);
    }
    const found = raw === null ? 'null' : typeof raw === 'boolean' ? String(raw) : typeof raw === 'string' ? excerpt(raw) : Array.isArray(raw) ? 'an array' : 'an object';
    const hint = typeof raw === 'boolean' ? ' (write 1 or 0 if it counts something)' : raw === null ? ' (leave out a metric that was not measured)' : '';
    return void this.fail(path, `expected a number, found ${found}${hint}`);
  }

  fail(path: Path, message: string): void {
    const start = this.startOf(path);
    const at = start === undefined ? undefined : this.locator?.locate(start);
    const name = path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
    this.problems.push({ file: this.file, ...at, message: name ? `${name}: ${message}` : message });
  }

  /** Where a value starts; an unlocated one (a number in an array) is placed at its nearest container. */
  private startOf(path: Path): number | undefined {
    for (let n = path.length; n >= 0; n--) {
      const start = this.starts.get(JSON.stringify(path.slice(0, n)));
      if (start !== undefined) return start;
    }
    return undefined;
  }

  metrics(): Metric[] {
    return [...this.found].sort((a, b) => a.start - b.start).map((f) => f.metric);
  }
}

function isObject(v: unknown): v is JsonTypes.JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isLeaf(node: JsonTypes.JsonObject): boolean {
  return (['value', 'samples'] as const).some((k) => k in node && !isObject(node[k]));
}


/** Keys that mark another format's JSON whose leaves may also be numbers (never claim those). */
const FOREIGN_KEYS = new Set([
  'runs', '$schema', // SARIF
  'pct', 'covered', 'statementMap', 'fnMap', 'branchMap', // istanbul coverage-summary / coverage-final
  'benchmarks', 'context', 'machine_info', // Google Benchmark, pytest-benchmark
  'results', 'numTotalTests' // hyperfine, Jest --json
]);

/**
 * Conservative: a `.json` file whose head is an object with at least one number, where every
 * string is a `unit` or `direction`, there are no booleans or nulls, and no key looks like another
 * format's or like a test id or file path (pytest-split and knapsack timings are also flat
 * objects of numbers). Anything else needs an explicit `format: metrics`.
 */
function sniffMetrics(head: string, fileName: string): boolean {
  if (!/\.json$/i.test(fileName) || !/^\s*\{/.test(head)) return false;
  const shape = new Shape();
  const tokenizer = new Tokenizer();
  let ok = true;
  let numbers = 0;
  let key = '';
  tokenizer.onToken = (t) => {
    const isKey = shape.expecting === 'key' || shape.expecting === 'key-or-close';
    if (!ok || shape.advance(t)) return void (ok = false);
    if (isKey && t.token === TokenType.STRING) {
      key = t.value as string;
      ok = !FOREIGN_KEYS.has(key) && !/::|[/\\]/.test(key);
    } else if (t.token === TokenType.NUMBER) numbers++;
    else if (t.token === TokenType.STRING) ok = key === 'unit' || key === 'direction';
    else if (SCALARS.has(t.token)) ok = false;
  };
  tokenizer.onError = () => void (ok = false);
  tokenizer.write(head); // the head may stop mid-document: judge what it shows, without end()
  return ok && numbers > 0;
}
