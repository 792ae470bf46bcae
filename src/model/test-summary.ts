import { testId, type DeclaredRuns, type TestAttempt, type TestCase, type TestCounts, type TestSink, type TestSuite } from './tests.js';

/**
 * What a run's test results come to, kept in bounded memory however large the reports: exact
 * counts, the failing and flaky tests (all of them up to a generous cap, their stack traces up to
 * a total budget), per-file times for the planner and per-test times up to a cap. Passing tests
 * are counted and timed, not kept.
 */
export interface TestSummary {
  readonly counts: TestCounts & { readonly flaky: number };
  /** Failed and errored tests, in report order (at most `maxKeptFailures`). */
  readonly failures: readonly TestCase[];
  /** Failures counted but not kept because there were more than `maxKeptFailures`. */
  readonly failuresOmitted: number;
  /** Tests that failed and then passed on a retry. */
  readonly flaky: readonly TestCase[];
  /** Seconds per source file: max(suite time, sum of its cases), summed over reports. */
  readonly fileSeconds: ReadonlyMap<string, number>;
  /** Seconds per test id, or undefined when there were more tests than `maxCaseTimings`. */
  readonly caseSeconds?: ReadonlyMap<string, number>;
  readonly suites: number;
}

export interface CollectorOptions {
  /** Beyond this many distinct tests, per-test times are dropped (per-file times remain). */
  readonly maxCaseTimings?: number;
  /** Failing tests kept in full; more are counted (10,000 is more than any report page shows). */
  readonly maxKeptFailures?: number;
  /** Characters of failure details kept over all failures; later failures keep their message. */
  readonly detailsBudget?: number;
}

interface FileTime {
  cases: number;
  suites: number;
}

/** The sink parsers stream into; `summary()` gives the result once every report is read. */
export class TestCollector implements TestSink {
  private total = 0;
  private passed = 0;
  private failed = 0;
  private errors = 0;
  private skipped = 0;
  private suiteCount = 0;
  private omitted = 0;
  private readonly failing = new Map<string, TestCase>();
  /** Names of kept failures: a cheap first check before building a passing test's id. */
  private readonly failingNames = new Set<string>();
  private readonly flakyTests = new Map<string, TestCase>();
  private readonly files = new Map<string, FileTime>();
  private lastFile: string | undefined;
  private lastFileTime: FileTime | undefined;
  private caseTimes: Map<string, number> | undefined = new Map();
  private detailsLeft: number;
  private readonly maxCaseTimings: number;
  private readonly maxKeptFailures: number;

  constructor(options: CollectorOptions = {}) {
    this.maxCaseTimings = options.maxCaseTimings ?? 50_000;
    this.maxKeptFailures = options.maxKeptFailures ?? 10_000;
    this.detailsLeft = options.detailsBudget ?? 16 * 1024 * 1024;
  }

  testCase(c: TestCase): void {
    if (c.file && !c.timeUnknown) this.fileTime(c.file).cases += c.durationSeconds;
    const timed = this.caseTimes !== undefined && !c.timeUnknown;
    const mayBeRetry = c.status === 'passed' && this.failingNames.has(c.name);
    const id = timed || mayBeRetry || c.status !== 'passed' || c.flaky ? testId(c) : '';
    if (timed) this.time(id, c.durationSeconds);
    const earlier = mayBeRetry ? this.failing.get(id) : undefined;
    // The same test failing in one report and passing in a later one (a rerun job, a retry
    // written to its own file) is one flaky test, not a failure plus a pass.
    if (earlier) {
      this.failing.delete(id);
      this.uncount(earlier);
      this.passed++;
      this.flakyTests.set(id, this.keep({ ...c, flaky: true, attempts: [...attemptsOf(earlier), ...attemptsOf(c)] }));
      return;
    }
    this.total++;
    this.count(c);
    if (c.flaky) this.flakyTests.set(id, this.keep(c));
    if (c.status === 'failed' || c.status === 'error') this.keepFailure(id, c);
  }

  /** Runs a suite only declares: in the counts, not in any list, time or history. */
  declared(d: DeclaredRuns): void {
    this.total += d.counts.total;
    this.passed += d.counts.passed;
    this.failed += d.counts.failed;
    this.errors += d.counts.errors;
    this.skipped += d.counts.skipped;
  }

  testSuite(s: TestSuite): void {
    this.suiteCount++;
    if (s.file) this.fileTime(s.file).suites += s.durationSeconds;
  }

  summary(): TestSummary {
    return {
      counts: { total: this.total, passed: this.passed, failed: this.failed, errors: this.errors, skipped: this.skipped, flaky: this.flakyTests.size },
      failures: [...this.failing.values()],
      failuresOmitted: this.omitted,
      flaky: [...this.flakyTests.values()],
      fileSeconds: new Map([...this.files].map(([f, t]) => [f, Math.max(t.cases, t.suites)])),
      ...(this.caseTimes ? { caseSeconds: this.caseTimes } : {}),
      suites: this.suiteCount
    };
  }

  private keepFailure(id: string, c: TestCase): void {
    if (this.failing.size >= this.maxKeptFailures) {
      this.omitted++;
      return;
    }
    const kept = this.keep(c);
    this.failing.set(this.failing.has(id) ? `${id}\u0000${this.total}` : id, kept);
    this.failingNames.add(kept.name);
  }

  /** A copy fit to keep: detached from the report's chunks, details within the budget. */
  private keep(c: TestCase): TestCase {
    const details = c.details !== undefined && c.details.length <= this.detailsLeft ? c.details : undefined;
    if (details) this.detailsLeft -= details.length;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(c)) {
      if (key === 'details') continue;
      out[key] = typeof value === 'string' ? detach(value) : value;
    }
    if (details) out.details = detach(details);
    if (c.attempts) out.attempts = c.attempts.map((a) => ({ ...a, ...(a.message ? { message: detach(a.message) } : {}), ...(a.details ? { details: detach(a.details) } : {}) }));
    return out as unknown as TestCase;
  }

  private count(c: TestCase): void {
    if (c.status === 'passed') this.passed++;
    else if (c.status === 'failed') this.failed++;
    else if (c.status === 'error') this.errors++;
    else this.skipped++;
  }

  private uncount(c: TestCase): void {
    if (c.status === 'failed') this.failed--;
    else if (c.status === 'error') this.errors--;
  }

  private time(id: string, seconds: number): void {
    const times = this.caseTimes;
    if (!times) return;
    times.set(id, (times.get(id) ?? 0) + seconds);
    if (times.size > this.maxCaseTimings) this.caseTimes = undefined;
  }

  /** Consecutive cases usually share a file: compare with the last one before hashing. */
  private fileTime(file: string): FileTime {
    if (file === this.lastFile && this.lastFileTime) return this.lastFileTime;
    let t = this.files.get(file);
    if (!t) this.files.set(detach(file), (t = { cases: 0, suites: 0 }));
    this.lastFile = file;
    this.lastFileTime = t;
    return t;
  }
}

function attemptsOf(c: TestCase): TestAttempt[] {
  if (c.attempts?.length) return [...c.attempts];
  return [{ status: c.status, durationSeconds: c.durationSeconds, ...(c.message ? { message: c.message } : {}), ...(c.details ? { details: c.details } : {}) }];
}

/**
 * A copy of `text` that does not keep its source alive. V8 makes substrings of 13+ characters as
 * views into the parent string, so a test name kept from a 256 KiB chunk would pin the whole chunk:
 * keeping 5,000 failures of a 1 GB report would keep most of the report. Call this on strings that
 * outlive the chunk they were cut from.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
