import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { junitFormat } from '../../../../../src/ingest/formats/tests/junit.js';
import { nunitFormat } from '../../../../../src/ingest/formats/tests/nunit.js';
import { RepoPaths } from '../../../../../src/ingest/paths.js';
import { trxFormat } from '../../../../../src/ingest/formats/tests/trx.js';
import { xunitFormat } from '../../../../../src/ingest/formats/tests/xunit.js';
import { countTests } from '../../../../../src/model/tests.js';
import { byName, collect, fixture, FIXTURES, WORKSPACE, type Collected } from '../../collect.js';
import { stringChunks } from '../../../builders.js';

/** Reads a fixture; `files`: the tracked-file list, when the test needs one. */
function read(relative: string, root = WORKSPACE, files?: readonly string[]) {
  return collect(junitFormat, relative, fixture(relative), new RepoPaths(root, files ? new Set(files) : undefined));
}
/** Counts as a run sees them: listed cases plus runs suites only declare. */
const counts = (r: Collected) => {
  const c = { ...countTests(r.cases) };
  for (const d of r.declared) for (const k of ['total', 'passed', 'failed', 'errors', 'skipped'] as const) c[k] += d.counts[k];
  return c;
};

describe('jest-junit (real output of jest 30.5.2 + jest-junit 17.0.0)', () => {
  const ROOT = '/tmp/gen-fixtures/jest';
  it('with addFileAttribute, every case has its file and the failure its line from the stack', async () => {
    const r = await read('jest-junit/junit.xml', ROOT);
    expect([counts(r), r.problems]).toEqual([{ total: 7, passed: 4, failed: 2, errors: 0, skipped: 1 }, []]);
    const c = byName(r.cases, 'sum adds negative numbers');
    expect([c.status, c.message, c.file, c.line, c.durationSeconds]).toEqual(['failed', 'Error: expect(received).toBe(expected) // Object.is equality', 'src/sum.test.js', 8, 0.003]);
    expect(c.details).toContain('Expected: -4\nReceived: -3');
    expect(byName(r.cases, 'sum edge cases handles <markup> & "quotes"').file).toEqual('src/sum.test.js');
    expect(r.suites).toEqual([
      { name: 'sum', file: 'src/sum.test.js', durationSeconds: 0.42, reportFile: 'jest-junit/junit.xml' },
      { name: 'src/flaky.test.js', file: 'src/flaky.test.js', durationSeconds: 0.037, reportFile: 'jest-junit/junit.xml' }
    ]);
  });
  it('test.todo is written as a plain testcase, so it reads as passed', async () => {
    const r = await read('jest-junit/junit.xml', ROOT);
    expect(byName(r.cases, 'sum edge cases handles bigint').status).toEqual('passed');
  });
  it('with the defaults only failures know their file (from the stack); the suite takes it from them', async () => {
    const r = await read('jest-junit/junit-default.xml', ROOT);
    expect(r.cases.filter((c) => c.file).map((c) => [c.name, c.file, c.line])).toEqual([
      ['sum adds negative numbers', 'src/sum.test.js', 8],
      ['never passes', 'src/flaky.test.js', 8]
    ]);
    expect(r.suites.map((s) => s.file)).toEqual(['src/sum.test.js', 'src/flaky.test.js']);
  });
});

describe('mocha-junit-reporter (real output of mocha 11.8.0 + mocha-junit-reporter 2.2.1)', () => {
  it('reads failures, a failing hook and a pending test; suite files become repo-relative', async () => {
    const r = await read('mocha/junit.xml', '/tmp/gen-fixtures/mocha');
    expect(counts(r)).toEqual({ total: 5, passed: 2, failed: 2, errors: 0, skipped: 1 });
    const c = byName(r.cases, 'math subtracts');
    // Newlines inside an attribute value are normalised to spaces by XML itself.
    expect([c.message, c.file, c.line, c.durationSeconds]).toEqual(['Expected values to be strictly equal:  2 !== 3', 'test/math.spec.js', 8, 0.001]);
    const hook = byName(r.cases, 'math hooks "before all" hook for "never runs"');
    expect([hook.status, hook.message, hook.line]).toEqual(['failed', 'cannot connect', 21]);
    expect(byName(r.cases, 'math divides by zero').status).toEqual('skipped');
    expect(r.suites.map((s) => [s.name, s.file])).toEqual([['Root Suite', undefined], ['math', 'test/math.spec.js'], ['retries', 'test/math.spec.js'], ['hooks', 'test/math.spec.js']]);
  });
});

