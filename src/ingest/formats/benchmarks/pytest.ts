import type { BenchmarksFormat, Chunks, ParsedBenchmarks } from '../../format.js';
import { asObject, num, numbers, readJsonEntries, Sink, str } from './common.js';
import { result } from './units.js';

/**
 * pytest-benchmark's `--benchmark-json` report, one entry per test under `benchmarks`.
 *
 * As github-action-benchmark reads it: name = `fullname`, value = `stats.ops` (rounds per second,
 * bigger-is-better) in `iter/sec`, range = `stddev: <seconds>`, extra = the mean in a readable unit
 * and the rounds. (The range is a standard deviation in seconds beside a value in ops/sec; kept
 * as is, because the strings are only shown, and history written by that action carries them.)
 *
 * Shown to people as time per round (`1.09 ms per round`, src/model/format.ts), the way
 * pytest-benchmark's own table reads; the stored value stays a rate so histories carry over.
 *
 * `stats.data` (every round's time per iteration, in seconds) becomes the samples, turned into
 * iter/sec like the value (1 / time), so samples and value share a unit. A `data` array with
 * anything but positive numbers (a hand-trimmed report) keeps no samples, with a warning.
 */
export const pytestFormat: BenchmarksFormat = {
  id: 'pytest-benchmark',
  kind: 'benchmarks',
  description: 'pytest-benchmark JSON (--benchmark-json)',
  sniff: (head) => /^\s*\{/.test(head) && /"machine_info"\s*:\s*\{/.test(head),
  parse: parsePytest
};

const EXPECTED = 'a pytest-benchmark JSON report (--benchmark-json) with "benchmarks"';

async function parsePytest(file: string, chunks: Chunks): Promise<ParsedBenchmarks> {
  const sink = new Sink(file);
  await readJsonEntries(sink, chunks, { paths: ['$.benchmarks.*'], root: 'object', expected: EXPECTED }, ({ value, at, label }) => {
    const bench = asObject(value, 'the benchmark');
    const name = str(bench, 'fullname');
    const stats = asObject(bench.stats, 'stats');
    const ops = num(stats, 'ops');
    const mean = num(stats, 'mean');
    const [shown, meanUnit] = readable(mean);
    const samples = opsSamples(stats.data);
    if (stats.data !== undefined && !samples) sink.warning(`${label}: stats.data holds something other than positive numbers; no samples kept for "${name}"`, at);
    sink.benchmarks.push(
      result({
        name,
        value: ops,
        unit: 'iter/sec',
        range: `stddev: ${num(stats, 'stddev')}`,
        extra: `mean: ${shown} ${meanUnit}\nrounds: ${num(stats, 'rounds')}`,
        direction: 'bigger-is-better',
        ...(samples && { samples })
      })
    );
  });
  return sink.done(EXPECTED);
}

/** The same thresholds and arithmetic as github-action-benchmark, so extra strings match exactly. */
function readable(seconds: number): [number, string] {
  if (seconds < 1.0e-6) return [seconds * 1e9, 'nsec'];
  if (seconds < 1.0e-3) return [seconds * 1e6, 'usec'];
  if (seconds < 1.0) return [seconds * 1e3, 'msec'];
  return [seconds, 'sec'];
}

function opsSamples(data: unknown): number[] | undefined {
  const times = numbers(data);
  return times && times.every((t) => t > 0) ? times.map((t) => 1 / t) : undefined;
}
