import { describe, expect, it } from '@jest/globals';
import { RepoPaths } from '../../../../../src/ingest/paths.js';
import { parseTimeSpan, trxFormat } from '../../../../../src/ingest/formats/tests/trx.js';
import { countTests } from '../../../../../src/model/tests.js';
import { stringChunks } from '../../../builders.js';
import { byName, collect, fixture, WORKSPACE } from '../../collect.js';

const FILE = 'TestResults/run.trx';
const parse = (xml: string) => collect(trxFormat, FILE, stringChunks(xml));
const NS = 'xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"';
/** A result with only the attributes the parser reads. */
const result = (testId: string, testName: string, outcome: string, inner = '', extra = '') =>
  `<UnitTestResult testId="${testId}" testName="${testName}" duration="00:00:00.5000000" outcome="${outcome}"${extra}>${inner}</UnitTestResult>`;
const definition = (testId: string, className: string) =>
  `<UnitTest id="${testId}" name="x"><TestMethod className="${className}" name="x" /></UnitTest>`;
const run = (results: string, definitions = '') => `<TestRun ${NS}><Results>${results}</Results><TestDefinitions>${definitions}</TestDefinitions></TestRun>`;

describe('a dotnet test (VSTest, MSTest) TRX: results first, definitions after', () => {
  const read = (files?: string[]) => collect(trxFormat, 'trx/mstest.trx', fixture('trx/mstest.trx'), new RepoPaths(WORKSPACE, files ? new Set(files) : undefined));

  it('maps outcomes: Failed failed, Timeout error, NotExecuted and Inconclusive skipped; data rows are the tests', async () => {
    const r = await read();
    expect([countTests(r.cases), r.problems, r.suites]).toEqual([{ total: 8, passed: 3, failed: 2, errors: 1, skipped: 2 }, [], []]);
    expect(r.cases.map((c) => [c.name, c.status])).toEqual([
      ['Add_ReturnsSum', 'passed'],
      ['Divide_ByZero_Throws', 'failed'],
      ['Later', 'skipped'],
      ['Parses_Locale', 'skipped'],
      ['Imports_LargeFile', 'error'],
      ['Multiply (2,3,6)', 'passed'],
      ['Multiply (-1,3,3)', 'failed'],
      ['Formats_Currency', 'passed']
    ]);
  });
  it('a failure keeps the whole ErrorInfo message and its stack, not StdOut or TextMessages, and is placed by the stack', async () => {
    const c = byName((await read()).cases, 'Divide_ByZero_Throws');
    expect([c.classname, c.suite, c.message, c.file, c.line, c.durationSeconds]).toEqual([
      'Calc.Tests.CalculatorTests',
      'Calc.Tests.CalculatorTests',
      'Assert.ThrowsException failed. Expected exception type:<System.DivideByZeroException>. Actual exception type:<System.OverflowException>.',
      'tests/Calc.Tests/CalculatorTests.cs',
      31,
      0.0345678
    ]);
    expect(c.details).toMatch(/^Assert\.ThrowsException failed[^\n]*\r\nException message: Arithmetic operation resulted in an overflow\.\nat Calc\.Tests\.CalculatorTests\.Divide_ByZero_Throws\(\) in /);
    expect([c.details?.includes('dividing 1 by 0'), c.details?.includes('Diagnostic')]).toEqual([false, false]);
  });
  it('skip and inconclusive reasons, timeouts and long durations', async () => {
    const r = await read();
    expect(['Later', 'Parses_Locale', 'Imports_LargeFile'].map((n) => [byName(r.cases, n).message, byName(r.cases, n).durationSeconds])).toEqual([
      ['Not implemented yet', 0],
      ['Assert.Inconclusive failed. Needs the de-DE culture installed.', 0.002],
      ["Test 'Imports_LargeFile' exceeded execution timeout period.", 60.015]
    ]);
  });
  it('a result without a TestDefinition still counts, without a class', async () => {
    const c = byName((await read()).cases, 'Formats_Currency');
    expect([c.status, c.classname, c.suite]).toEqual(['passed', undefined, '']);
  });
  it('with the tracked files the class finds its .cs file by its simple name', async () => {
    const r = await read(['tests/Calc.Tests/CalculatorTests.cs', 'src/Calc/Calculator.cs']);
    expect([byName(r.cases, 'Add_ReturnsSum').file, byName(r.cases, 'Imports_LargeFile').file]).toEqual(['tests/Calc.Tests/CalculatorTests.cs', undefined]);
  });
});

describe('an old mstest.exe TRX: definitions first, assembly-qualified classes, Windows paths', () => {
  it('reads the class without its assembly and places the failure on the tracked file', async () => {
    const r = await collect(trxFormat, 'legacy.trx', fixture('trx/legacy-definitions-first.trx'), new RepoPaths('C:\\build\\Legacy', new Set(['Legacy.Tests/StoreTests.cs'])));
    expect(r.cases.map((c) => [c.name, c.status, c.classname, c.durationSeconds, c.file, c.line])).toEqual([
      ['Saves', 'passed', 'Legacy.Tests.StoreTests', 0.25, 'Legacy.Tests/StoreTests.cs', undefined],
      ['Loads', 'failed', 'Legacy.Tests.StoreTests', 1, 'Legacy.Tests/StoreTests.cs', 27]
    ]);
  });
});

