import { describe, expect, it } from '@jest/globals';
import { RepoPaths } from '../../../src/ingest/paths.js';
import { CaseLocator } from '../../../src/ingest/test-location.js';

const ROOT = '/home/runner/work/app/app';
const TRACKED = [
  'src/test/java/com/acme/FooTest.java',
  'src/test/kotlin/com/acme/BarTest.kt',
  'src/test/scala/com/acme/BazSpec.scala',
  'src/test/groovy/com/acme/QuxSpec.groovy',
  'src/main/java/com/acme/Foo.java',
  'tests/test_calc.py',
  'tests/unit/test_io.py',
  'tests/Calc.Tests/CalculatorTests.cs',
  'a/Twice.cs',
  'b/Twice.cs',
  'go/calc/calc_test.go',
  'go/calc/parse/calc_test.go',
  'e2e/tests/login.spec.ts',
  'src/app.test.ts'
];
const bare = new CaseLocator(new RepoPaths(ROOT));
const tracked = new CaseLocator(new RepoPaths(ROOT, new Set(TRACKED)));

describe('a file attribute', () => {
  it.each([
    ['src/a.test.ts', 'src/a.test.ts'],
    ['./src/a.test.ts', 'src/a.test.ts'],
    [`${ROOT}/src/a.test.ts`, 'src/a.test.ts'],
    [`file://${ROOT}/src/a%20b.test.ts`, 'src/a b.test.ts'],
    ['/elsewhere/src/a.test.ts', '/elsewhere/src/a.test.ts']
  ])('%s is kept as %s (the report said so, tracked or not)', (raw, file) => {
    expect(bare.locate(raw, undefined, undefined, undefined)).toEqual({ file });
  });
  it('with a line attribute, both are used as given and the trace is not read', () => {
    expect(bare.locate('src/a.ts', 7, undefined, `    at x (${ROOT}/src/a.ts:99:1)`)).toEqual({ file: 'src/a.ts', line: 7 });
  });
  it('without one, the line comes from the first frame in that same file, not a helper frame above it', () => {
    const trace = `Error: no\n    at helper (${ROOT}/src/helper.ts:3:9)\n    at Object.<anonymous> (${ROOT}/src/a.ts:12:5)`;
    expect(bare.locate('src/a.ts', undefined, undefined, trace)).toEqual({ file: 'src/a.ts', line: 12 });
  });
});

describe('a class name mapped to a tracked file', () => {
  it.each([
    ['com.acme.FooTest', 'src/test/java/com/acme/FooTest.java'],
    ['com.acme.FooTest$Nested', 'src/test/java/com/acme/FooTest.java'],
    ['com.acme.BarTest', 'src/test/kotlin/com/acme/BarTest.kt'],
    ['com.acme.BazSpec', 'src/test/scala/com/acme/BazSpec.scala'],
    ['com.acme.QuxSpec', 'src/test/groovy/com/acme/QuxSpec.groovy'],
    ['tests.test_calc', 'tests/test_calc.py'],
    ['tests.unit.test_io.TestReads', 'tests/unit/test_io.py'],
    ['Calc.Tests.CalculatorTests', 'tests/Calc.Tests/CalculatorTests.cs'],
    ['tests/test_calc.py', 'tests/test_calc.py'],
    ['login.spec.ts', 'e2e/tests/login.spec.ts']
  ])('%s → %s', (classname, file) => {
    expect(tracked.locate(undefined, undefined, classname, undefined)).toEqual({ file });
  });
  it.each([
    ['another package of the same class name', 'org.other.FooTest'],
    ['a .cs simple name two folders share', 'Ns.Twice'],
    ['a jest-style title', 'sum adds numbers'],
    ['nothing tracked by that name', 'com.acme.Missing']
  ])('%s is not matched', (_label, classname) => {
    expect(tracked.locate(undefined, undefined, classname, undefined)).toEqual({});
  });
  it('without the tracked-file list nothing is guessed, except a path that names its folder', () => {
    expect(['com.acme.FooTest', 'tests.test_calc', 'login.spec.ts', 'src/app.test.ts'].map((c) => bare.locate(undefined, undefined, c, undefined))).toEqual([{}, {}, {}, { file: 'src/app.test.ts' }]);
  });
});

