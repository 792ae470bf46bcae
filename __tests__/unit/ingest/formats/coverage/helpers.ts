// Drives a coverage format the way the engine does and boils the result down to the numbers a user
// reads: lines and branches covered/total per file and overall, unplaced paths, problems, warnings.
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Chunks, CoverageFormat, ParsedCoverage } from '../../../../../src/ingest/format.js';
import { RepoPaths } from '../../../../../src/ingest/paths.js';
import { coverageTotals, type CoverageReport, type FileCoverage } from '../../../../../src/model/coverage.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/coverage');

/** A fixture streamed in small chunks, so records and tags straddle chunk boundaries. */
export function fixture(relative: string, highWaterMark = 256): Chunks {
  return createReadStream(path.join(FIXTURES, relative), { highWaterMark });
}

/** The first 4 KiB as text without a BOM, as the registry hands it to `sniff`. */
export function head(relative: string): string {
  return readFileSync(path.join(FIXTURES, relative)).subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '');
}

/** `[covered, total]`, the pair every assertion below compares. */
export type Pair = [number, number];

export interface FileNumbers {
  lines: Pair;
  branches: Pair;
}

export interface Numbers {
  files: Record<string, FileNumbers>;
  lines: Pair;
  branches: Pair;
  unplaced: readonly string[];
}

export function numbers(report: CoverageReport): Numbers {
  const files: Record<string, FileNumbers> = {};
  for (const f of report.files) files[f.path] = fileNumbers(f);
  const t = coverageTotals(report.files);
  return { files, lines: [t.lines.covered, t.lines.total], branches: [t.branches.covered, t.branches.total], unplaced: report.unplaced };
}

export function fileNumbers(f: FileCoverage): FileNumbers {
  const t = coverageTotals([f]);
  return { lines: [t.lines.covered, t.lines.total], branches: [t.branches.covered, t.branches.total] };
}

export function parse(format: CoverageFormat, file: string, chunks: Chunks, repo = new RepoPaths('/nowhere')): Promise<ParsedCoverage> {
  return format.parse(file, chunks, { repo });
}

/** The one file at `path` (it must exist). */
export function fileAt(report: CoverageReport, filePath: string): FileCoverage {
  const found = report.files.find((f) => f.path === filePath);
  if (!found) throw new Error(`no file ${filePath}; have ${report.files.map((f) => f.path).join(', ')}`);
  return found;
}
