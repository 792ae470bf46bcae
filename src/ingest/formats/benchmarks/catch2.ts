import { readLines } from '../../stream/decode.js';
import type { BenchmarksFormat, Chunks, ParsedBenchmarks } from '../../format.js';
import { isPlainText, Sink } from './common.js';
import { result } from './units.js';
import { excerpt } from '../../../model/excerpt.js';

/**
 * Catch2's console reporter (v2 "estimated", v3.5+ "est run time"), one table per test case:
 *
 *     benchmark name                       samples       iterations    estimated
 *                                          mean          low mean      high mean
 *                                          std dev       low std dev   high std dev
 *     -------------------------------------------------------------------------------
 *     Fibonacci 20                                   100             2     8.3712 ms
 *                                              41.731 us      41.25 us     42.622 us
 *                                                  362 ns        234 ns        539 ns
 *
 * value = mean, range = std dev, extra = samples and iterations, as github-action-benchmark reads
 * it, with two fixes: a name too long for its column is wrapped by Catch2 over several lines, and
 * is joined back (github-action-benchmark keeps only the last piece); and the std dev keeps its
 * unit when it differs from the mean's (`± 362 ns` beside `3.789 us`, not `± 362`). Tables of
 * `--benchmark-no-analysis` runs ("... iterations    mean", one line per benchmark) are read too.
 */
export const catch2Format: BenchmarksFormat = {
  id: 'catch2',
  kind: 'benchmarks',
  description: 'Catch2 v2/v3 console benchmark tables',
  sniff: (head) => isPlainText(head) && HEADER.test(head),
  parse: parseCatch2
};

const HEADER = /^benchmark name +samples +iterations +(estimated|est run time|mean)\s*$/m;
const NUMBER = String.raw`(\d+(?:\.\d+)?(?:e[+-]?\d+)?)`;
const UNIT = '(ns|us|µs|ms|s)';
const START = new RegExp(String.raw`^(.*?)\s+(\d+)\s+(\d+)\s+${NUMBER} ${UNIT}\s*$`);
const TRIPLE = new RegExp(String.raw`^\s+${NUMBER} ${UNIT}\s+${NUMBER} ${UNIT}\s+${NUMBER} ${UNIT}\s*$`);
const RULE = /^(?:-{3,}|={3,}|~{3,}|\.{3,})\s*$/;
const EXPECTED = 'Catch2 benchmark tables (a "benchmark name   samples   iterations ..." header and its rows)';

interface Pending {
  readonly name: string;
  readonly extra: string;
  readonly line: number;
  mean?: { readonly value: number; readonly unit: string };
}

class Catch2Reader {
  private state: 'search' | 'header' | 'rows' = 'search';
  private analysis = true;
  private nameParts: string[] = [];
  private pending?: Pending;
  private headerLine = 0;

  constructor(private readonly sink: Sink) {}

  line(text: string, number: number): void {
    if (this.pending) return this.row(text, number, this.pending);
    const header = HEADER.exec(text);
    if (header) {
      this.state = 'header';
      this.headerLine = number;
      this.analysis = header[1] !== 'mean';
    } else if (this.state === 'header') {
      if (/^-{3,}\s*$/.test(text)) this.state = 'rows';
    } else if (this.state === 'rows') this.startRow(text, number);
  }

  end(): void {
    if (this.pending) this.sink.problem(`benchmark "${this.pending.name}" ends before its ${this.pending.mean ? 'std dev' : 'mean'} line`);
    if (this.state === 'header') this.sink.problem('the benchmark table header is not followed by its "-----" rule', { line: this.headerLine, column: 1 });
  }

  private startRow(text: string, number: number): void {
    if (text.trim() === '') return void (this.nameParts = []);
    if (RULE.test(text)) {
      this.state = 'search';
      this.nameParts = [];
      return;
    }
    const m = START.exec(text);
    if (!m) {
      // A long name wraps over lines of its own before the row; keep a few pieces.
      if (this.nameParts.length < 8) this.nameParts.push(text.trim());
      return;
    }
    const [, last = '', samples = '', iterations = '', value = '', unit = ''] = m;
    const name = [...this.nameParts, last.trim()].filter(Boolean).join(' ');
    this.nameParts = [];
    const extra = `${samples} samples\n${iterations} iterations`;
    if (this.analysis) this.pending = { name, extra, line: number };
    else this.sink.benchmarks.push(result({ name, value: Number(value), unit, extra }));
  }

  /** The mean and std dev lines that follow a row with analysis. */
  private row(text: string, number: number, pending: Pending): void {
    const m = TRIPLE.exec(text);
    if (!m) {
      const what = pending.mean ? 'std dev' : 'mean';
      this.sink.problem(`expected the ${what} line of benchmark "${pending.name}" ("<${what}> <unit>   <low> <unit>   <high> <unit>"), found ${excerpt(text.trim())}`, { line: number, column: 1 });
      this.pending = undefined;
      return;
    }
    const value = Number(m[1]);
    const unit = m[2]!;
    if (!pending.mean) {
      pending.mean = { value, unit };
      return;
    }
    const range = `± ${m[1]}${unit === pending.mean.unit ? '' : ` ${unit}`}`;
    this.sink.benchmarks.push(result({ name: pending.name, value: pending.mean.value, unit: pending.mean.unit, range, extra: pending.extra }));
    this.pending = undefined;
  }
}

async function parseCatch2(file: string, chunks: Chunks): Promise<ParsedBenchmarks> {
  const sink = new Sink(file);
  const reader = new Catch2Reader(sink);
  for await (const { text, number } of readLines(chunks)) reader.line(text, number);
  reader.end();
  return sink.done(EXPECTED);
}
