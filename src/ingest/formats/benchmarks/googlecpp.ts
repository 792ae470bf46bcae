import type { Position } from '../../stream/json-stream.js';
import type { BenchmarksFormat, Chunks, ParsedBenchmarks } from '../../format.js';
import { asObject, num, optNum, optStr, readJsonEntries, Sink, str, type Obj } from './common.js';
import { median, result } from './units.js';

/**
 * Google Benchmark's `--benchmark_format=json` (or `--benchmark_out=x.json`).
 *
 * One result per run (`run_name`): value = `real_time`, unit `<time_unit>/iter`, extra = iterations,
 * CPU time and threads, as github-action-benchmark reads a single run. With
 * `--benchmark_repetitions=N` the N `run_type: "iteration"` entries of a run are its samples and the
 * value is their median (Google Benchmark's own `_median`); the `_mean`/`_median`/`_stddev`/`_cv`
 * aggregate entries are not results of their own (github-action-benchmark lists each repetition
 * and each aggregate as a separate benchmark). A run written with
 * `--benchmark_report_aggregates_only` has no iterations: its `median` aggregate (else `mean`) is
 * the value, without samples.
 *
 * `bytes_per_second` and `items_per_second` (SetBytesProcessed, SetItemsProcessed) become results
 * `<name> - bytes_per_second` (B/s) and `<name> - items_per_second` (items/s), bigger-is-better.
 * Other user counters are not read: the JSON does not say whether more is better. A run skipped
 * with an error (`error_occurred`, `skipped`) is a warning, not a result.
 */
export const googlecppFormat: BenchmarksFormat = {
  id: 'googlecpp',
  kind: 'benchmarks',
  description: 'Google Benchmark JSON (--benchmark_format=json)',
  sniff: (head) => /^\s*\{\s*"context"\s*:\s*\{/.test(head) && /"(?:num_cpus|mhz_per_cpu|library_build_type)"\s*:/.test(head),
  parse: parseGooglecpp
};

const EXPECTED = 'a Google Benchmark JSON report (--benchmark_format=json) with "benchmarks"';
const RATES = [
  ['bytes_per_second', 'B/s'],
  ['items_per_second', 'items/s']
] as const;

interface Run {
  readonly name: string;
  readonly unit: string;
  readonly iterations: Obj[];
  readonly aggregates: Map<string, Obj>;
}

async function parseGooglecpp(file: string, chunks: Chunks): Promise<ParsedBenchmarks> {
  const sink = new Sink(file);
  const runs = new Map<string, Run>();
  const ok = await readJsonEntries(sink, chunks, { paths: ['$.benchmarks.*'], root: 'object', expected: EXPECTED }, ({ value, at, label }) => {
    const entry = asObject(value, 'the benchmark');
    const name = str(entry, 'run_name' in entry ? 'run_name' : 'name');
    if (skipped(entry, sink, `${label}: "${name}"`, at)) return;
    const unit = str(entry, 'time_unit');
    num(entry, 'real_time');
    const run: Run = runs.get(name) ?? { name, unit, iterations: [], aggregates: new Map() };
    runs.set(name, run);
    if (optStr(entry, 'run_type') === 'aggregate') run.aggregates.set(optStr(entry, 'aggregate_name') ?? '', entry);
    else run.iterations.push(entry);
  });
  if (ok) for (const run of runs.values()) emit(sink, run);
  return sink.done(EXPECTED);
}

function skipped(entry: Obj, sink: Sink, what: string, at?: Position): boolean {
  if (entry.error_occurred !== true && entry.skipped !== true && entry.skipped !== 'error' && entry.skipped !== 'user') return false;
  const reason = optStr(entry, 'error_message') ?? optStr(entry, 'skip_message') ?? 'no reason given';
  sink.warning(`${what} was skipped: ${reason}`, at);
  return true;
}

function emit(sink: Sink, run: Run): void {
  const repeated = run.iterations.length > 1;
  const basis = run.iterations.length > 0 ? run.iterations : [run.aggregates.get('median') ?? run.aggregates.get('mean')].filter((e) => e !== undefined);
  if (basis.length === 0) return;
  const pick = (key: string): number[] | undefined => {
    const values = basis.map((e) => optNum(e, key));
    return values.every((v) => v !== undefined) ? (values as number[]) : undefined;
  };
  const value = (values: number[]): number => (repeated ? median(values) : values[0]!);
  const times = pick('real_time')!;
  const cpu = pick('cpu_time');
  const first = basis[0]!;
  const extra = [
    first.iterations !== undefined && `iterations: ${String(first.iterations)}`,
    cpu && `cpu: ${value(cpu)} ${run.unit}`,
    first.threads !== undefined && `threads: ${String(first.threads)}`,
    repeated && `repetitions: ${basis.length}`,
    run.iterations.length === 0 && `aggregate: ${run.aggregates.has('median') ? 'median' : 'mean'}`
  ]
    .filter(Boolean)
    .join('\n');
  const samples = repeated ? { samples: times } : {};
  sink.benchmarks.push(result({ name: run.name, value: value(times), unit: `${run.unit}/iter`, extra, ...samples }));
  for (const [key, unit] of RATES) {
    const rates = pick(key);
    if (rates) sink.benchmarks.push(result({ name: `${run.name} - ${key}`, value: value(rates), unit, direction: 'bigger-is-better', ...(repeated && { samples: rates }) }));
  }
}
