import { describe, expect, it } from '@jest/globals';
import { nunitFormat } from '../../../../../src/ingest/formats/tests/nunit.js';
import { RepoPaths } from '../../../../../src/ingest/paths.js';
import { countTests } from '../../../../../src/model/tests.js';
import { stringChunks } from '../../../builders.js';
import { byName, collect, fixture, WORKSPACE } from '../../collect.js';

const FILE = 'TestResult.xml';
const parse = (xml: string) => collect(nunitFormat, FILE, stringChunks(xml));
const v3 = (cases: string) => `<test-run><test-suite type="TestFixture" name="C" fullname="Ns.C">${cases}</test-suite></test-run>`;
const v2 = (cases: string) => `<test-results><test-suite type="TestFixture" name="C"><results>${cases}</results></test-suite></test-results>`;

describe('NUnit 3', () => {
  const read = (files?: string[]) => collect(nunitFormat, 'nunit/nunit3.xml', fixture('nunit/nunit3.xml'), new RepoPaths(WORKSPACE, files ? new Set(files) : undefined));

  it('maps results as publish-unit-test-result-action does: a <failure> fails whatever the label, Warning passed, Inconclusive and Ignored skipped', async () => {
    const r = await read();
    expect([countTests(r.cases), r.problems]).toEqual([{ total: 9, passed: 4, failed: 3, errors: 0, skipped: 2 }, []]);
    expect(r.cases.map((c) => [c.name, c.status])).toEqual([
      ['Add_ReturnsSum', 'passed'],
      ['Subtract_ReturnsDifference', 'failed'],
      ['Divide_ByZero', 'failed'],
      ['Later', 'skipped'],
      ['Parses_Locale', 'skipped'],
      ['Rounds', 'passed'],
      ['Multiply(2,3,6)', 'passed'],
      ['Multiply(1.5,2,3)', 'passed'],
      ['Multiply(-1,3,3)', 'failed']
    ]);
  });
  it("a failure's message and stack trace, not its <output> or the <assertions> that repeat it", async () => {
    const c = byName((await read()).cases, 'Subtract_ReturnsDifference');
    expect([c.message, c.classname, c.suite, c.durationSeconds, c.file, c.line]).toEqual([
      'Assert.That(calc.Subtract(5, 3), Is.EqualTo(3))',
      'Calc.Tests.CalculatorTests',
      'Calc.Tests.CalculatorTests',
      0.0123,
      'tests/Calc.Tests/CalculatorTests.cs',
      22
    ]);
    expect(c.details).toEqual(
      'Assert.That(calc.Subtract(5, 3), Is.EqualTo(3))\n  Expected: 3\n  But was:  2\nat Calc.Tests.CalculatorTests.Subtract_ReturnsDifference() in /home/runner/work/app/app/tests/Calc.Tests/CalculatorTests.cs:line 22'
    );
  });
  it('skip reasons become the message', async () => {
    const r = await read();
    expect(['Later', 'Parses_Locale', 'Rounds'].map((n) => byName(r.cases, n).message)).toEqual(['Not implemented yet', 'Needs the de-DE culture', 'Rounding mode is deprecated']);
  });
  it('parameterized cases sit in their method suite and keep the class', async () => {
    const c = byName((await read()).cases, 'Multiply(1.5,2,3)');
    expect([c.suite, c.classname]).toEqual(['Calc.Tests.CalculatorTests.Multiply', 'Calc.Tests.CalculatorTests']);
  });
  it('every suite level with its own duration; the assembly by file name', async () => {
    expect((await read()).suites.map((s) => [s.name, s.durationSeconds, s.file])).toEqual([
      ['Calc.Tests.CalculatorTests.Multiply', 0.03, 'tests/Calc.Tests/CalculatorTests.cs'],
      ['Calc.Tests.CalculatorTests', 0.54, undefined],
      ['Calc.Tests', 0.56, undefined],
      ['Calc', 0.58, undefined],
      ['Calc.Tests.dll', 0.6, undefined]
    ]);
  });
  it('without a file list an error lands on the first repo frame; with one, on the test class file', async () => {
    const bare = byName((await read()).cases, 'Divide_ByZero');
    const tracked = byName((await read(['tests/Calc.Tests/CalculatorTests.cs', 'src/Calc/Calculator.cs'])).cases, 'Divide_ByZero');
    expect([bare.file, bare.line, tracked.file, tracked.line]).toEqual(['src/Calc/Calculator.cs', 14, 'tests/Calc.Tests/CalculatorTests.cs', 29]);
  });
  it.each([
    ['an unknown result is an error naming it', 'result="Exploded"', '', 'error', 'unknown NUnit result “Exploded”'],
    ['Failed with label Cancelled', 'result="Failed" label="Cancelled"', '<failure><message>x</message></failure>', 'failed', 'x'],
    ['Failed with label Error', 'result="Failed" label="Error"', '<failure><message>x</message></failure>', 'failed', 'x'],
    ['result Error with a <failure>', 'result="Error"', '<failure><message>x</message></failure>', 'error', 'x'],
    ['Failed with label Invalid and runstate NotRunnable, a <reason> only', 'result="Failed" label="Invalid" runstate="NotRunnable"', '<reason><message>bad signature</message></reason>', 'skipped', 'bad signature'],
    ['Failed without a <failure>', 'result="Failed"', '', 'failed', undefined],
    ['Skipped with label Explicit', 'result="Skipped" label="Explicit"', '', 'skipped', undefined],
    ['Inconclusive', 'result="Inconclusive"', '', 'skipped', undefined],
    ['Warning', 'result="Warning"', '<reason><message>careful</message></reason>', 'passed', 'careful'],
    ['runstate Ignored', 'result="Skipped" label="Ignored" runstate="Ignored"', '', 'skipped', undefined]
  ])('%s', async (_label, attrs, inner, status, message) => {
    const [c] = (await parse(v3(`<test-case name="a" classname="Ns.C" ${attrs}>${inner}</test-case>`))).cases;
    expect([c?.status, c?.message]).toEqual([status, message]);
  });
  it('a bare <test-suite> root (NUnit 3, no <test-run>) reads its cases', async () => {
    const r = await parse('<test-suite type="Assembly" id="1" name="A.dll" fullname="/x/A.dll" testcasecount="2"><test-suite type="TestFixture" name="C" fullname="Ns.C"><test-case name="a" classname="Ns.C" result="Passed" duration="0.5"/><test-case name="b" classname="Ns.C" executed="False" result="Skipped"/></test-suite></test-suite>');
    expect(r.cases.map((c) => [c.suite, c.classname, c.name, c.status, c.durationSeconds])).toEqual([['Ns.C', 'Ns.C', 'a', 'passed', 0.5], ['Ns.C', 'Ns.C', 'b', 'skipped', 0]]);
  });
});

