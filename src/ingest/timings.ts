import type { Problem } from '../model/problems.js';
import { TestCollector } from '../model/test-summary.js';
import type { ParseContext } from './format.js';
import { JsonContentError, streamJson } from './stream/json-stream.js';
import { readReport, type OpenReport } from './read.js';
import { excerpt } from '../model/excerpt.js';
import { badTime, checkSeconds } from './seconds.js';
import { Warnings } from './warnings.js';

/**
 * Test timings to plan shards with, from what teams already have: our own history, JUnit-family
 * reports (any test format we read), pytest-split `.test_durations` and Knapsack's
 * `knapsack_rspec_report.json` (both a JSON object of test or file → seconds).
 */
export interface ImportedTimings {
  readonly file: string;
  readonly format: string;
  /** Seconds per case id (`file::name`, or a pytest node id), when the source has cases. */
  readonly cases: ReadonlyMap<string, number>;
  /** Seconds per file: max(suite time, sum of its cases) for reports; the value for Knapsack. */
  readonly files: ReadonlyMap<string, number>;
  readonly problems: readonly Problem[];
  /** Test cases the report holds (reports only): with no `files`, the report names no files. */
  readonly tests?: number;
  /** The tool that wrote the report, when its output says so (jest-junit's default suite name). */
  readonly producer?: 'jest-junit';
  /** Entries left out, located: a time that is not a duration (`1e23`, `"0x10"`, `-1`, `"1,5"`). */
  readonly warnings?: readonly Problem[];
}

export async function readTimings(file: string, open: OpenReport, ctx: ParseContext): Promise<ImportedTimings> {
  const head = await firstBytes(open(file));
  if (/^\s*[{]/.test(head)) return readTimingJson(file, open);
  const producer = /<testsuites\b[^>]*\bname="jest tests"/.test(head) ? 'jest-junit' : undefined;
  const collector = new TestCollector({ maxCaseTimings: Number.MAX_SAFE_INTEGER, maxKeptFailures: 0, detailsBudget: 0 });
  const result = await readReport(file, open, { ctx, tests: collector, kind: 'tests' });
  const summary = collector.summary();
  const format = result.kind === 'tests' ? result.format : 'unknown';
  const warnings = 'warnings' in result ? result.warnings : [];
  return { file, format, cases: summary.caseSeconds ?? new Map(), files: summary.fileSeconds, problems: result.problems, warnings, tests: summary.counts.total, ...(producer ? { producer } : {}) };
}

/** pytest-split ids hold "::" and give cases; Knapsack keys are spec files and give files. */
async function readTimingJson(file: string, open: OpenReport): Promise<ImportedTimings> {
  const entries = new Map<string, number>();
  const warnings = new Warnings(file);
  const read = await streamJson(file, open(file), ['$.*'], ({ path, value, start }, locator) => {
    const key = path[0];
    if (typeof key !== 'string') throw new JsonContentError('expected an object of test name → seconds');
    const seconds = checkSeconds(value);
    if (seconds === undefined) warnings.add(badTime(value, excerpt(key)), locator.locate(start));
    else entries.set(key, seconds);
  });
  const problems = read.problem ? [read.problem] : read.root !== 'object' ? [{ file, message: 'expected a JSON object of test name → seconds (pytest-split .test_durations or a Knapsack report)' }] : [];
  const isPytest = [...entries.keys()].some((k) => k.includes('::'));
  if (!isPytest) return { file, format: 'knapsack', cases: new Map(), files: entries, problems, warnings: warnings.list() };
  const files = new Map<string, number>();
  for (const [id, seconds] of entries) {
    const f = id.slice(0, id.indexOf('::') === -1 ? id.length : id.indexOf('::'));
    files.set(f, (files.get(f) ?? 0) + seconds);
  }
  return { file, format: 'pytest-split', cases: entries, files, problems, warnings: warnings.list() };
}

async function firstBytes(source: AsyncIterable<Uint8Array>): Promise<string> {
  // enough for the XML declaration and the root element's attributes
  for await (const chunk of source) return new TextDecoder().decode(chunk.subarray(0, 512)).replace(/^\uFEFF/, '');
  return '';
}

