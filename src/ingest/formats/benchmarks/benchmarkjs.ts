import { readLines } from '../../stream/decode.js';
import type { BenchmarksFormat, Chunks, ParsedBenchmarks } from '../../format.js';
import { isPlainText, Sink } from './common.js';
import { result } from './units.js';
import { excerpt } from '../../../model/excerpt.js';

/**
 * Benchmark.js cycle lines, `String(event.target)` as its examples print them:
 *
 *     fib(20) x 12,146 ops/sec ±0.32% (96 runs sampled)
 *
 * The name is everything before the last " x ", so names may contain " x " themselves. The
 * `±` is the relative margin of error; benchmark.js prints no samples. Ops/sec is bigger-is-better.
 * "(1 run sampled)" is read too (github-action-benchmark wants "runs").
 */
export const benchmarkjsFormat: BenchmarksFormat = {
  id: 'benchmarkjs',
  kind: 'benchmarks',
  description: 'benchmark.js output ("name x 1,234 ops/sec ±0.5% (90 runs sampled)")',
  sniff: (head) => isPlainText(head) && /^.+ x [\d,.]+ \S+ (?:±|\+-)[\d.]+% \(\d+ runs? sampled\)\s*$/m.test(head),
  parse: parseBenchmarkjs
};

const REST = /^ x ([\d,]*\.?\d+) +(\S+) +((?:±|\+-)[^%]+%) \((\d+) runs? sampled\)\s*$/;
const EXPECTED = 'lines like "fib(20) x 12,146 ops/sec ±0.32% (96 runs sampled)"';

async function parseBenchmarkjs(file: string, chunks: Chunks): Promise<ParsedBenchmarks> {
  const sink = new Sink(file);
  for await (const { text, number } of readLines(chunks)) {
    const at = text.lastIndexOf(' x ');
    if (at <= 0) continue;
    const m = REST.exec(text.slice(at));
    if (!m) {
      // Only a line that ends like a cycle line is a broken one; other text is the program's own.
      if (/ sampled\)\s*$/.test(text)) sink.problem(`expected "x <value> <unit> ±<margin>% (<n> runs sampled)" after the name, found ${excerpt(text.slice(at + 1))}`, { line: number, column: at + 2 });
      continue;
    }
    const [, value = '', unit = '', range = '', runs = ''] = m;
    sink.benchmarks.push(result({ name: text.slice(0, at), value: Number(value.replace(/,/g, '')), unit, range, extra: `${runs} samples` }));
  }
  return sink.done(EXPECTED);
}
