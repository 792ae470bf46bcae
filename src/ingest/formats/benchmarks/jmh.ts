import type { BetterDirection } from '../../../model/benchmarks.js';
import type { BenchmarksFormat, Chunks, ParsedBenchmarks } from '../../format.js';
import { asObject, num, optStr, readJsonEntries, Sink, str } from './common.js';
import { inferDirection, result } from './units.js';

/**
 * JMH's `-rf json` report: an array with one entry per benchmark (and parameter set).
 *
 * As github-action-benchmark reads it: name = `benchmark` plus ` ( {"param":"value"} )` when it
 * has params, value = `primaryMetric.score`, unit = `scoreUnit`, extra = measurement iterations,
 * forks and threads. Fix: the direction comes from the mode. Throughput (`thrpt`, ops/s) is
 * bigger-is-better; average time, sample time and single shot (`avgt`, `sample`, `ss`, s/op) are
 * smaller-is-better. github-action-benchmark treats every JMH result as smaller-is-better, so a
 * faster throughput benchmark raises its alert.
 *
 * Samples: `primaryMetric.rawData`, one score per measurement iteration of every fork, in
 * `scoreUnit`. Sample mode writes a histogram instead (`rawDataHistogram`), which is not expanded.
 * Secondary metrics (profilers' `·gc.alloc.rate` and the like) are not read: their direction
 * differs metric by metric and the report does not say it.
 */
export const jmhFormat: BenchmarksFormat = {
  id: 'jmh',
  kind: 'benchmarks',
  description: 'JMH JSON (-rf json)',
  sniff: (head) => /^\s*\[\s*\{/.test(head) && /"jmhVersion"\s*:/.test(head),
  parse: parseJmh
};

const EXPECTED = 'a JMH JSON report (-rf json): an array of benchmarks';
const MODES: Readonly<Record<string, BetterDirection>> = {
  thrpt: 'bigger-is-better',
  avgt: 'smaller-is-better',
  sample: 'smaller-is-better',
  ss: 'smaller-is-better'
};

async function parseJmh(file: string, chunks: Chunks): Promise<ParsedBenchmarks> {
  const sink = new Sink(file);
  await readJsonEntries(sink, chunks, { paths: ['$.*'], root: 'array', expected: EXPECTED }, ({ value }) => {
    const bench = asObject(value, 'the benchmark');
    const params = bench.params === undefined || bench.params === null ? '' : ` ( ${JSON.stringify(asObject(bench.params, 'params'))} )`;
    const metric = asObject(bench.primaryMetric, 'primaryMetric');
    const unit = str(metric, 'scoreUnit');
    const mode = optStr(bench, 'mode');
    const samples = rawData(metric.rawData);
    sink.benchmarks.push(
      result({
        name: `${str(bench, 'benchmark')}${params}`,
        value: num(metric, 'score'),
        unit,
        extra: `iterations: ${String(bench.measurementIterations)}\nforks: ${String(bench.forks)}\nthreads: ${String(bench.threads)}`,
        direction: (mode ? MODES[mode] : undefined) ?? inferDirection(unit),
        ...(samples && { samples })
      })
    );
  });
  return sink.done(EXPECTED);
}

/** `[[fork 1 iterations...], [fork 2 ...]]` flattened; kept only when every score is a number. */
function rawData(raw: unknown): number[] | undefined {
  if (!Array.isArray(raw) || !raw.every(Array.isArray)) return undefined;
  const flat = (raw as unknown[][]).flat();
  return flat.length > 0 && flat.every((v) => typeof v === 'number' && Number.isFinite(v)) ? (flat as number[]) : undefined;
}
