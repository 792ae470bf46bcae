import { describe, expect, it } from '@jest/globals';
import { coberturaFormat } from '../../../../../src/ingest/formats/coverage/cobertura.js';
import { RepoPaths } from '../../../../../src/ingest/paths.js';
import { byteChunks, stringChunks } from '../../../builders.js';
import { fileAt, fixture, head, numbers, parse } from './helpers.js';

const FILE = 'coverage.cobertura.xml';
const REPO = new RepoPaths('/w', new Set(['src/app.py']));
const read = (xml: string, repo = REPO) => parse(coberturaFormat, FILE, stringChunks(xml), repo);

/** A small report: one class with a header; `lines` and `header` vary per test. */
const doc = (lines: string, header = 'line-rate="1"') => `<?xml version="1.0"?>
<coverage ${header}>
  <sources><source>/w/src</source></sources>
  <packages><package name="app"><classes>
    <class name="App" filename="app.py">
      <lines>
${lines}
      </lines>
    </class>
  </classes></package></packages>
</coverage>`;

describe('Cobertura written by real tools', () => {
  it('nyc: method lines are not line records, and the header branch count it inflates is a warning', async () => {
    const repo = new RepoPaths('/tmp/gen-cov', new Set(['src/math.js', 'src/util/format.js']));
    const { report, problems, warnings } = await parse(coberturaFormat, 'nyc.xml', fixture('cobertura/nyc.cobertura.xml'), repo);
    expect(numbers(report)).toEqual({
      files: { 'src/math.js': { lines: [6, 8], branches: [4, 6] }, 'src/util/format.js': { lines: [3, 3], branches: [0, 0] } },
      lines: [9, 11],
      branches: [4, 6],
      unplaced: []
    });
    expect(fileAt(report, 'src/math.js').functions).toEqual([
      { name: 'clamp', line: 3, hits: 2 },
      { name: 'ratio', line: 13, hits: 1 },
      { name: 'unused', line: 17, hits: 0 }
    ]);
    expect(report.declared).toEqual({ lines: { covered: 9, total: 11 }, branches: { covered: 4, total: 7 } });
    expect(problems).toEqual([]);
    // istanbul's cobertura writer drops a branch on a line without a statement (a default
    // parameter) from the <line> records but keeps it in the header: 4 of 7 against 4 of 6.
    expect(warnings).toEqual([
      { file: 'nyc.xml', line: 3, message: 'the header declares branches 4 of 7 covered, but the records add up to 4 of 6; totals are recomputed from the records' }
    ]);
  });

  it('gcovr: the DOCTYPE is inert, "." as the source root, header and records agree', async () => {
    const { report, problems, warnings } = await parse(coberturaFormat, 'gcovr.xml', fixture('cobertura/gcovr.cobertura.xml'), new RepoPaths('/tmp/gen-c'));
    expect(numbers(report)).toEqual({ files: { 'clamp.c': { lines: [10, 13], branches: [6, 10] } }, lines: [10, 13], branches: [6, 10], unplaced: [] });
    expect([problems, warnings]).toEqual([[], []]);
  });

  it('Coverlet (BOM, CRLF, Windows paths): classes naming one file merge, paths found under the source root', async () => {
    const repo = new RepoPaths('D:\\a\\gates\\gates', new Set(['src/Acme.Gates/Clamp.cs', 'src/Acme.Gates/Format.cs']));
    for (const size of [7, 4096]) {
      const { report, problems, warnings } = await parse(coberturaFormat, 'coverlet.xml', fixture('cobertura/coverlet-bom-crlf.cobertura.xml', size), repo);
      expect(numbers(report)).toEqual({
        files: { 'src/Acme.Gates/Clamp.cs': { lines: [6, 10], branches: [3, 6] }, 'src/Acme.Gates/Format.cs': { lines: [3, 3], branches: [0, 0] } },
        lines: [9, 13],
        branches: [3, 6],
        unplaced: []
      });
      expect([problems, warnings]).toEqual([[], []]);
    }
  });
});