describe('vitest junit reporter (real output of vitest 4.1.12)', () => {
  it('two soft-assertion <failure>s are one failed test with both bodies', async () => {
    const r = await read('vitest/junit.xml', '/tmp/gen-fixtures/vitest');
    expect(counts(r)).toEqual({ total: 8, passed: 3, failed: 3, errors: 0, skipped: 2 });
    const soft = byName(r.cases, 'soft > reports two soft failures');
    expect([soft.status, soft.message, soft.file]).toEqual(['failed', 'expected 2 to be 3 // Object.is equality', 'src/cart.test.ts']);
    expect(soft.details).toMatch(/^AssertionError: expected 2 to be 3[\s\S]*\n\nAssertionError: expected 'a' to be 'b'[\s\S]*Received: "a"$/);
    expect(byName(r.cases, 'cart > rounds to cents').status).toEqual('skipped');
    expect(r.suites).toEqual([
      { name: 'src/cart.test.ts', file: 'src/cart.test.ts', durationSeconds: 0.023848963, reportFile: 'vitest/junit.xml' },
      { name: 'src/other.test.ts', file: 'src/other.test.ts', durationSeconds: 0.004317134, reportFile: 'vitest/junit.xml' }
    ]);
  });
});

describe('Playwright junit reporter (real output of @playwright/test 1.65.1)', () => {
  const ROOT = '/tmp/gen-fixtures/playwright';
  it('a failure in both tries is one failed test placed by its absolute frame, not the testDir-relative heading', async () => {
    const r = await read('playwright/junit.xml', ROOT);
    expect(counts(r)).toEqual({ total: 5, passed: 3, failed: 1, errors: 0, skipped: 1 });
    const c = byName(r.cases, 'api › rejects bad input');
    expect([c.message, c.file, c.line, c.durationSeconds]).toEqual(['expect(received).toEqual(expected) // deep equality', 'tests/api.spec.ts', 11, 0.053]);
    expect([c.details?.includes('Retry #1'), c.details?.includes('[[ATTACHMENT|')]).toEqual([true, false]);
    expect(byName(r.cases, 'api › needs a server').durationSeconds).toEqual(0);
  });
  it('with the tracked files, the testDir-relative classname finds the file of passing tests too', async () => {
    const r = await read('playwright/junit.xml', ROOT, ['tests/api.spec.ts', 'playwright.config.ts']);
    expect(new Set(r.cases.map((c) => c.file))).toEqual(new Set(['tests/api.spec.ts']));
    expect(r.suites).toEqual([{ name: 'api.spec.ts', file: 'tests/api.spec.ts', durationSeconds: 0.087, reportFile: 'playwright/junit.xml' }]);
  });
});

describe('pytest', () => {
  it('xunit2 (default): failure and setup error are placed by their traceback; the suite keeps its own time', async () => {
    const r = await read('pytest/report.xml');
    expect(counts(r)).toEqual({ total: 8, passed: 4, failed: 1, errors: 1, skipped: 2 });
    const divide = byName(r.cases, 'test_divide');
    expect([divide.message, divide.file, divide.line, divide.classname]).toEqual(['assert 0.5 == 2', 'tests/test_calc.py', 9, 'tests.test_calc']);
    const db = byName(r.cases, 'test_db');
    expect([db.status, db.message, db.file, db.line]).toEqual(['error', 'failed on setup with "ConnectionError: db down"', 'tests/conftest.py', 6]);
    expect([byName(r.cases, 'test_known_bug').message, byName(r.cases, 'test_windows_only').message]).toEqual(['known bug #12', 'windows only']);
    expect(r.suites).toEqual([{ name: 'pytest', durationSeconds: 0.412, reportFile: 'pytest/report.xml' }]);
  });
  it('with the tracked files, module classnames (and test classes in them) map to the test file', async () => {
    const r = await read('pytest/report.xml', WORKSPACE, ['tests/test_calc.py', 'tests/conftest.py', 'src/calc.py']);
    expect([byName(r.cases, 'test_add').file, byName(r.cases, 'test_logs').file]).toEqual(['tests/test_calc.py', 'tests/test_calc.py']);
  });
  it('xunit1: the 0-based line attribute becomes a 1-based line', async () => {
    const r = await read('pytest/report-xunit1.xml');
    expect(['test_add', 'test_divide', 'test_mul[2-3-6]'].map((n) => byName(r.cases, n).line)).toEqual([5, 8, 13]);
  });
});

