/** The normalised test-result model every test format is read into. */

export type TestStatus = 'passed' | 'failed' | 'error' | 'skipped';

export interface TestCase {
  /** Name of the innermost suite that holds the case. */
  readonly suite: string;
  readonly name: string;
  readonly classname?: string;
  readonly status: TestStatus;
  /** Seconds; 0 when the report gives none. */
  readonly durationSeconds: number;
  /** Repo-relative (or as reported) source file, when the report says. */
  readonly file?: string;
  readonly line?: number;
  /** First line of the failure, error or skip reason. */
  readonly message?: string;
  /** Stack trace or captured body of the failure. */
  readonly details?: string;
  /** The report this case was read from, for annotations without a source file. */
  readonly reportFile: string;
}

export interface TestSuite {
  readonly name: string;
  readonly file?: string;
  /** Wall time the report gives the suite; may exceed its cases (setup/teardown). */
  readonly durationSeconds: number;
  readonly reportFile: string;
}

export interface TestCounts {
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly errors: number;
  readonly skipped: number;
}

/** Counts are derived from the cases, never stored, so they cannot drift. */
export function countTests(cases: readonly TestCase[]): TestCounts {
  let passed = 0;
  let failed = 0;
  let errors = 0;
  let skipped = 0;
  for (const c of cases) {
    if (c.status === 'passed') passed++;
    else if (c.status === 'failed') failed++;
    else if (c.status === 'error') errors++;
    else skipped++;
  }
  return { total: cases.length, passed, failed, errors, skipped };
}

/** Counts of tests that actually ran (skipped ones did not). */
export function ranCount(counts: TestCounts): number {
  return counts.total - counts.skipped;
}

/** A stable identity for a test across runs, used as the history key. */
export function testId(c: Pick<TestCase, 'file' | 'classname' | 'suite' | 'name'>): string {
  const owner = c.file ?? c.classname ?? c.suite;
  return owner ? `${owner}::${c.name}` : c.name;
}
