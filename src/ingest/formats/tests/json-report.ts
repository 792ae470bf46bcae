import type { Problem } from '../../../model/problems.js';
import type { TestSink } from '../../../model/tests.js';
import type { JsonRead } from '../../stream/json-stream.js';
import type { Chunks, ParsedTests, ParseContext, TestFormat } from '../../format.js';
import { badTime, checkSeconds } from '../../seconds.js';
import { CaseLocator } from '../../test-location.js';
import { Warnings } from '../../warnings.js';

/**
 * What the JSON and text test formats (go test -json, Mocha, Mochawesome, Dart, RSpec, CTRF, TAP)
 * share: one reader per file, located warnings, and times checked like every other format's.
 */
export interface ReadContext {
  readonly file: string;
  readonly sink: TestSink;
  readonly locator: CaseLocator;
  readonly warnings: Warnings;
}

export function textTestFormat(spec: {
  id: string;
  description: string;
  sniff: (head: string, fileName: string) => boolean;
  read: (chunks: Chunks, ctx: ReadContext) => Promise<ParsedTests['problems']>;
}): TestFormat {
  return {
    id: spec.id,
    kind: 'tests',
    description: spec.description,
    sniff: spec.sniff,
    async parse(file: string, chunks: Chunks, sink: TestSink, parse: ParseContext): Promise<ParsedTests> {
      const warnings = new Warnings(file);
      const problems = await spec.read(chunks, { file, sink, locator: new CaseLocator(parse.repo), warnings });
      return { problems, warnings: warnings.list() };
    }
  };
}

/**
 * A reported time in seconds (`scale` converts milliseconds), or a warning and `timeUnknown` when
 * it is not a duration. Absent (undefined or null) is 0.
 */
export function timeFields(raw: unknown, scale: number, whose: () => string, warnings: Warnings, at?: { line?: number; column?: number }): { seconds: number; timeUnknown?: true } {
  if (raw === undefined || raw === null) return { seconds: 0 };
  const seconds = typeof raw === 'number' ? checkSeconds(raw * scale) : undefined;
  if (seconds !== undefined) return { seconds: Math.round(seconds * 1e9) / 1e9 };
  warnings.add(badTime(raw, whose()), at);
  return { seconds: 0, timeUnknown: true };
}

export type JsonObject = { readonly [key: string]: unknown };

export function obj(v: unknown): JsonObject | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function positiveInt(v: unknown): number | undefined {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The parse problem, else a document of the wrong shape (not an object, or without `key`). */
export function readProblems(file: string, read: JsonRead, key: string, what: string): Problem[] {
  if (read.problem) return [read.problem];
  if (read.root !== 'object' || !read.topLevelKeys.has(key)) return [{ file, message: `expected ${what}` }];
  return [];
}