describe('Maven Surefire / Failsafe', () => {
  const FILES = ['src/test/java/com/acme/CalcTest.java', 'src/main/java/com/acme/Client.java'];
  it('reruns that all failed stay failed; a failed run followed by a pass is flaky; one test each', async () => {
    const r = await read('surefire/TEST-com.acme.CalcTest.xml');
    expect(counts(r)).toEqual({ total: 8, passed: 5, failed: 1, errors: 1, skipped: 1 });
    const divides = byName(r.cases, 'divides');
    expect([divides.status, divides.flaky, divides.attempts?.map((a) => a.status)]).toEqual(['failed', undefined, ['failed', 'failed', 'failed']]);
    expect(divides.attempts?.[2]?.details).not.toContain('rerun 2 output');
    const connects = byName(r.cases, 'connects');
    expect([connects.status, connects.message, connects.attempts?.map((a) => a.status)]).toEqual(['error', 'Connection refused', ['error', 'error']]);
    const flaky = byName(r.cases, 'flakyNetwork');
    expect([flaky.status, flaky.flaky, flaky.message, flaky.attempts]).toEqual(['passed', true, undefined, [
      { status: 'failed', durationSeconds: 0, message: 'timeout after 10 ms', details: 'java.util.concurrent.TimeoutException: timeout after 10 ms\n\tat com.acme.CalcTest.flakyNetwork(CalcTest.java:45)' },
      { status: 'passed', durationSeconds: 0.05 }
    ]]);
    const crash = byName(r.cases, 'crashesOnce');
    expect([crash.flaky, crash.attempts?.map((a) => a.status)]).toEqual([true, ['error', 'failed', 'passed']]);
  });
  it('without the tracked files a Java class is not guessed into a path; with them it is, and the line comes from its frame', async () => {
    const bare = await read('surefire/TEST-com.acme.CalcTest.xml');
    expect(bare.cases.filter((c) => c.file)).toEqual([]);
    const r = await read('surefire/TEST-com.acme.CalcTest.xml', WORKSPACE, FILES);
    expect(new Set(r.cases.map((c) => c.file))).toEqual(new Set([FILES[0]]));
    // connects fails inside Client.java:40 first, but the annotation belongs on the test's own frame.
    expect([byName(r.cases, 'divides').line, byName(r.cases, 'connects').line]).toEqual([24, 31]);
    expect(r.suites).toEqual([{ name: 'com.acme.CalcTest', file: FILES[0], durationSeconds: 0.412, reportFile: 'surefire/TEST-com.acme.CalcTest.xml' }]);
  });
  it('Failsafe times with thousands separators read as seconds', async () => {
    const r = await read('surefire/TEST-com.acme.it.CheckoutIT.xml');
    expect([r.suites[0]?.durationSeconds, ...r.cases.map((c) => c.durationSeconds)]).toEqual([1204.332, 1001.5, 180.25]);
  });
});

describe('Gradle', () => {
  it('a rerun written as a repeated testcase, with nothing marking it a retry, is another run; app// frames still locate Kotlin files', async () => {
    const r = await read('gradle/TEST-com.acme.CalcTest.xml', WORKSPACE, ['src/test/kotlin/com/acme/CalcTest.kt']);
    expect(counts(r)).toEqual({ total: 5, passed: 2, failed: 2, errors: 0, skipped: 1 });
    expect(r.cases.filter((c) => c.name === 'flaky()').map((c) => [c.status, c.durationSeconds])).toEqual([['failed', 0.021], ['passed', 0.015]]);
    const divides = byName(r.cases, 'divides()');
    expect([divides.file, divides.line, divides.message]).toEqual(['src/test/kotlin/com/acme/CalcTest.kt', 18, 'org.opentest4j.AssertionFailedError: expected: <2> but was: <0>']);
  });
});

