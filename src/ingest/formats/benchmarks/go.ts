import { readLines } from '../../stream/decode.js';
import type { BenchmarksFormat, Chunks, ParsedBenchmarks } from '../../format.js';
import { isPlainText, Sink } from './common.js';
import { median, result } from './units.js';
import { excerpt } from '../../../model/excerpt.js';

/**
 * `go test -bench` output: `<name>[-procs] <iterations> <value> <unit> [<value> <unit>...]`, fields
 * separated by white space (Go's benchmark data format; sub-benchmark names have no spaces).
 *
 * - The first metric (ns/op) is the result `<name>`; every further metric (`-benchmem`'s B/op and
 *   allocs/op, `SetBytes`' MB/s, `ReportMetric`'s own units) is a result `<name> - <unit>` with its
 *   own direction. github-action-benchmark gives the first result the whole tail
 *   ("ns/op\t2833.37 MB/s\t0 B/op…") as its unit and repeats it as `<name> - ns/op`; we keep the
 *   unit `ns/op` and leave out the repeat.
 * - `-count N` repeats a line: its values become the samples of one result, valued at their median.
 *   Lines of the same name run with different `-cpu` settings are different benchmarks, not
 *   samples: those keep their `-procs` suffix in the name.
 * - When the output holds several packages (`pkg:` lines), names get ` (<package>)` appended, as
 *   github-action-benchmark does, so the same benchmark name in two packages stays two results.
 */
export const goFormat: BenchmarksFormat = {
  id: 'go',
  kind: 'benchmarks',
  description: 'go test -bench output (with -benchmem, ReportMetric, -count and several packages)',
  sniff: (head) => isPlainText(head) && (SNIFF_LINE.test(head) || (/^goos: \S+\s*$/m.test(head) && /^goarch: \S+\s*$/m.test(head))),
  parse: parseGo
};

const SNIFF_LINE = /^Benchmark(?![a-z])\S*[ \t]+\d+[ \t]+[-+]?\d[\d.eE+-]*[ \t]+\S+/m;
const PROCS = /^(.+?)-(\d+)$/;
const EXPECTED = 'go test -bench result lines like "BenchmarkFib10-8   5000000   325 ns/op"';

interface Run {
  readonly name: string;
  readonly procs?: string;
  readonly pkg?: string;
  readonly times: string[];
  /** Unit → one value per line, in the order the units first appear. */
  readonly metrics: Map<string, number[]>;
}

async function parseGo(file: string, chunks: Chunks): Promise<ParsedBenchmarks> {
  const sink = new Sink(file);
  const runs = new Map<string, Run>();
  const packages = new Set<string>();
  let pkg: string | undefined;
  for await (const { text, number } of readLines(chunks)) {
    const header = /^pkg: (\S+)\s*$/.exec(text);
    if (header) {
      pkg = header[1]!;
      packages.add(pkg);
      continue;
    }
    const line = readLine(text, number, sink);
    if (!line) continue;
    const key = JSON.stringify([line.name, line.procs, pkg]);
    let run = runs.get(key);
    if (!run) runs.set(key, (run = { name: line.name, ...(line.procs && { procs: line.procs }), ...(pkg && { pkg }), times: [], metrics: new Map() }));
    run.times.push(line.times);
    for (const [value, unit] of line.pairs) {
      const values = run.metrics.get(unit) ?? [];
      values.push(value);
      run.metrics.set(unit, values);
    }
  }
  emit(sink, [...runs.values()], packages.size > 1);
  return sink.done(EXPECTED);
}

interface Line {
  readonly name: string;
  readonly procs?: string;
  readonly times: string;
  readonly pairs: readonly (readonly [number, string])[];
}

/** A result line, or undefined for any other line; a broken result line is a located problem. */
function readLine(text: string, number: number, sink: Sink): Line | undefined {
  // Go runs only BenchmarkXxx functions whose Xxx does not start with a lower-case letter.
  if (!/^Benchmark(?![a-z])/.test(text)) return undefined;
  const fields = text.trim().split(/\s+/);
  // `-v` prints the bare name before the result; prose may start with "Benchmark" too.
  if (fields.length < 2 || !/^\d+$/.test(fields[1]!)) return undefined;
  const columnOf = columns(text);
  if (fields.length < 4 || fields.length % 2 !== 0) {
    sink.problem(`expected <name> <iterations> <value> <unit> [<value> <unit>...], found ${fields.length} fields in ${excerpt(text.trim())}`, { line: number, column: 1 });
    return undefined;
  }
  const pairs: [number, string][] = [];
  for (let i = 2; i < fields.length; i += 2) {
    const value = Number(fields[i]);
    if (!Number.isFinite(value)) {
      sink.problem(`expected a number before the unit ${excerpt(fields[i + 1])}, found ${excerpt(fields[i])}`, { line: number, column: columnOf(i) });
      return undefined;
    }
    pairs.push([value, fields[i + 1]!]);
  }
  const m = PROCS.exec(fields[0]!);
  return { name: m ? m[1]! : fields[0]!, ...(m && { procs: m[2]! }), times: fields[1]!, pairs };
}

/** 1-based column of the i-th white-space separated field of a line. */
function columns(text: string): (i: number) => number {
  const starts: number[] = [];
  for (const m of text.matchAll(/\S+/g)) starts.push(m.index + 1);
  return (i) => starts[i] ?? 1;
}

function emit(sink: Sink, runs: readonly Run[], severalPackages: boolean): void {
  const procsSeen = new Map<string, Set<string | undefined>>();
  for (const run of runs) {
    const key = JSON.stringify([run.name, run.pkg]);
    procsSeen.set(key, (procsSeen.get(key) ?? new Set()).add(run.procs));
  }
  for (const run of runs) {
    const keepProcs = (procsSeen.get(JSON.stringify([run.name, run.pkg]))?.size ?? 0) > 1;
    const name = `${run.name}${keepProcs && run.procs ? `-${run.procs}` : ''}${severalPackages && run.pkg ? ` (${run.pkg})` : ''}`;
    const extra = [`${[...new Set(run.times)].join(', ')} times`, run.times.length > 1 && `${run.times.length} runs`, run.procs && `${run.procs} procs`]
      .filter(Boolean)
      .join('\n');
    let first = true;
    for (const [unit, values] of run.metrics) {
      const repeated = values.length > 1;
      sink.benchmarks.push(
        result({
          name: first ? name : `${name} - ${unit}`,
          value: repeated ? median(values) : values[0]!,
          unit,
          extra,
          ...(repeated && { samples: values })
        })
      );
      first = false;
    }
  }
}
