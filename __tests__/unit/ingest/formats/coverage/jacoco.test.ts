import { describe, expect, it } from '@jest/globals';
import { jacocoFormat } from '../../../../../src/ingest/formats/coverage/jacoco.js';
import { mergeCoverage } from '../../../../../src/ingest/formats/coverage/merge.js';
import { RepoPaths } from '../../../../../src/ingest/paths.js';
import { stringChunks } from '../../../builders.js';
import { fileAt, fixture, head, numbers, parse } from './helpers.js';

const CLAMP = 'core/src/main/java/com/acme/gates/Clamp.java';
const PAD = 'text/src/main/java/com/acme/gates/text/Pad.java';
const REPO = new RepoPaths('/home/runner/work/gates/gates', new Set([CLAMP, PAD, 'core/src/test/java/com/acme/gates/ClampTest.java']));
const FILE = 'jacoco.xml';
const read = (xml: string) => parse(jacocoFormat, FILE, stringChunks(xml), REPO);
const readFixture = (name: string) => parse(jacocoFormat, name, fixture(`jacoco/${name}`), REPO);

const BOTH_MODULES = {
  files: { [CLAMP]: { lines: [5, 7], branches: [5, 8] }, [PAD]: { lines: [3, 4], branches: [1, 2] } },
  lines: [8, 11],
  branches: [6, 10],
  unplaced: []
};

/** A one-file report; `lines` and `counters` vary per test. */
const doc = (lines: string, counters = '') => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">
<report name="app">
  <package name="com/acme/gates">
    <sourcefile name="Clamp.java">
${lines}
    </sourcefile>
  </package>
${counters}
</report>`;

describe('JaCoCo written by JaCoCo 0.8.6', () => {
  it('one module: package path + sourcefile placed by suffix, ci > 0 covers a line, mb/cb are branches', async () => {
    const { report, problems, warnings } = await readFixture('core.xml');
    expect(numbers(report)).toEqual({ files: { [CLAMP]: { lines: [5, 7], branches: [5, 8] } }, lines: [5, 7], branches: [5, 8], unplaced: [] });
    expect(report.declared).toEqual({ lines: { covered: 5, total: 7 }, branches: { covered: 5, total: 8 } });
    expect(fileAt(report, CLAMP).branches.get(18)).toEqual({ covered: 2, total: 4 });
    expect(fileAt(report, CLAMP).functions).toEqual([
      { name: 'Clamp.clamp', line: 8, hits: 1 },
      { name: 'Clamp.inside', line: 18, hits: 1 },
      { name: 'Clamp.never', line: 22, hits: 0 }
    ]);
    expect([problems, warnings]).toEqual([[], []]);
  });

  it('module reports merged give the same files as the aggregate report with one <group> per module', async () => {
    const core = await readFixture('core.xml');
    const text = await readFixture('text.xml');
    const aggregate = await readFixture('aggregate.xml');
    const merged = mergeCoverage([core.report, text.report]);
    expect(numbers(merged)).toEqual(BOTH_MODULES);
    expect(numbers(aggregate.report)).toEqual(BOTH_MODULES);
    expect(merged.files).toEqual(aggregate.report.files);
    expect(merged.declared).toBeUndefined();
    expect(aggregate.report.declared).toEqual({ lines: { covered: 8, total: 11 }, branches: { covered: 6, total: 10 } });
    expect(aggregate.warnings).toEqual([]);
  });

  it('without the tracked files the path is the package path, unprefixed', async () => {
    const { report } = await parse(jacocoFormat, 'core.xml', fixture('jacoco/core.xml'), new RepoPaths('/w'));
    expect(report.files.map((f) => f.path)).toEqual(['com/acme/gates/Clamp.java']);
  });
});

describe('header check and broken reports', () => {
  it('a LINE counter that disagrees with the lines is a warning with its line and both numbers', async () => {
    const { warnings } = await read(doc('<line nr="8" mi="0" ci="3" mb="0" cb="0"/>', '<counter type="LINE" missed="1" covered="1"/>'));
    expect(warnings).toEqual([
      { file: FILE, line: 9, message: 'the header declares lines (LINE counter) 1 of 2 covered, but the records add up to 1 of 1; totals are recomputed from the records' }
    ]);
  });

  it.each([
    ['<line nr="0" mi="1" ci="0" mb="0" cb="0"/>', '<line>: expected a positive line number, found nr=“0”'],
    ['<line nr="8" mi="1" ci="lots" mb="0" cb="0"/>', '<line nr="8">: expected a count, found ci=“lots”']
  ])('%s is a located problem; the next line still counts', async (bad, message) => {
    const { report, problems } = await read(doc(`${bad}\n<line nr="9" mi="0" ci="2"/>`));
    expect(problems).toEqual([{ file: FILE, line: 6, message }]);
    expect(numbers(report).lines).toEqual([1, 1]);
  });

  it('a report cut off mid-way keeps the lines before the cut and names where it stopped', async () => {
    const full = doc('<line nr="8" mi="0" ci="3"/>\n<line nr="9" mi="2" ci="0"/>');
    const { report, problems } = await read(full.slice(0, full.indexOf('<line nr="9"') + 8));
    expect(numbers(report).lines).toEqual([1, 1]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 7 });
  });

  it('a class in the default package is just its file name', async () => {
    const { report } = await parse(jacocoFormat, FILE, stringChunks('<report name="r"><package name=""><sourcefile name="Main.java"><line nr="3" mi="0" ci="1"/></sourcefile></package></report>'), new RepoPaths('/w'));
    expect(numbers(report).files).toEqual({ 'Main.java': { lines: [1, 1], branches: [0, 0] } });
  });
});

describe('sniff', () => {
  it.each([
    { name: 'JaCoCo with its DOCTYPE', text: head('jacoco/core.xml'), expected: true },
    { name: 'JaCoCo without a DOCTYPE', text: '<report name="x"><sessioninfo id="a"/>', expected: true },
    { name: 'some other <report>', text: '<report><title>x</title></report>', expected: false },
    { name: 'Cobertura', text: head('cobertura/nyc.cobertura.xml'), expected: false }
  ])('$name → $expected', ({ text, expected }) => {
    expect(jacocoFormat.sniff(text, 'jacoco.xml')).toBe(expected);
  });
});