describe('Go: go-junit-report and gotestsum', () => {
  it('go-junit-report: one suite per package, a build failure as an error, bare file names left alone without a file list', async () => {
    const r = await read('go-junit-report/report.xml');
    expect(counts(r)).toEqual({ total: 6, passed: 3, failed: 1, errors: 1, skipped: 1 });
    const divide = byName(r.cases, 'TestDivide');
    expect([divide.message, divide.details, divide.file]).toEqual(['Failed', 'calc_test.go:14: Divide(1, 0): got 0, want an error', undefined]);
    const build = byName(r.cases, '[build failed]');
    expect([build.status, build.message, build.file, build.line]).toEqual(['error', 'Build error', 'broken/broken.go', 3]);
    expect(r.suites.map((s) => [s.name, s.durationSeconds])).toEqual([['github.com/acme/calc', 0.012], ['github.com/acme/calc/internal/parse', 0.004], ['github.com/acme/calc/broken', 0]]);
  });
  it('go-junit-report: the package path picks the right one of two same-named test files', async () => {
    const r = await read('go-junit-report/report.xml', WORKSPACE, ['go/calc/calc_test.go', 'go/calc/internal/parse/calc_test.go']);
    const divide = byName(r.cases, 'TestDivide');
    expect([divide.file, divide.line]).toEqual(['go/calc/calc_test.go', 14]);
  });
  it('gotestsum --rerun-fails: repeated testcases carry no retry mark, so each is a run (as publish-unit-test-result-action counts runs)', async () => {
    const r = await read('gotestsum/junit.xml');
    expect(counts(r)).toEqual({ total: 7, passed: 2, failed: 4, errors: 0, skipped: 1 });
    expect(r.cases.filter((c) => c.name === 'TestFlaky').map((c) => c.status)).toEqual(['failed', 'passed']);
    expect(r.cases.filter((c) => c.name === 'TestBroken').map((c) => c.status)).toEqual(['failed', 'failed', 'failed']);
    // The skip reason is the message attribute, past go test's "=== RUN" line.
    expect(byName(r.cases, 'TestSkipped').message).toEqual('calc_test.go:52: not on CI');
    expect(r.suites.map((s) => s.durationSeconds)).toEqual([1.204]);
  });
});

describe('cargo-nextest', () => {
  it('rerunFailure and flakyFailure carry their own times; output inside them stays out of the details', async () => {
    const r = await read('cargo-nextest/junit.xml');
    expect(counts(r)).toEqual({ total: 4, passed: 2, failed: 1, errors: 0, skipped: 1 });
    const div = byName(r.cases, 'tests::divides_by_zero');
    expect([div.status, div.durationSeconds, div.file, div.line, div.attempts?.map((a) => [a.status, a.durationSeconds])]).toEqual(['failed', 0.011, 'src/lib.rs', 31, [['failed', 0.006], ['failed', 0.005]]]);
    const flaky = byName(r.cases, 'tests::flaky_io');
    expect([flaky.flaky, flaky.durationSeconds, flaky.attempts?.[0]]).toEqual([true, 0.007, {
      status: 'failed', durationSeconds: 0.004, message: 'temporary failure', details: "thread 'tests::flaky_io' panicked at src/lib.rs:40:5:\ntemporary failure"
    }]);
    expect(r.suites).toEqual([{ name: 'calc', file: 'src/lib.rs', durationSeconds: 0.022, reportFile: 'cargo-nextest/junit.xml' }]);
  });
});

