import { describe, expect, it } from '@jest/globals';
import { cloverFormat } from '../../../../../src/ingest/formats/coverage/clover.js';
import { RepoPaths } from '../../../../../src/ingest/paths.js';
import { stringChunks } from '../../../builders.js';
import { fileAt, fixture, head, numbers, parse } from './helpers.js';

const FILE = 'clover.xml';
const WORKSPACE = '/home/runner/work/gates/gates';
const read = (xml: string) => parse(cloverFormat, FILE, stringChunks(xml), new RepoPaths(WORKSPACE));

/**
 * The shape OpenClover 4 writes (by hand): `cond` lines carry how often the condition was true and
 * false and no `count`, methods are `type="method"` lines, test sources sit in `<testproject>`.
 */
const OPENCLOVER = `<?xml version="1.0" encoding="UTF-8"?>
<coverage generated="1731000000000" clover="4.5.2">
  <project timestamp="1731000000000" name="gates">
    <metrics complexity="4" elements="10" coveredelements="8" conditionals="4" coveredconditionals="3" statements="3" coveredstatements="2" coveredmethods="1" methods="1" classes="1" loc="20" ncloc="15" packages="1" files="1"/>
    <package name="com.acme.gates">
      <metrics conditionals="4" coveredconditionals="3" statements="3" coveredstatements="2" coveredmethods="1" methods="1"/>
      <file name="Clamp.java" path="${WORKSPACE}/src/main/java/com/acme/gates/Clamp.java">
        <metrics conditionals="4" coveredconditionals="3" statements="3" coveredstatements="2" coveredmethods="1" methods="1"/>
        <class name="Clamp"><metrics conditionals="4" coveredconditionals="3" statements="3" coveredstatements="2" coveredmethods="1" methods="1"/></class>
        <line num="7" count="3" type="method" signature="clamp(int,int,int) : int" visibility="public" complexity="3"/>
        <line num="8" truecount="1" falsecount="2" type="cond"/>
        <line num="9" count="1" type="stmt"/>
        <line num="11" truecount="0" falsecount="2" type="cond"/>
        <line num="12" count="0" type="stmt"/>
        <line num="14" count="2" type="stmt"/>
      </file>
    </package>
  </project>
  <testproject timestamp="1731000000000" name="gates">
    <metrics conditionals="0" coveredconditionals="0" statements="1" coveredstatements="1"/>
    <package name="com.acme.gates">
      <file name="ClampTest.java" path="${WORKSPACE}/src/test/java/com/acme/gates/ClampTest.java">
        <line num="10" count="1" type="stmt"/>
      </file>
    </package>
  </testproject>
</coverage>`;

describe('Clover from real tools', () => {
  it('nyc: cond lines are lines with branches (arms covered / not covered); the header conditionals it inflates warn', async () => {
    const repo = new RepoPaths('/tmp/gen-cov', new Set(['src/math.js', 'src/util/format.js']));
    const { report, problems, warnings } = await parse(cloverFormat, 'clover.xml', fixture('clover/nyc.clover.xml'), repo);
    expect(numbers(report)).toEqual({
      files: { 'src/math.js': { lines: [6, 8], branches: [4, 6] }, 'src/util/format.js': { lines: [3, 3], branches: [0, 0] } },
      lines: [9, 11],
      branches: [4, 6],
      unplaced: []
    });
    expect(report.declared).toEqual({ branches: { covered: 4, total: 7 } });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      { file: 'clover.xml', line: 4, message: 'the header declares conditionals 4 of 7 covered, but the records add up to 4 of 6; totals are recomputed from the records' }
    ]);
  });

  it('OpenClover: cond lines count true/false outcomes, methods become functions, test sources are left out', async () => {
    const { report, problems, warnings } = await read(OPENCLOVER);
    const path = 'src/main/java/com/acme/gates/Clamp.java';
    expect(numbers(report)).toEqual({ files: { [path]: { lines: [4, 5], branches: [3, 4] } }, lines: [4, 5], branches: [3, 4], unplaced: [] });
    expect(fileAt(report, path).functions).toEqual([{ name: 'clamp(int,int,int) : int', line: 7, hits: 3 }]);
    expect([problems, warnings]).toEqual([[], []]);
  });
});

describe('broken reports', () => {
  const one = (line: string) => `<coverage generated="1"><project><file path="${WORKSPACE}/a.js">\n${line}\n<line num="9" count="4" type="stmt"/>\n</file></project></coverage>`;

  it.each([
    ['<line num="2" count="many" type="stmt"/>', '<line num="2">: expected a count, found count=“many”'],
    ['<line num="-2" count="1" type="stmt"/>', '<line>: expected a positive line number, found num=“-2”'],
    ['<line num="2" type="cond" truecount="1"/>', '<line num="2" type="cond">: expected truecount and falsecount, found “1” and “”']
  ])('%s is a located problem; the next line still counts', async (bad, message) => {
    const { report, problems } = await read(one(bad));
    expect(problems).toEqual([{ file: FILE, line: 2, message }]);
    expect(fileAt(report, 'a.js').lines.get(9)).toBe(4);
  });

  it('a truncated report is located and keeps what it read', async () => {
    const full = one('<line num="2" count="1" type="stmt"/>');
    const { report, problems } = await read(full.slice(0, full.indexOf('</file>')));
    expect(numbers(report).lines).toEqual([2, 2]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 4 });
  });

  it('a project without files is "no coverage records"', async () => {
    expect((await read('<coverage generated="1"><project/></coverage>')).problems).toEqual([{ file: FILE, message: 'no coverage records: no <file> element found' }]);
  });
});

describe('sniff', () => {
  it.each([
    { name: 'nyc clover', text: head('clover/nyc.clover.xml'), expected: true },
    { name: 'OpenClover', text: OPENCLOVER.slice(0, 400), expected: true },
    { name: 'Cobertura', text: head('cobertura/gcovr.cobertura.xml'), expected: false }
  ])('$name → $expected', ({ text, expected }) => {
    expect(cloverFormat.sniff(text, 'clover.xml')).toBe(expected);
  });
});
