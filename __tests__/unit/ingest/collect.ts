// Drives a test format the way the engine does and records what reaches the sink.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Chunks, TestFormat } from '../../../src/ingest/format.js';
import { RepoPaths } from '../../../src/ingest/paths.js';
import type { Problem } from '../../../src/model/problems.js';
import type { DeclaredRuns, TestCase, TestSuite } from '../../../src/model/tests.js';

export interface Collected {
  readonly cases: TestCase[];
  readonly suites: TestSuite[];
  readonly problems: Problem[];
  readonly warnings: Problem[];
  /** Runs suites declared without listing them. */
  readonly declared: DeclaredRuns[];
}

/** The workspace root the hand-written fixtures use in their absolute paths. */
export const WORKSPACE = '/home/runner/work/app/app';

export async function collect(format: TestFormat, file: string, chunks: Chunks, repo = new RepoPaths(WORKSPACE)): Promise<Collected> {
  const cases: TestCase[] = [];
  const suites: TestSuite[] = [];
  const declared: DeclaredRuns[] = [];
  const sink = { testCase: (c: TestCase) => cases.push(c), testSuite: (s: TestSuite) => suites.push(s), declared: (d: DeclaredRuns) => declared.push(d) };
  const { problems, warnings } = await format.parse(file, chunks, sink, { repo });
  return { cases, suites, problems, warnings, declared };
}

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/tests');

/** A fixture under __tests__/fixtures/tests, streamed in small chunks as a file would be. */
export function fixture(relative: string): Chunks {
  return createReadStream(path.join(FIXTURES, relative), { highWaterMark: 1024 });
}

/** The case named `name` (exactly one must exist). */
export function byName(cases: readonly TestCase[], name: string): TestCase {
  const found = cases.filter((c) => c.name === name);
  if (found.length !== 1) throw new Error(`expected one case named ${JSON.stringify(name)}, found ${found.length}`);
  return found[0] as TestCase;
}