describe('Catch2, .NET JUnit logger, Bazel, PHPUnit', () => {
  it('Catch2: several CHECK failures are one failed test; SKIP() is skipped; `at file:line` places them', async () => {
    const r = await read('catch2/junit.xml');
    expect(counts(r)).toEqual({ total: 6, passed: 2, failed: 2, errors: 1, skipped: 1 });
    const twice = byName(r.cases, 'checks twice');
    expect([twice.message, twice.file, twice.line, twice.details?.includes('CHECK( add(2, 2) == 5 )')]).toEqual(['add(1, 1) == 3', 'tests/calc_test.cpp', 27, true]);
    const skip = byName(r.cases, 'skips on CI');
    expect([skip.status, skip.message, skip.line]).toEqual(['skipped', 'SKIP()', 36]);
  });
  it('.NET JUnit logger: decimal-comma times ("0,0123456") are warned about and left out of timings; `in path:line N` frames', async () => {
    const r = await read('dotnet-junit/TestResults.xml');
    expect(counts(r)).toEqual({ total: 5, passed: 3, failed: 1, errors: 0, skipped: 1 });
    const c = byName(r.cases, 'Divide_ByZero_Throws');
    expect([c.durationSeconds, c.timeUnknown, c.message, c.file, c.line]).toEqual([0, true, 'Assert.Throws() Failure: No exception was thrown', 'tests/Calc.Tests/CalculatorTests.cs', 25]);
    expect([r.warnings.length, r.warnings[0]?.message]).toEqual([5, 'the time “0,1361254” of suite “Calc.Tests.dll” is not a duration in seconds (0 to 1,000,000): the test counts, its time is left out of history and shard planning']);
  });
  it('Bazel: the generated test.xml is one case per target; the test log is not a failure body', async () => {
    const failing = await read('bazel/calc/calc_test/test.xml');
    const passing = await read('bazel/calc/parse_test/test.xml');
    expect([...failing.cases, ...passing.cases].map((c) => [c.name, c.status, c.durationSeconds, c.message, c.details])).toEqual([
      ['//calc:calc_test', 'error', 2, 'exited with error code 1', undefined],
      ['//calc:parse_test', 'passed', 1, undefined, undefined]
    ]);
  });
  it('PHPUnit: nested suites (innermost wins), file and line attributes, messages past the Class::method line', async () => {
    const r = await read('phpunit/junit.xml');
    expect(counts(r)).toEqual({ total: 6, passed: 3, failed: 1, errors: 1, skipped: 1 });
    const sub = byName(r.cases, 'testSubtract');
    expect([sub.message, sub.file, sub.line, sub.suite]).toEqual(['Failed asserting that 1 is identical to 2.', 'tests/Unit/CalculatorTest.php', 18, 'App\\Tests\\Unit\\CalculatorTest']);
    expect(byName(r.cases, 'testDivide').message).toEqual('DivisionByZeroError: Division by zero');
    expect(byName(r.cases, 'testMultiply with data set #0').suite).toEqual('App\\Tests\\Unit\\CalculatorTest::testMultiply');
    expect(r.suites.map((s) => [s.name, s.durationSeconds])).toEqual([
      ['App\\Tests\\Unit\\CalculatorTest::testMultiply', 0.002051],
      ['App\\Tests\\Unit\\CalculatorTest', 0.018342],
      ['Unit', 0.018342],
      ['/home/runner/work/app/app/phpunit.xml', 0.018342]
    ]);
  });
});

describe('sniffing: every fixture is claimed by exactly its own format', () => {
  const FORMATS = [junitFormat, trxFormat, nunitFormat, xunitFormat];
  const OWNER: Record<string, string> = { trx: 'trx', nunit: 'nunit', xunit: 'xunit' };
  const reports = (readdirSync(FIXTURES, { recursive: true }) as string[]).filter((f) => /\.(xml|trx)$/.test(f)).sort();
  it('finds the fixtures', () => {
    expect(reports.length).toBeGreaterThanOrEqual(23);
  });
  it.each(reports)('%s', (relative) => {
    const head = readFileSync(path.join(FIXTURES, relative), 'utf8').slice(0, 4096).replace(/^\uFEFF/, '');
    const tool = relative.split(path.sep)[0] as string;
    expect(FORMATS.filter((f) => f.sniff(head, relative)).map((f) => f.id)).toEqual([OWNER[tool] ?? 'junit']);
  });
});

describe('cargo test --format junit (libtest, real output of cargo 1.95.0)', () => {
  it('the panic in <system-out> gives the message and file:line; the ignored test it does not list counts from the suite', async () => {
    const r = await read('cargo-libtest/junit.xml');
    expect(counts(r)).toEqual({ total: 3, passed: 1, failed: 1, errors: 0, skipped: 1 });
    const c = byName(r.cases, 'adds_wrong');
    expect([c.status, c.message, c.file, c.line]).toEqual(['failed', 'assertion `left == right` failed: two and two', 'src/lib.rs', 16]);
    expect(r.warnings.map((w) => w.message)).toEqual(['suite “test” declares 1 more tests than the 2 it lists: counted from its attributes (0 passed, 0 failed, 0 errors, 1 skipped), without names or times']);
  });
});

