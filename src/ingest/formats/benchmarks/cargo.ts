import { readLines } from '../../stream/decode.js';
import type { BenchmarksFormat, Chunks, ParsedBenchmarks } from '../../format.js';
import { isPlainText, Sink } from './common.js';
import { result } from './units.js';
import { excerpt } from '../../../model/excerpt.js';

/**
 * Rust benchmark lines in libtest's format: `cargo bench` with `#[bench]` (nightly), and criterion
 * or divan run with `--output-format bencher`:
 *
 *     test bench_fib_20 ... bench:      18,149 ns/iter (+/- 755)
 *     test bench_copy   ... bench:         130.40 ns/iter (+/- 71.55) = 31507 MB/s
 *
 * The `±` is libtest's spread (max − min of the middle samples), not a standard deviation; it is
 * kept as written (`range: "± 755"`). When `b.bytes` is set, libtest appends the throughput:
 * github-action-benchmark's pattern ends at the `)`, so it drops such lines entirely; we read the
 * line and add the throughput as a result `<name> - MB/s`, bigger-is-better.
 */
export const cargoFormat: BenchmarksFormat = {
  id: 'cargo',
  kind: 'benchmarks',
  description: 'cargo bench (libtest #[bench]) and criterion --output-format bencher lines',
  sniff: (head) => isPlainText(head) && /^test .+ \.\.\. bench:\s+[\d,.]+ \S+ \(\+\/- [\d,.]+\)/m.test(head),
  parse: parseCargo
};

const LINE = /^test (.+?)\s+\.\.\. bench:\s+([\d,]*\.?\d+) (\S+) \(\+\/- ([\d,]*\.?\d+)\)(?: = ([\d,]*\.?\d+) (\S+))?\s*$/;
const EXPECTED = 'lines like "test bench_fib_20 ... bench:   18,149 ns/iter (+/- 755)"';

async function parseCargo(file: string, chunks: Chunks): Promise<ParsedBenchmarks> {
  const sink = new Sink(file);
  for await (const { text, number } of readLines(chunks)) {
    if (!text.startsWith('test ') || !text.includes(' ... bench:')) continue;
    const m = LINE.exec(text);
    if (!m) {
      const column = text.indexOf(' ... bench:') + ' ... bench:'.length + 1;
      sink.problem(`expected "<value> <unit> (+/- <spread>)" after "bench:", found ${excerpt(text.slice(column - 1).trim())}`, { line: number, column });
      continue;
    }
    const [, rawName = '', value = '', unit = '', spread = '', throughput, throughputUnit] = m;
    const name = rawName.trim();
    sink.benchmarks.push(result({ name, value: parseNumber(value), unit, range: `± ${spread.replace(/,/g, '')}` }));
    if (throughput && throughputUnit) {
      sink.benchmarks.push(result({ name: `${name} - ${throughputUnit}`, value: parseNumber(throughput), unit: throughputUnit, direction: 'bigger-is-better' }));
    }
  }
  return sink.done(EXPECTED);
}

/** libtest groups thousands with commas: `18,149` and `317,642.72`. */
function parseNumber(text: string): number {
  return Number(text.replace(/,/g, ''));
}
