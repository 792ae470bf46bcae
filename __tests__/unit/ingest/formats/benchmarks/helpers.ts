// Drives a benchmark format the way the engine does, and boils results down to what the tests read.
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchmarksFormat, Chunks, ParsedBenchmarks } from '../../../../../src/ingest/format.js';
import { RepoPaths } from '../../../../../src/ingest/paths.js';
import type { BenchmarkResult } from '../../../../../src/model/benchmarks.js';
import { stringChunks } from '../../../builders.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/benchmarks');
export const FILE = 'bench/out.txt';
const ctx = { repo: new RepoPaths('/work/repo') };

/** A fixture streamed in small chunks, so lines and JSON values straddle chunk boundaries. */
export function fixture(relative: string, highWaterMark = 64): Chunks {
  return createReadStream(path.join(FIXTURES, relative), { highWaterMark });
}

export function fixtureText(relative: string): string {
  return readFileSync(path.join(FIXTURES, relative), 'utf8');
}

/** The first 4 KiB as text without a BOM, as the registry hands it to `sniff`. */
export function head(relative: string): string {
  return readFileSync(path.join(FIXTURES, relative)).subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '');
}

export function parseFixture(format: BenchmarksFormat, relative: string, highWaterMark = 64): Promise<ParsedBenchmarks> {
  return format.parse(path.join(FIXTURES, relative), fixture(relative, highWaterMark), ctx);
}

export function parseChunks(format: BenchmarksFormat, chunks: Chunks): Promise<ParsedBenchmarks> {
  return format.parse(FILE, chunks, ctx);
}

export function parseText(format: BenchmarksFormat, text: string, size = Infinity): Promise<ParsedBenchmarks> {
  return format.parse(FILE, stringChunks(text, size), ctx);
}

/** One row per result: `[name, value, unit, direction, samples]` (samples as a count, 0 for none). */
export type Row = [string, number, string, 'bigger' | 'smaller', number];

export function rows(benchmarks: readonly BenchmarkResult[]): Row[] {
  return benchmarks.map((b) => [b.name, b.value, b.unit, b.direction === 'bigger-is-better' ? 'bigger' : 'smaller', b.samples?.length ?? 0]);
}

/** `[name, base unit, normalised value]`, values rounded to 12 significant digits (floating-point scaling). */
export function normalised(benchmarks: readonly BenchmarkResult[]): [string, string | undefined, number | undefined][] {
  return benchmarks.map((b) => [b.name, b.normalized?.unit, b.normalized && Number(b.normalized.value.toPrecision(12))]);
}

/** Problems and warnings as `line:column message` strings. */
export function located(problems: ParsedBenchmarks['problems']): string[] {
  return problems.map((p) => `${p.line ?? '-'}:${p.column ?? '-'} ${p.message}`);
}