describe('the first stack frame inside the repository', () => {
  const frame = (locator: CaseLocator, details: string, classname?: string) => locator.locate(undefined, undefined, classname, details);

  it.each([
    ['JS, skipping node_modules and node: frames', `Error: x\n    at f (${ROOT}/node_modules/lib/i.js:1:1)\n    at g (node:internal/timers:5:3)\n    at Object.<anonymous> (${ROOT}/src/app.test.ts:8:25)`, 'src/app.test.ts', 8],
    ['JS without a function name', `Error: x\n    at ${ROOT}/src/app.test.ts:11:29`, 'src/app.test.ts', 11],
    ['ESM file:// URLs', `Error: x\n    at file://${ROOT}/src/app.test.mjs:3:7`, 'src/app.test.mjs', 3],
    ['vitest ❯ frames', 'AssertionError: no\n ❯ src/app.test.ts:12:17', 'src/app.test.ts', 12],
    ['Python, skipping the standard library', `Traceback (most recent call last):\n  File "/usr/lib/python3.12/unittest/case.py", line 58, in testPartExecutor\n  File "${ROOT}/tests/test_calc.py", line 9, in test_divide`, 'tests/test_calc.py', 9],
    ['pytest location lines', 'E       assert 0.5 == 2\n\ntests/test_calc.py:9: AssertionError', 'tests/test_calc.py', 9],
    ['.NET `in path:line N`', `   at Calc.Tests.CalculatorTests.Add() in ${ROOT}/tests/Calc.Tests/CalculatorTests.cs:line 25`, 'tests/Calc.Tests/CalculatorTests.cs', 25],
    ['.NET on Windows', '   at Calc.Tests.CalculatorTests.Add() in D:\\a\\app\\app\\tests\\Calc.Tests\\CalculatorTests.cs:line 25', undefined, undefined],
    ['Catch2 `at path:line`', `FAILED:\n  REQUIRE( x )\nat ${ROOT}/tests/calc_test.cpp:21`, 'tests/calc_test.cpp', 21],
    ['PHPUnit bare `path:line`', `Failed asserting that 1 is 2.\n\n${ROOT}/tests/Unit/CalcTest.php:20`, 'tests/Unit/CalcTest.php', 20],
    ['Rust panics', "thread 'tests::x' panicked at src/lib.rs:31:9:\nattempt to divide by zero", 'src/lib.rs', 31]
  ])('%s', (_label, details, file, line) => {
    expect(frame(bare, details)).toEqual(file ? { file, line } : {});
  });
  it('a Windows runner path places once the workspace root is the Windows one', () => {
    const windows = new CaseLocator(new RepoPaths('D:\\a\\app\\app'));
    expect(frame(windows, '   at C.Add() in D:\\a\\app\\app\\tests\\CalcTests.cs:line 25')).toEqual({ file: 'tests/CalcTests.cs', line: 25 });
  });
  it('Java frames need the tracked files: the package plus the file name, past JDK and library frames', () => {
    const trace = 'java.lang.AssertionError: no\n\tat org.junit.Assert.fail(Assert.java:89)\n\tat java.base/java.util.Objects.requireNonNull(Objects.java:233)\n\tat app//com.acme.Foo.run(Foo.java:12)';
    expect([frame(bare, trace), frame(tracked, trace)]).toEqual([{}, { file: 'src/main/java/com/acme/Foo.java', line: 12 }]);
  });
  it('Go prints bare file names: without the tracked files they are not guessed; with them the package path chooses', () => {
    const details = '    calc_test.go:14: got 0, want 1';
    expect([frame(bare, details, 'github.com/acme/calc'), frame(tracked, details, 'github.com/acme/calc/parse')]).toEqual([{}, { file: 'go/calc/parse/calc_test.go', line: 14 }]);
  });
  it('a bare name that two tracked files share, with no package to choose, is left alone', () => {
    expect(frame(tracked, '    calc_test.go:14: got 0, want 1')).toEqual({});
  });
  it('frames outside the workspace and messages that merely look like places are not locations', () => {
    expect(frame(bare, `Error: connect ECONNREFUSED 127.0.0.1:5432\n    at f (/opt/tool/x.js:1:2)\nversion 1.2:3`)).toEqual({});
  });
  it('only the head of a long body is searched', () => {
    expect(frame(bare, `${'x'.repeat(20_000)}\n    at f (${ROOT}/src/app.test.ts:1:1)`)).toEqual({});
  });
});