describe('NUnit 2', () => {
  it('results, fully qualified names split into class and test, time attributes', async () => {
    const r = await collect(nunitFormat, 'nunit/nunit2.xml', fixture('nunit/nunit2.xml'));
    expect([countTests(r.cases), r.problems]).toEqual([{ total: 6, passed: 1, failed: 1, errors: 1, skipped: 3 }, []]);
    expect(r.cases.map((c) => [c.classname, c.name, c.status, c.durationSeconds])).toEqual([
      ['Legacy.Tests.StoreTests', 'Saves', 'passed', 0.12],
      ['Legacy.Tests.StoreTests', 'Loads', 'failed', 0.08],
      ['Legacy.Tests.StoreTests', 'Deletes', 'error', 0.01],
      ['Legacy.Tests.StoreTests', 'Migrates', 'skipped', 0],
      ['Legacy.Tests.StoreTests', 'Compresses("a.b",2)', 'skipped', 0.002],
      ['Legacy.Tests.StoreTests', 'Broken', 'skipped', 0]
    ]);
    expect([byName(r.cases, 'Loads').message, byName(r.cases, 'Broken').message]).toEqual(['Expected: 3', 'Method has non-void return value, but no result is expected']);
    expect(r.suites.map((s) => [s.name, s.durationSeconds])).toEqual([['StoreTests', 0.39], ['Tests', 0.398], ['Legacy', 0.4], ['Legacy.Tests.dll', 0.412]]);
  });
  it('without a result attribute, executed and success decide', async () => {
    const r = await parse(v2('<test-case name="N.C.a" executed="True" success="True"/><test-case name="N.C.b" executed="True" success="False"/><test-case name="N.C.c" executed="False"/>'));
    expect(r.cases.map((c) => [c.name, c.status])).toEqual([['a', 'passed'], ['b', 'failed'], ['c', 'skipped']]);
  });
});

describe('unreadable documents', () => {
  it('an xUnit file given as NUnit is one located problem and no cases', async () => {
    expect(await parse('<assemblies>\n  <assembly/></assemblies>')).toEqual({
      cases: [],
      suites: [],
      problems: [{ file: FILE, line: 1, column: 13, message: 'expected an NUnit <test-run>, <test-results> or <test-suite> root element, found <assemblies>' }],
      warnings: [],
      declared: []
    });
  });
  it('a truncated file keeps the closed cases, not the one it cut, nor the unclosed suites', async () => {
    const r = await parse('<test-run><test-suite type="TestFixture" name="C">\n<test-case name="a" result="Passed"/>\n<test-case name="b" result="Failed"><failure><message>bo');
    expect([r.cases.map((c) => c.name), r.suites, r.problems.length]).toEqual([['a'], [], 1]);
  });
});
