import type { BenchmarksFormat, Chunks, ParsedBenchmarks } from '../../format.js';
import { asObject, numbers, optNum, readJsonEntries, Sink, str, num, type Obj } from './common.js';
import { result } from './units.js';

/**
 * BenchmarkDotNet's JSON exporter (`--exporters json`, `*-report-full.json` or `-report-brief.json`).
 *
 * As github-action-benchmark reads it: name = `FullName`, value = `Statistics.Mean`, unit `ns`
 * (BenchmarkDotNet's statistics are always nanoseconds per operation), range = `± <StandardDeviation>`.
 *
 * Samples: `Statistics.OriginalValues` (every workload measurement per operation, outliers
 * included); a report without them (the brief exporter) falls back to the `Measurements` of the
 * actual workload (`Workload`/`Result`: nanoseconds ÷ operations). With `[MemoryDiagnoser]`,
 * `Memory.BytesAllocatedPerOperation` becomes a result `<name> - B/op`. A benchmark that did not
 * run (`Statistics: null`) is a warning.
 */
export const benchmarkdotnetFormat: BenchmarksFormat = {
  id: 'benchmarkdotnet',
  kind: 'benchmarks',
  description: 'BenchmarkDotNet JSON exporter (--exporters json)',
  sniff: (head) => /^\s*\{/.test(head) && /"(?:HostEnvironmentInfo|BenchmarkDotNetCaption)"\s*:/.test(head),
  parse: parseBenchmarkdotnet
};

const EXPECTED = 'a BenchmarkDotNet JSON report (--exporters json) with "Benchmarks"';

async function parseBenchmarkdotnet(file: string, chunks: Chunks): Promise<ParsedBenchmarks> {
  const sink = new Sink(file);
  await readJsonEntries(sink, chunks, { paths: ['$.Benchmarks.*'], root: 'object', expected: EXPECTED }, ({ value, at, label }) => {
    const bench = asObject(value, 'the benchmark');
    const name = str(bench, 'FullName');
    if (bench.Statistics === null || bench.Statistics === undefined) return sink.warning(`${label}: "${name}" has no statistics (the benchmark did not run)`, at);
    const stats = asObject(bench.Statistics, 'Statistics');
    const samples = numbers(stats.OriginalValues) ?? workload(bench.Measurements);
    sink.benchmarks.push(result({ name, value: num(stats, 'Mean'), unit: 'ns', range: `± ${num(stats, 'StandardDeviation')}`, ...(samples && { samples }) }));
    const memory = bench.Memory === undefined || bench.Memory === null ? undefined : asObject(bench.Memory, 'Memory');
    const allocated = memory && optNum(memory, 'BytesAllocatedPerOperation');
    if (allocated !== undefined) sink.benchmarks.push(result({ name: `${name} - B/op`, value: allocated, unit: 'B/op' }));
  });
  return sink.done(EXPECTED);
}

/** Nanoseconds per operation of each actual workload iteration, when every one is readable. */
function workload(measurements: unknown): number[] | undefined {
  if (!Array.isArray(measurements)) return undefined;
  const actual = measurements.filter((m): m is Obj => typeof m === 'object' && m !== null && (m as Obj).IterationMode === 'Workload' && (m as Obj).IterationStage === 'Result');
  const values = actual.map((m) => (typeof m.Nanoseconds === 'number' && typeof m.Operations === 'number' && m.Operations > 0 ? m.Nanoseconds / m.Operations : NaN));
  return values.length > 0 && values.every(Number.isFinite) ? values : undefined;
}
