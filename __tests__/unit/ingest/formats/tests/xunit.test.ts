import { describe, expect, it } from '@jest/globals';
import { xunitFormat } from '../../../../../src/ingest/formats/tests/xunit.js';
import { countTests } from '../../../../../src/model/tests.js';
import { stringChunks } from '../../../builders.js';
import { byName, collect, fixture } from '../../collect.js';

const FILE = 'xunit.xml';
const parse = (xml: string) => collect(xunitFormat, FILE, stringChunks(xml));
const inCollection = (tests: string) => `<assemblies><assembly name="A.dll"><collection name="c" time="1">${tests}</collection></assembly></assemblies>`;

describe('xUnit.net v2', () => {
  const read = () => collect(xunitFormat, 'xunit/xunit.xml', fixture('xunit/xunit.xml'));

  it('Pass, Fail and Skip, plus a class cleanup that threw as an error of its assembly', async () => {
    const r = await read();
    expect([countTests(r.cases), r.problems]).toEqual([{ total: 8, passed: 4, failed: 2, errors: 1, skipped: 1 }, []]);
    const cleanup = byName(r.cases, '[test-class-cleanup] Calc.Tests.DatabaseTests');
    expect([cleanup.status, cleanup.suite, cleanup.message, cleanup.file, cleanup.line]).toEqual([
      'error',
      'Calc.Tests.dll',
      'System.InvalidOperationException : The connection was not closed.',
      'tests/Calc.Tests/DatabaseFixture.cs',
      19
    ]);
  });
  it('a failure: first line of the message, the whole message and stack as details, output left out', async () => {
    const c = byName((await read()).cases, 'Calc.Tests.CalculatorTests.Divide_ByZero_Throws');
    expect([c.status, c.classname, c.suite, c.durationSeconds, c.message, c.file, c.line]).toEqual([
      'failed',
      'Calc.Tests.CalculatorTests',
      'Test collection for Calc.Tests.CalculatorTests',
      0.0345678,
      'Assert.Throws() Failure: No exception was thrown',
      'tests/Calc.Tests/CalculatorTests.cs',
      25
    ]);
    expect(c.details).toEqual(
      'Assert.Throws() Failure: No exception was thrown\nExpected: typeof(System.DivideByZeroException)\nat Calc.Tests.CalculatorTests.Divide_ByZero_Throws() in /home/runner/work/app/app/tests/Calc.Tests/CalculatorTests.cs:line 25'
    );
  });
  it('a skip reason is the message; theory rows keep their arguments in the name', async () => {
    const r = await read();
    expect(byName(r.cases, 'Calc.Tests.CalculatorTests.Later').message).toEqual('Not implemented yet');
    expect(byName(r.cases, 'Calc.Tests.CalculatorTests.Multiply(a: 1.5, b: 2, expected: 3)').status).toEqual('passed');
  });
  it('collections and the assembly (by file name) are suites with their own times', async () => {
    expect((await read()).suites).toEqual([
      { name: 'Test collection for Calc.Tests.CalculatorTests', file: 'tests/Calc.Tests/CalculatorTests.cs', durationSeconds: 0.25, reportFile: 'xunit/xunit.xml' },
      { name: 'Test collection for Calc.Tests.DatabaseTests', file: 'tests/Calc.Tests/DatabaseTests.cs', durationSeconds: 0.3, reportFile: 'xunit/xunit.xml' },
      { name: 'Calc.Tests.dll', durationSeconds: 0.612, reportFile: 'xunit/xunit.xml' }
    ]);
  });
});

describe('edge cases', () => {
  it('a failure without a message falls back to its exception type', async () => {
    const [c] = (await parse(inCollection('<test name="T" type="C" result="Fail"><failure exception-type="System.StackOverflowException"><message></message></failure></test>'))).cases;
    expect([c?.status, c?.message]).toEqual(['failed', 'System.StackOverflowException']);
  });
  it('NotRun (xUnit v3) is skipped; an unknown result is an error naming it', async () => {
    const r = await parse(inCollection('<test name="a" result="NotRun"/><test name="b" result="Exploded"/>'));
    expect(r.cases.map((c) => [c.name, c.status, c.message])).toEqual([['a', 'skipped', undefined], ['b', 'error', 'unknown xUnit result “Exploded”']]);
  });
  it('the v1 shape (<assembly> root, <class> groups) reads the same way', async () => {
    const r = await parse('<assembly name="C:\\ci\\A.dll" time="2"><class name="N.C" time="1.5"><test name="N.C.a" type="N.C" method="a" result="Pass" time="0.5"/></class></assembly>');
    expect([r.cases.map((c) => [c.suite, c.name, c.classname, c.status, c.durationSeconds]), r.suites.map((s) => [s.name, s.durationSeconds])]).toEqual([
      [['N.C', 'N.C.a', 'N.C', 'passed', 0.5]],
      [['N.C', 1.5], ['A.dll', 2]]
    ]);
  });
});

describe('unreadable documents', () => {
  it('a NUnit file given as xUnit is one located problem and no cases', async () => {
    expect(await parse('<test-run>\n<test-case name="a"/></test-run>')).toEqual({
      cases: [],
      suites: [],
      problems: [{ file: FILE, line: 1, column: 11, message: 'expected an xUnit <assemblies> root element, found <test-run>' }],
      warnings: [],
      declared: []
    });
  });
  it('malformed XML keeps the tests before it and names line and column', async () => {
    const r = await parse(inCollection('\n<test name="a" result="Pass"/>\n<test name="b" result=Fail/>'));
    expect([r.cases.map((c) => c.name), r.problems]).toEqual([['a'], [{ file: FILE, line: 3, column: 23, message: 'unquoted value of attribute result' }]]);
  });
});