describe('suites that declare counts', () => {
  const parse = (xml: string) => collect(junitFormat, 'r.xml', stringChunks(xml));
  it('a suite listing no testcase counts what its attributes declare, and says so', async () => {
    const r = await parse('<testsuites><testsuite name="summary" tests="6" failures="1" errors="0" skipped="2" time="1"/></testsuites>');
    expect([counts(r), r.warnings.map((w) => w.message)]).toEqual([
      { total: 6, passed: 3, failed: 1, errors: 0, skipped: 2 },
      ['suite “summary” lists no <testcase> but declares 6 tests: counted from its attributes (3 passed, 1 failed, 0 errors, 2 skipped), without names or times']
    ]);
    expect(r.declared).toEqual([{ suite: 'summary', reportFile: 'r.xml', counts: { total: 6, passed: 3, failed: 1, errors: 0, skipped: 2 } }]);
  });
  it('nested suites: only what no level lists is added, once; declarations that do not add up are ignored', async () => {
    const r = await parse('<testsuite name="outer" tests="4"><testsuite name="inner" tests="2" failures="1"/><testcase name="a"/><testcase name="b"/></testsuite>');
    expect(r.declared.map((d) => [d.suite, d.counts.total, d.counts.failed])).toEqual([['inner', 2, 1]]);
    const bad = await parse('<testsuite name="s" tests="2" failures="3"/><!-- -->');
    expect([bad.declared, bad.warnings.map((w) => w.message)]).toEqual([[], ['suite “s” lists no <testcase> and its failures, errors and skipped add up to more than its 2 tests: no tests counted from it']]);
  });
  it('a suite that lists all it declares adds nothing', async () => {
    const r = await parse('<testsuite name="s" tests="2" failures="1"><testcase name="a"/><testcase name="b"><failure/></testcase></testsuite>');
    expect([r.declared, r.warnings]).toEqual([[], []]);
  });
});

describe('jest-junit names', () => {
  const parse = (xml: string) => collect(junitFormat, 'r.xml', stringChunks(xml));
  it('"undefined" and empty describe parts are dropped from names; a suite named by its test file gets that file', async () => {
    const r = await parse('<testsuites name="jest tests"><testsuite name="src/a.test.ts" tests="2"><testcase classname="undefined › adds" name="undefined › adds"/><testcase classname=" › nested › " name=" lone"/></testsuite></testsuites>');
    expect(r.cases.map((c) => [c.suite, c.classname, c.name, c.file])).toEqual([
      ['src/a.test.ts', 'adds', 'adds', 'src/a.test.ts'],
      ['src/a.test.ts', 'nested', 'lone', 'src/a.test.ts']
    ]);
  });
  it('a suite named by a Windows path maps to the tracked test file when the file list is known', async () => {
    const r = await collect(junitFormat, 'r.xml', stringChunks('<testsuite name="__tests__\\main.test.js"><testcase name="t"/></testsuite>'), new RepoPaths(WORKSPACE, new Set(['__tests__/main.test.js'])));
    expect(r.cases.map((c) => c.file)).toEqual(['__tests__/main.test.js']);
  });
  it('a test named just "undefined" keeps its name', async () => {
    const r = await parse('<testsuite name="s"><testcase name="undefined"/></testsuite>');
    expect(r.cases.map((c) => c.name)).toEqual(['undefined']);
  });
});

describe('suites that declare more than they list, believed only for skips', () => {
  const parse = (xml: string) => collect(junitFormat, 'r.xml', stringChunks(xml));
  it.each([
    ['pytest counts subtests in tests=', '<testsuite name="pytest" tests="5" failures="1"><testcase name="a"/><testcase name="b"><failure/></testcase></testsuite>'],
    ['googletest writes tests="6" for one case', '<testsuite name="Test" tests="6" failures="1"><testcase name="Test"><failure message="error"/></testcase></testsuite>']
  ])('%s: only the listed cases count', async (_label, xml) => {
    const r = await parse(xml);
    expect([r.declared, r.warnings]).toEqual([[], []]);
  });
});
