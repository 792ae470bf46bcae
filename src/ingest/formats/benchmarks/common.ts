import type { BenchmarkResult } from '../../../model/benchmarks.js';
import type { Problem } from '../../../model/problems.js';
import type { Chunks, ParsedBenchmarks } from '../../format.js';
import { streamJson, type JsonPath, type Position } from '../../stream/json-stream.js';
import { excerpt } from '../../../model/excerpt.js';

// What every benchmark parser shares: collecting results and located problems, reading the
// entries of a JSON report one at a time, and checked access to their fields.

export type Obj = { readonly [key: string]: unknown };

/** Results, problems (the file is wrong) and warnings (the tool says a benchmark failed or was skipped). */
export class Sink {
  readonly benchmarks: BenchmarkResult[] = [];
  readonly problems: Problem[] = [];
  readonly warnings: Problem[] = [];

  constructor(readonly file: string) {}

  problem(message: string, at?: Position): void {
    this.problems.push({ file: this.file, ...at, message });
  }

  warning(message: string, at?: Position): void {
    this.warnings.push({ file: this.file, ...at, message });
  }

  /** A file with no results and no other problem says so: an empty upload must not pass quietly. */
  done(expected: string): ParsedBenchmarks {
    if (this.benchmarks.length === 0 && this.problems.length === 0) this.problem(`no benchmark results found: expected ${expected}`);
    return { benchmarks: this.benchmarks, problems: this.problems, warnings: this.warnings };
  }
}

/** Thrown by the field readers below: the entry is skipped and the message becomes a problem there. */
export class EntryError extends Error {}

export interface JsonEntry {
  readonly value: unknown;
  readonly path: JsonPath;
  /** Where the entry starts in the file. */
  readonly at?: Position;
  /** `benchmarks[3]`: names the entry in messages. */
  readonly label: string;
}

export interface JsonShape {
  /** JSONPath of the entries, e.g. `$.benchmarks.*`. */
  readonly paths: string[];
  readonly root: 'object' | 'array';
  /** What the file should hold, for the message when it does not, e.g. "a pytest-benchmark JSON report". */
  readonly expected: string;
}

/**
 * Streams a JSON report and hands each entry to `onEntry` as it completes, so memory stays at the
 * largest entry (a benchmark with its samples), never the whole report. An `EntryError` skips the
 * entry with a problem located at it. A file that is not valid JSON, or not the expected shape,
 * gives no results, only the problem: half a report cannot be told from a whole one with fewer
 * benchmarks, and a gate must not read a missing benchmark as a pass.
 */
export async function readJsonEntries(
  sink: Sink,
  chunks: Chunks,
  shape: JsonShape,
  onEntry: (entry: JsonEntry) => void
): Promise<boolean> {
  const read = await streamJson(sink.file, chunks, shape.paths, (event, locator) => {
    const at = locator.locate(event.start);
    const label = labelOf(event.path);
    try {
      onEntry({ value: event.value, path: event.path, ...(at && { at }), label });
    } catch (err) {
      if (!(err instanceof EntryError)) throw err;
      sink.problem(label ? `${label}: ${err.message}` : err.message, at);
    }
  });
  const wrongRoot = read.root && read.root !== shape.root;
  if (read.problem || wrongRoot || !read.root) {
    sink.benchmarks.length = 0;
    sink.warnings.length = 0;
    sink.problems.length = 0;
    if (read.problem) sink.problems.push(read.problem);
    else if (!read.root) sink.problem(`the file is empty: expected ${shape.expected}`);
    else sink.problem(`expected ${shape.expected}, found ${read.root === 'array' ? 'an array' : read.root === 'object' ? 'an object' : 'a single value'}`, { line: 1, column: 1 });
    return false;
  }
  return true;
}

function labelOf(path: JsonPath): string {
  return path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${excerpt(value)}`;
  return String(value);
}

export function asObject(value: unknown, what: string): Obj {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Obj;
  throw new EntryError(`${what}: expected an object, found ${describeValue(value)}`);
}

export function num(o: Obj, key: string): number {
  const v = o[key];
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  throw new EntryError(`${key}: expected a number, found ${describeValue(v)}`);
}

/** A number, or undefined when the key is absent or null (tools write null for "not measured"). */
export function optNum(o: Obj, key: string): number | undefined {
  return o[key] === undefined || o[key] === null ? undefined : num(o, key);
}

export function str(o: Obj, key: string): string {
  const v = o[key];
  if (typeof v === 'string' && v !== '') return v;
  throw new EntryError(`${key}: expected a non-empty string, found ${describeValue(v)}`);
}

export function optStr(o: Obj, key: string): string | undefined {
  return o[key] === undefined || o[key] === null ? undefined : str(o, key);
}

/** Every element a finite number, else undefined: samples are kept whole or not at all. */
export function numbers(value: unknown): number[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  return value.every((v) => typeof v === 'number' && Number.isFinite(v)) ? (value as number[]) : undefined;
}

/** For text formats: the head is not XML or JSON (a JUnit `<system-out>` or `go test -json` may quote benchmark lines). */
export function isPlainText(head: string): boolean {
  return !/^\s*[<{[]/.test(head);
}
