import type { TestCounts, TestStatus } from '../../../model/tests.js';
import type { XmlTag } from '../../stream/xml-stream.js';
import { excerpt } from '../../../model/excerpt.js';
import { attr } from './xml-report.js';

/**
 * What a JUnit <testsuite> says about itself beyond its cases: the counts it declares (used when it
 * lists no <testcase>, as some tools write summary-only reports), and names jest-junit writes with
 * a missing describe block ("undefined", " › name").
 */

const COUNT = /^\s*\d+\s*$/;

/** The counts a suite declares: tests, failures, errors, skipped (or skips) plus disabled. */
export function declaredCounts(tag: XmlTag): TestCounts | { readonly invalid: string } | undefined {
  const read = (name: string): number | undefined | null => {
    const raw = attr(tag, name);
    return raw === undefined ? undefined : COUNT.test(raw) ? Number(raw) : null;
  };
  const tests = read('tests');
  if (tests === undefined || tests === 0) return undefined;
  const parts = { failed: read('failures'), errors: read('errors'), skipped: read('skipped') ?? read('skips'), disabled: read('disabled') };
  const bad = Object.entries({ tests, ...parts }).find(([, v]) => v === null);
  if (tests === null || bad) return { invalid: `its ${bad?.[0] ?? 'tests'} attribute is not a count` };
  const failed = parts.failed ?? 0;
  const errors = parts.errors ?? 0;
  const skipped = (parts.skipped ?? 0) + (parts.disabled ?? 0);
  if (failed + errors + skipped > tests) return { invalid: `its failures, errors and skipped add up to more than its ${tests} tests` };
  return { total: tests, passed: tests - failed - errors - skipped, failed, errors, skipped };
}

export function declaredMessage(suite: string, c: TestCounts, listed: number): string {
  const what = listed === 0 ? `lists no <testcase> but declares ${c.total} tests` : `declares ${c.total} more tests than the ${listed} it lists`;
  return `suite ${excerpt(suite)} ${what}: counted from its attributes (${c.passed} passed, ${c.failed} failed, ${c.errors} errors, ${c.skipped} skipped), without names or times`;
}

export type Tally = { -readonly [K in keyof TestCounts]: number };

export function emptyTally(): Tally {
  return { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
}

export function tally(t: Tally, status: TestStatus, n: number): void {
  t.total += n;
  if (status === 'passed') t.passed += n;
  else if (status === 'failed') t.failed += n;
  else if (status === 'error') t.errors += n;
  else t.skipped += n;
}

export function addTally(into: Tally, more: TestCounts): void {
  into.total += more.total;
  into.passed += more.passed;
  into.failed += more.failed;
  into.errors += more.errors;
  into.skipped += more.skipped;
}

/**
 * The declared runs a suite does not list: all of them when it lists none; otherwise only skipped
 * ones (cargo's libtest leaves ignored tests out but counts them in skipped=). A suite that lists
 * fewer passing runs than it declares is believed over its attribute: pytest counts subtests in
 * tests=, googletest writes the wrong total.
 */
export function unlisted(declared: TestCounts, seen: TestCounts): TestCounts | undefined {
  if (seen.total === 0) return declared;
  const total = declared.total - seen.total;
  const skipped = declared.skipped - seen.skipped;
  if (total <= 0 || skipped !== total || declared.failed !== seen.failed || declared.errors !== seen.errors) return undefined;
  return { total, passed: 0, failed: 0, errors: 0, skipped };
}

const SEPARATOR = ' › ';

/**
 * jest-junit joins describe titles with " › " and writes a missing one as "undefined" or as
 * nothing (" never passes"): those parts are dropped, so the name reads as the test does.
 */
export function cleanJestName(name: string): string {
  // Runs for every case: a one-character search first, the split only for jest's joined names.
  if (name.indexOf('\u203a') !== -1 && name.includes(SEPARATOR)) {
    const parts = name.split(SEPARATOR).map((p) => p.trim()).filter((p) => p !== '' && p !== 'undefined');
    if (parts.length > 0) return parts.join(SEPARATOR);
  }
  return name.charCodeAt(0) === 32 || name.charCodeAt(name.length - 1) === 32 ? name.trim() || name : name;
}

/** Evidence that a repeated testcase is a retry of the one before, not another run. */
export function isRetry(tag: XmlTag): boolean {
  const a = tag.attributes;
  // Runs for every case, and almost no report has any of these: look before parsing.
  if (a.retry === undefined && a.retries === undefined && a.rerun === undefined && a.attempt === undefined) return false;
  const count = (name: string): number => Number.parseInt(a[name] ?? '', 10);
  return count('retry') > 0 || count('retries') > 0 || count('rerun') > 0 || count('attempt') > 1;
}
