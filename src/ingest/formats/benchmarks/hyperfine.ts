import type { BenchmarksFormat, Chunks, ParsedBenchmarks } from '../../format.js';
import { asObject, num, numbers, optNum, readJsonEntries, Sink, str } from './common.js';
import { result } from './units.js';

/**
 * hyperfine's `--export-json`: `{"results": [{command, mean, stddev, median, user, system, min,
 * max, times, exit_codes, parameters?}]}`, every time in seconds.
 *
 * name = `command` (the `-n` name when given; parameter values already substituted), value =
 * `mean` (hyperfine's headline), unit `s`, range = `± <stddev>` (null for a single run: no range),
 * extra = median, user and system time and the run count; `times` are the samples. A command
 * with non-zero exit codes (only possible with `--ignore-failure`) is kept, with a warning: its
 * times may measure an early exit.
 */
export const hyperfineFormat: BenchmarksFormat = {
  id: 'hyperfine',
  kind: 'benchmarks',
  description: 'hyperfine JSON (--export-json)',
  sniff: (head) => /^\s*\{\s*"results"\s*:\s*\[\s*\{\s*"command"\s*:/.test(head),
  parse: parseHyperfine
};

const EXPECTED = 'a hyperfine JSON export (--export-json) with "results"';

async function parseHyperfine(file: string, chunks: Chunks): Promise<ParsedBenchmarks> {
  const sink = new Sink(file);
  await readJsonEntries(sink, chunks, { paths: ['$.results.*'], root: 'object', expected: EXPECTED }, ({ value, at, label }) => {
    const run = asObject(value, 'the result');
    const name = str(run, 'command');
    const times = numbers(run.times);
    const stddev = optNum(run, 'stddev');
    const failed = Array.isArray(run.exit_codes) ? run.exit_codes.filter((c) => c !== 0).length : 0;
    if (failed > 0) sink.warning(`${label}: "${name}" exited with a non-zero code in ${failed} of ${run.exit_codes instanceof Array ? run.exit_codes.length : '?'} runs`, at);
    const extra = [
      `median: ${num(run, 'median')} s`,
      `user: ${num(run, 'user')} s`,
      `system: ${num(run, 'system')} s`,
      times && `runs: ${times.length}`
    ]
      .filter(Boolean)
      .join('\n');
    sink.benchmarks.push(
      result({ name, value: num(run, 'mean'), unit: 's', ...(stddev !== undefined && { range: `± ${stddev}` }), extra, ...(times && { samples: times }) })
    );
  });
  return sink.done(EXPECTED);
}
