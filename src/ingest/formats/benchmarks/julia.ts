import type { BenchmarkResult } from '../../../model/benchmarks.js';
import type { BenchmarksFormat, Chunks, ParsedBenchmarks } from '../../format.js';
import type { Position } from '../../stream/json-stream.js';
import { asObject, EntryError, num, numbers, readJsonEntries, Sink, type Obj } from './common.js';
import { median, result } from './units.js';

/**
 * Julia BenchmarkTools' `BenchmarkTools.save("out.json", results)`:
 * `[{"Julia": v, "BenchmarkTools": v}, [value, ...]]`, each value a `[type, fields]` pair.
 *
 * A `BenchmarkGroup` nests: the path of keys to an estimate is its name (`fib/10`). A
 * `TrialEstimate` (results after `median(...)`/`minimum(...)`) is read as github-action-benchmark
 * reads it: value = `time` in ns, extra = gctime, memory, allocs and params. A raw `Trial`
 * (github-action-benchmark refuses it) keeps every sample: `times` in ns are the samples, the
 * value is their median. Other types (`TrialRatio`, `TrialJudgement`) are problems: they compare
 * runs rather than measure one.
 *
 * Keys are visited in JavaScript object order, as github-action-benchmark does, so numeric keys
 * ("10", "20") come first in ascending order.
 */
export const juliaFormat: BenchmarksFormat = {
  id: 'julia',
  kind: 'benchmarks',
  description: 'Julia BenchmarkTools JSON (BenchmarkTools.save)',
  sniff: (head) => /^\s*\[\s*\{/.test(head) && /"BenchmarkTools"\s*:\s*"/.test(head) && /"Julia"\s*:\s*"/.test(head),
  parse: parseJulia
};

const EXPECTED = 'a BenchmarkTools JSON file: [{"Julia": …, "BenchmarkTools": …}, [groups or trials]]';
const MAX_DEPTH = 64;

async function parseJulia(file: string, chunks: Chunks): Promise<ParsedBenchmarks> {
  const sink = new Sink(file);
  await readJsonEntries(sink, chunks, { paths: ['$.1.*'], root: 'array', expected: EXPECTED }, ({ value, path, at, label }) => {
    const [type] = tagged(value);
    // A trial saved on its own has no group keys to name it: its position names it.
    const labels = type === 'BenchmarkGroup' ? [] : [String(Number(path[1]) + 1)];
    if (labels.length > 0) sink.warning(`${label}: a ${type} saved outside a BenchmarkGroup has no name; it is named "${labels[0]}"`, at);
    new Walker(sink, at, label).visit(value, labels, 0);
  });
  return sink.done(EXPECTED);
}

function tagged(value: unknown): [string, Obj] {
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string') {
    throw new EntryError('expected a [type, fields] pair such as ["BenchmarkGroup", {...}]');
  }
  return [value[0], asObject(value[1], `${value[0]} fields`)];
}

/** Walks one top-level value; a broken estimate is a problem at that value, its siblings still count. */
class Walker {
  constructor(
    private readonly sink: Sink,
    private readonly at: Position | undefined,
    private readonly label: string
  ) {}

  visit(value: unknown, labels: readonly string[], depth: number): void {
    const name = labels.join('/');
    try {
      const [type, fields] = tagged(value);
      if (type === 'BenchmarkGroup') return this.group(fields, labels, depth);
      this.sink.benchmarks.push(measurement(type, fields, name));
    } catch (err) {
      if (!(err instanceof EntryError)) throw err;
      this.sink.problem(`${this.label}${name ? ` (${name})` : ''}: ${err.message}`, this.at);
    }
  }

  private group(fields: Obj, labels: readonly string[], depth: number): void {
    if (depth > MAX_DEPTH) throw new EntryError(`groups nested more than ${MAX_DEPTH} deep`);
    const data = asObject(fields.data, 'data');
    for (const key of Object.keys(data)) this.visit(data[key], [...labels, key], depth + 1);
  }
}

function measurement(type: string, fields: Obj, name: string): BenchmarkResult {
  if (type === 'TrialEstimate') {
    return result({ name, value: num(fields, 'time'), unit: 'ns', extra: extra(fields, num(fields, 'gctime')) });
  }
  if (type === 'Trial') {
    const times = numbers(fields.times);
    if (!times) throw new EntryError('a Trial needs "times", an array of numbers');
    const gctimes = numbers(fields.gctimes);
    return result({ name, value: median(times), unit: 'ns', extra: extra(fields, gctimes ? median(gctimes) : 0), samples: times });
  }
  throw new EntryError(`${type} is not a measurement; save the TrialEstimate or Trial results`);
}

function extra(fields: Obj, gctime: number): string {
  const params = Array.isArray(fields.params) ? (fields.params[1] as unknown) : undefined;
  return `gctime=${gctime}\nmemory=${String(fields.memory)}\nallocs=${String(fields.allocs)}\nparams=${JSON.stringify(params)}`;
}
