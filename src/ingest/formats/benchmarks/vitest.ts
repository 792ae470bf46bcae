import type { BenchmarkResult } from '../../../model/benchmarks.js';
import type { BenchmarksFormat, Chunks, ParsedBenchmarks } from '../../format.js';
import { asObject, EntryError, num, numbers, readJsonEntries, Sink, str, type Obj } from './common.js';
import { result } from './units.js';

/**
 * `vitest bench --outputJson <file>`: `{"files": [{filepath, groups: [{fullName, benchmarks: [...]}]}]}`
 * where each benchmark is tinybench's result (`hz`, `mean`, `rme`, `sampleCount`, … in ms).
 *
 * name = `<group fullName> > <bench name>` (`src/fib.bench.ts > fib > fib(10)`: the group's name
 * is relative to the project root, so names stay the same on every machine), value = `mean` in
 * ms per iteration (smaller-is-better), range = `±<rme>%` as vitest prints it, extra = ops/sec and
 * the sample count. vitest 3 writes `samples: []`; when an older version wrote the samples (ms per
 * iteration), they are kept.
 */
export const vitestFormat: BenchmarksFormat = {
  id: 'vitest-bench',
  kind: 'benchmarks',
  description: 'vitest bench JSON (vitest bench --outputJson)',
  sniff: (head) => /^\s*\{\s*"files"\s*:\s*\[\s*\{\s*"filepath"\s*:/.test(head) && /"groups"\s*:\s*\[/.test(head),
  parse: parseVitest
};

const EXPECTED = 'a vitest bench JSON report (--outputJson) with "files"';

async function parseVitest(file: string, chunks: Chunks): Promise<ParsedBenchmarks> {
  const sink = new Sink(file);
  await readJsonEntries(sink, chunks, { paths: ['$.files.*'], root: 'object', expected: EXPECTED }, ({ value, at, label }) => {
    const entry = asObject(value, 'the file');
    if (!Array.isArray(entry.groups)) throw new EntryError('groups: expected an array');
    for (const [g, raw] of entry.groups.entries()) {
      const group = asObject(raw, `groups[${g}]`);
      const groupName = str(group, 'fullName');
      if (!Array.isArray(group.benchmarks)) throw new EntryError(`groups[${g}].benchmarks: expected an array`);
      for (const [i, bench] of group.benchmarks.entries()) {
        // One broken benchmark is a problem of its own; the others in the file still count.
        try {
          sink.benchmarks.push(benchmark(groupName, asObject(bench, 'the benchmark')));
        } catch (err) {
          if (!(err instanceof EntryError)) throw err;
          sink.problem(`${label}.groups[${g}].benchmarks[${i}]: ${err.message}`, at);
        }
      }
    }
  });
  return sink.done(EXPECTED);
}

function benchmark(groupName: string, b: Obj): BenchmarkResult {
  const samples = numbers(b.samples);
  return result({
    name: `${groupName} > ${str(b, 'name')}`,
    value: num(b, 'mean'),
    unit: 'ms',
    range: `±${num(b, 'rme').toFixed(2)}%`,
    extra: `${num(b, 'hz')} ops/sec\n${num(b, 'sampleCount')} samples`,
    ...(samples && { samples })
  });
}
