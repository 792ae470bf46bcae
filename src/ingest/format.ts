import type { BenchmarkResult } from '../model/benchmarks.js';
import type { CoverageReport } from '../model/coverage.js';
import type { Finding } from '../model/findings.js';
import type { Metric } from '../model/metrics.js';
import type { Problem } from '../model/problems.js';
import type { TestSink } from '../model/tests.js';
import type { RepoPaths } from './paths.js';

/**
 * One report format: recognised from the first few KiB of the file, parsed as a stream of chunks.
 * Each format is one file under src/ingest/formats/<kind>/ and one entry in the registry (registry.ts).
 */

export type FormatKind = 'tests' | 'coverage' | 'findings' | 'metrics' | 'benchmarks';
export type Chunks = AsyncIterable<string | Uint8Array>;

export interface ParseContext {
  readonly repo: RepoPaths;
}

interface FormatBase {
  /** Stable id users pass as an explicit `format:` override, e.g. `junit`, `lcov`. */
  readonly id: string;
  readonly description: string;
  /** `head`: the first 4 KiB as text, BOM removed. True when this format is certainly meant. */
  sniff(head: string, fileName: string): boolean;
}

export interface ParsedTests {
  /** Errors: the report is broken (the cases read before the error were still delivered). */
  readonly problems: Problem[];
  /** Not fatal: a time that is not a time, an entity left unexpanded, counts a suite only declares. */
  readonly warnings: Problem[];
}

export interface TestFormat extends FormatBase {
  readonly kind: 'tests';
  /** Streams every case into `sink`; returns what was wrong with the file (nothing when it was fine). */
  parse(file: string, chunks: Chunks, sink: TestSink, ctx: ParseContext): Promise<ParsedTests>;
}

export interface ParsedCoverage {
  readonly report: CoverageReport;
  readonly problems: Problem[];
  /** Not fatal: e.g. a header total that disagrees with the records. */
  readonly warnings: Problem[];
}

export interface CoverageFormat extends FormatBase {
  readonly kind: 'coverage';
  parse(file: string, chunks: Chunks, ctx: ParseContext): Promise<ParsedCoverage>;
}

export interface ParsedFindings {
  readonly findings: Finding[];
  /** Tools (driver names) whose runs were read, with or without results. */
  readonly tools: string[];
  /** Results carrying suppressions: read, not counted. */
  readonly suppressed: number;
  readonly problems: Problem[];
  readonly warnings: Problem[];
}

export interface FindingsFormat extends FormatBase {
  readonly kind: 'findings';
  parse(file: string, chunks: Chunks, ctx: ParseContext): Promise<ParsedFindings>;
}

export interface ParsedMetrics {
  readonly metrics: Metric[];
  readonly problems: Problem[];
}

export interface MetricsFormat extends FormatBase {
  readonly kind: 'metrics';
  parse(file: string, chunks: Chunks, ctx: ParseContext): Promise<ParsedMetrics>;
}

export interface ParsedBenchmarks {
  readonly benchmarks: BenchmarkResult[];
  readonly problems: Problem[];
  readonly warnings: Problem[];
}

export interface BenchmarksFormat extends FormatBase {
  readonly kind: 'benchmarks';
  parse(file: string, chunks: Chunks, ctx: ParseContext): Promise<ParsedBenchmarks>;
}

export type ReportFormat = TestFormat | CoverageFormat | FindingsFormat | MetricsFormat | BenchmarksFormat;
