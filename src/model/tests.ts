/** The normalised test-result model every test format is read into. */

export type TestStatus = 'passed' | 'failed' | 'error' | 'skipped';

/** One attempt of a test that ran more than once (retries, reruns). */
export interface TestAttempt {
  readonly status: TestStatus;
  readonly durationSeconds: number;
  readonly message?: string;
  readonly details?: string;
}

export interface TestCase {
  /** Name of the innermost suite that holds the case. */
  readonly suite: string;
  readonly name: string;
  readonly classname?: string;
  readonly status: TestStatus;
  /** Seconds; 0 when the report gives none. */
  readonly durationSeconds: number;
  /**
   * The report's time was not a duration (`1e23`, `0x10`, `-1`…; a warning said so): the 0 above
   * is not a measurement, so this case is left out of per-test and per-file timings.
   */
  readonly timeUnknown?: boolean;
  /** Repo-relative (or as reported) source file, when the report says. */
  readonly file?: string;
  readonly line?: number;
  /** First line of the failure, error or skip reason. */
  readonly message?: string;
  /** Stack trace or captured body of the failure. */
  readonly details?: string;
  /** The report this case was read from, for annotations without a source file. */
  readonly reportFile: string;
  /**
   * Every attempt, oldest first, when the test ran more than once; `status` is then the final
   * outcome and `durationSeconds` the sum of all attempts.
   */
  readonly attempts?: readonly TestAttempt[];
  /** Failed (or errored) and then passed on a retry. */
  readonly flaky?: boolean;
}

export interface TestSuite {
  readonly name: string;
  readonly file?: string;
  /** Wall time the report gives the suite; may exceed its cases (setup/teardown). */
  readonly durationSeconds: number;
  readonly reportFile: string;
}

/**
 * Where a parser delivers what it reads, case by case, so no parser holds a whole report: the
 * receiver decides what to keep (counts, failures, timings) within bounded memory.
 */
export interface TestSink {
  testCase(c: TestCase): void;
  testSuite(s: TestSuite): void;
  /**
   * Runs a suite declares (`tests=`, `failures=`…) without listing them as cases: counted, never
   * timed or named. Sinks without this method see only listed cases.
   */
  declared?(d: DeclaredRuns): void;
}

export interface DeclaredRuns {
  readonly suite: string;
  readonly reportFile: string;
  readonly counts: TestCounts;
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