describe('outcomes', () => {
  it.each([
    ['Passed', 'passed'],
    ['PassedButRunAborted', 'passed'],
    ['Warning', 'passed'],
    ['Completed', 'skipped'],
    ['Failed', 'failed'],
    ['Error', 'error'],
    ['Timeout', 'error'],
    ['Aborted', 'error'],
    ['Disconnected', 'error'],
    ['NotRunnable', 'skipped'],
    ['InProgress', 'error'],
    ['NotExecuted', 'skipped'],
    ['Inconclusive', 'skipped'],
    ['Pending', 'skipped']
  ])('%s is %s (the README table gives the mapping and where it differs from publish-unit-test-result-action)', async (outcome, status) => {
    const [c] = (await parse(run(result('t1', 'T', outcome)))).cases;
    expect([c?.status, c?.message]).toEqual([status, undefined]);
  });
  it('an outcome TRX does not define is an error that names it, never a pass', async () => {
    const [c] = (await parse(run(result('t1', 'T', 'Exploded')))).cases;
    expect([c?.status, c?.message]).toEqual(['error', 'unknown TRX outcome “Exploded”']);
  });
});

describe('data-driven results and names', () => {
  it('a data-driven parent that failed on its own (no failed row) is reported itself', async () => {
    const rows = `<InnerResults>${result('t1', 'Rows (1)', 'Passed')}</InnerResults><Output><ErrorInfo><Message>Data source could not be read</Message></ErrorInfo></Output>`;
    const r = await parse(run(result('t1', 'Rows', 'Failed', rows)));
    expect(r.cases.map((c) => [c.name, c.status, c.message])).toEqual([['Rows (1)', 'passed', undefined], ['Rows', 'failed', 'Data source could not be read']]);
  });
  it('results waiting for definitions take their class when it arrives, each result of a testId alike', async () => {
    const r = await parse(run(result('t1', 'A', 'Passed') + result('t2', 'B (1)', 'Failed') + result('t2', 'B (2)', 'Passed'), definition('t2', 'Ns.B') + definition('t1', 'Ns.A')));
    expect(r.cases.map((c) => [c.name, c.classname])).toEqual([['B (1)', 'Ns.B'], ['B (2)', 'Ns.B'], ['A', 'Ns.A']]);
  });
  it('without a definition, a qualified testName (xUnit adapter) gives the class; dots in arguments do not', async () => {
    const r = await parse(run(result('t1', 'Calc.Tests.MathTests.Scales(factor: 1.5)', 'Passed')));
    expect(r.cases.map((c) => [c.classname, c.suite])).toEqual([['Calc.Tests.MathTests', 'Calc.Tests.MathTests']]);
  });
  it('a prefixed TRX namespace reads the same', async () => {
    const xml = `<t:TestRun xmlns:t="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><t:Results><t:UnitTestResult testId="a" testName="T" duration="00:00:01" outcome="Failed"><t:Output><t:ErrorInfo><t:Message>boom</t:Message></t:ErrorInfo></t:Output></t:UnitTestResult></t:Results><t:TestDefinitions>${''}<t:UnitTest id="a"><t:TestMethod className="Ns.C" name="T"/></t:UnitTest></t:TestDefinitions></t:TestRun>`;
    const [c] = (await parse(xml)).cases;
    expect([c?.status, c?.message, c?.classname, c?.durationSeconds]).toEqual(['failed', 'boom', 'Ns.C', 1]);
  });
});

describe('durations', () => {
  it.each([
    ['00:00:00.0012345', 0.0012345],
    ['01:02:03.5', 3723.5],
    ['1.02:03:04', 93784],
    ['00:00:00', 0],
    ['', 0],
    [undefined, 0],
    ['12.5', undefined],
    ['00:61:00', undefined],
    ['-00:00:01', undefined],
    ['99999999:00:00', undefined]
  ])('duration=%p reads as %p seconds (undefined: not a TimeSpan)', (raw, seconds) => {
    expect(parseTimeSpan(raw)).toEqual(seconds);
  });
  it('a duration that is not a TimeSpan is a located warning and the test counts without a time', async () => {
    const r = await parse(run(`\n${result('t1', 'T', 'Passed').replace('duration="00:00:00.5000000"', 'duration="1e23"')}`));
    expect([r.cases.map((c) => [c.name, c.status, c.timeUnknown]), r.warnings.map((w) => [w.line, w.message])]).toEqual([
      [['T', 'passed', true]],
      [[2, 'the time “1e23” of test “T” is not a duration in seconds (0 to 1,000,000): the test counts, its time is left out of history and shard planning']]
    ]);
  });
});

describe('unreadable documents', () => {
  it('a JUnit file given as TRX is one located problem and no cases', async () => {
    expect(await parse('<?xml version="1.0"?>\n<testsuites><testsuite/></testsuites>')).toEqual({
      cases: [],
      suites: [],
      problems: [{ file: FILE, line: 2, column: 13, message: 'expected a TRX <TestRun> root element, found <testsuites>' }],
      warnings: [],
      declared: []
    });
  });
  it('a file cut off before its definitions keeps the results read, without classes', async () => {
    const r = await parse(`<TestRun ${NS}><Results>${result('t1', 'A', 'Passed')}${result('t2', 'B', 'Failed')}<UnitTestResult testId="t3" testName="C"`);
    expect([r.cases.map((c) => [c.name, c.status, c.classname]), r.problems.length]).toEqual([[['A', 'passed', undefined], ['B', 'failed', undefined]], 1]);
  });
  it('malformed XML inside a result stops there with its position; the result it broke is not counted', async () => {
    const r = await parse(`<TestRun ${NS}><Results>\n${result('t1', 'A', 'Passed')}\n<UnitTestResult testId="t2" testName="B" outcome="Passed"><Output></UnitTestResult>`);
    expect([r.cases.map((c) => c.name), r.problems]).toEqual([['A'], [{ file: FILE, line: 3, column: 67, message: 'unexpected </UnitTestResult>: expected </Output>' }]]);
  });
});