describe('header check', () => {
  it('counts that disagree with the records are a warning with the header line and both numbers', async () => {
    const { warnings } = await read(doc('<line number="1" hits="1"/><line number="2" hits="0"/>', 'lines-covered="2" lines-valid="2" line-rate="1"'));
    expect(warnings).toEqual([{ file: FILE, line: 2, message: 'the header declares lines 2 of 2 covered, but the records add up to 1 of 2; totals are recomputed from the records' }]);
  });

  it.each([
    { rate: '0.5', warns: false },
    { rate: '0.4999', warns: false },
    { rate: '0.6', warns: true }
  ])('a bare line-rate of $rate against 1 of 2 lines warns: $warns', async ({ rate, warns }) => {
    const { warnings } = await read(doc('<line number="1" hits="1"/><line number="2" hits="0"/>', `line-rate="${rate}"`));
    expect(warnings.length > 0).toBe(warns);
  });
});

describe('broken reports', () => {
  it('a truncated file keeps the classes read so far, names the line it stopped at, and does not also blame the header', async () => {
    const full = doc('<line number="1" hits="1"/>\n<line number="2" hits="0"/>', 'lines-covered="1" lines-valid="2" line-rate="0.5"');
    const { report, problems, warnings } = await read(full.slice(0, full.indexOf('<line number="2"') + 10));
    expect(numbers(report).lines).toEqual([1, 1]);
    expect(warnings).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 8 });
  });

  it.each([
    ['<line number="x" hits="1"/>', '<line>: expected a positive line number, found number=“x”'],
    ['<line number="3" hits="1.5"/>', '<line number="3">: expected a hit count, found hits=“1.5”'],
    ['<line number="3" hits="1" branch="true" condition-coverage="half"/>', '<line number="3">: expected condition-coverage like "50% (1/2)", found “half”']
  ])('%s is a located problem and the next line still counts', async (bad, message) => {
    const { report, problems } = await read(doc(`${bad}\n<line number="9" hits="4"/>`));
    expect(problems).toEqual([{ file: FILE, line: 7, message }]);
    expect(fileAt(report, 'src/app.py').lines.get(9)).toBe(4);
  });

  it('hits beyond 2^53 are clamped', async () => {
    const { report } = await read(doc('<line number="1" hits="18446744073709551615"/>'));
    expect(fileAt(report, 'src/app.py').lines.get(1)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('a document without classes is "no coverage records"; another root element is named', async () => {
    expect((await read('<coverage line-rate="0"><packages/></coverage>')).problems).toEqual([
      { file: FILE, message: 'no coverage records: no <class filename> element found' }
    ]);
    expect((await read('<testsuites/>')).problems).toEqual([
      { file: FILE, line: 1, column: 14, message: 'expected a Cobertura report (root element <coverage>), found <testsuites>' }
    ]);
  });

  it('byte chunks of 1 read the same as one string', async () => {
    const xml = doc('<line number="1" hits="1" branch="true" condition-coverage="50% (1/2)"/>');
    expect(numbers((await parse(coberturaFormat, FILE, byteChunks(xml, 1), REPO)).report)).toEqual(numbers((await read(xml)).report));
  });
});

describe('sniff', () => {
  it.each([
    { name: 'nyc', text: head('cobertura/nyc.cobertura.xml'), expected: true },
    { name: 'gcovr', text: head('cobertura/gcovr.cobertura.xml'), expected: true },
    { name: 'Coverlet', text: head('cobertura/coverlet-bom-crlf.cobertura.xml'), expected: true },
    { name: 'Clover', text: head('clover/nyc.clover.xml'), expected: false },
    { name: 'JUnit', text: '<testsuites><testsuite name="x"/></testsuites>', expected: false }
  ])('$name → $expected', ({ text, expected }) => {
    expect(coberturaFormat.sniff(text, 'coverage.xml')).toBe(expected);
  });
});

describe('a DOCTYPE that declares entities', () => {
  it('is read: the entity stays as written, with a located warning', async () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE coverage [<!ENTITY x "y">]>\n<coverage line-rate="1" branch-rate="0" version="1" timestamp="1"><packages><package name="p"><classes><class name="a" filename="src/&x;.py"><lines><line number="1" hits="1"/></lines></class></classes></package></packages></coverage>';
    const r = await coberturaFormat.parse('coverage.xml', stringChunks(xml), { repo: new RepoPaths('/w') });
    expect([r.problems, r.report.files.map((f) => f.path), r.warnings.map((w) => [w.line, w.message])]).toEqual([
      [],
      ['src/&x;.py'],
      [[3, 'the entity &x; (declared in the DOCTYPE) is left as written: DTD entities are never expanded']]
    ]);
  });
});
