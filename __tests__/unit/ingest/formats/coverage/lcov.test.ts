import { describe, expect, it } from '@jest/globals';
import { lcovFormat } from '../../../../../src/ingest/formats/coverage/lcov.js';
import { RepoPaths } from '../../../../../src/ingest/paths.js';
import { byteChunks, stringChunks } from '../../../builders.js';
import { fileAt, fixture, head, numbers, parse } from './helpers.js';

const FILE = 'coverage/lcov.info';
const JS_REPO = new RepoPaths('/tmp/gen-cov', new Set(['src/math.js', 'src/util/format.js', 'test.js']));
const read = (text: string, repo = JS_REPO) => parse(lcovFormat, FILE, stringChunks(text), repo);

describe('lcov written by real tools', () => {
  it('nyc: per-file lines and branches, an uncalled function, header LF/LH/BRF/BRH agreeing', async () => {
    const { report, problems, warnings } = await parse(lcovFormat, 'lcov/nyc.lcov', fixture('lcov/nyc.lcov', 64), JS_REPO);
    expect(numbers(report)).toEqual({
      files: { 'src/math.js': { lines: [6, 8], branches: [4, 6] }, 'src/util/format.js': { lines: [3, 3], branches: [0, 1] } },
      lines: [9, 11],
      branches: [4, 7],
      unplaced: []
    });
    expect(fileAt(report, 'src/math.js').functions).toEqual([
      { name: 'clamp', line: 3, hits: 2 },
      { name: 'ratio', line: 13, hits: 1 },
      { name: 'unused', line: 17, hits: 0 }
    ]);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('gcc + geninfo: an absolute SF path is made repo-relative and BRDA "-" counts as not taken', async () => {
    const { report, problems } = await parse(lcovFormat, 'gcc.lcov', fixture('lcov/gcc-geninfo.lcov'), new RepoPaths('/tmp/gen-c'));
    expect(numbers(report)).toEqual({ files: { 'clamp.c': { lines: [10, 13], branches: [6, 10] } }, lines: [10, 13], branches: [6, 10], unplaced: [] });
    expect(fileAt(report, 'clamp.c').branches.get(10)).toEqual({ covered: 0, total: 2 });
    expect(problems).toEqual([]);
  });

  it('reads the same whatever the chunking, BOM or line endings', async () => {
    const text = 'TN:\nSF:src/math.js\nDA:4,2\nDA:8,0\nBRDA:4,0,0,1\nBRDA:4,0,1,0\nend_of_record\n';
    const expected = numbers((await read(text)).report);
    for (const variant of [text.replace(/\n/g, '\r\n'), `\uFEFF${text}`]) {
      expect(numbers((await parse(lcovFormat, FILE, byteChunks(variant, 3), JS_REPO)).report)).toEqual(expected);
    }
    expect(expected).toEqual({ files: { 'src/math.js': { lines: [1, 2], branches: [1, 2] } }, lines: [1, 2], branches: [1, 2], unplaced: [] });
  });
});

describe('edge cases', () => {
  it('a 0-byte file is a problem, not an empty report that would read as 0 of 0', async () => {
    expect(await read('')).toEqual({ report: { files: [], unplaced: [] }, problems: [{ file: FILE, message: 'no coverage records: the file is empty' }], warnings: [] });
  });

  it('a file with test names but no SF: is a problem too', async () => {
    expect((await read('TN:\nTN:unit\n')).problems).toEqual([{ file: FILE, message: 'no coverage records: no SF: line found' }]);
  });

  it('a bundler virtual path is kept but listed as unplaced, and 2^64-1 hits clamp instead of breaking totals', async () => {
    const { report, problems } = await read(
      ['SF:dist/<define:CONFIG>', 'DA:1,1', 'end_of_record', 'SF:src/math.js', 'DA:4,18446744073709551615', 'DA:5,0', 'LF:2', 'LH:1', 'end_of_record'].join('\n')
    );
    expect(numbers(report)).toEqual({
      files: { 'dist/<define:CONFIG>': { lines: [1, 1], branches: [0, 0] }, 'src/math.js': { lines: [1, 2], branches: [0, 0] } },
      lines: [2, 3],
      branches: [0, 0],
      unplaced: ['dist/<define:CONFIG>']
    });
    expect(fileAt(report, 'src/math.js').lines.get(4)).toBe(Number.MAX_SAFE_INTEGER);
    expect(problems).toEqual([]);
  });

  it('a virtual path is unplaced even when the tracked files are not known', async () => {
    const { report } = await read('SF:dist/<define:DATA>\nDA:1,1\nend_of_record\n', new RepoPaths('/w'));
    expect(report.unplaced).toEqual(['dist/<define:DATA>']);
  });

  it.each([
    ['DA:x,1', 2, 4, 'DA: expected a line number, found “x”'],
    ['DA:7,1e3', 2, 6, 'DA: expected a hit count, found “1e3”'],
    ['DA:7,-1', 2, 6, 'DA: expected a hit count, found “-1”'],
    ['BRDA:7,0,0,many', 2, 12, 'BRDA: expected line,block,branch,taken with taken a count or "-", found “7,0,0,many”'],
    ['FNDA:often,clamp', 2, 6, 'FNDA: expected hits,name, found “often,clamp”'],
    ['LF:twelve', 2, 4, 'LF: expected a count, found “twelve”'],
    ['garbage here', 2, 1, 'expected an lcov record such as SF:, DA: or end_of_record, found “garbage here”']
  ])('a malformed record %p is a located problem; the good lines around it still count', async (bad, line, column, message) => {
    const { report, problems } = await read(`SF:src/math.js\n${bad}\nDA:4,1\nend_of_record\n`);
    expect(problems).toEqual([{ file: FILE, line, column, message }]);
    expect(numbers(report).lines).toEqual([1, 1]);
  });

  it('a file cut off inside a record keeps what it read and says it looks cut off', async () => {
    const { report, problems } = await read('SF:src/math.js\nDA:4,1\nDA:5,0\nDA:7,');
    expect(numbers(report).lines).toEqual([1, 2]);
    expect(problems).toEqual([
      { file: FILE, line: 4, column: 6, message: 'DA: expected a hit count, found “”' },
      { file: FILE, line: 4, message: 'the file ends inside the record for src/math.js (no end_of_record): it looks cut off' }
    ]);
  });

  it('records before their SF: are problems', async () => {
    expect((await read('DA:1,1\nSF:src/math.js\nDA:4,1\nend_of_record\nend_of_record\n')).problems).toEqual([
      { file: FILE, line: 1, column: 1, message: 'DA: outside a record (no SF: before it)' },
      { file: FILE, line: 5, column: 1, message: 'end_of_record without a record (no SF: before it)' }
    ]);
  });

  it('LF/LH and BRF/BRH that disagree with the records are warnings naming the line and both numbers', async () => {
    const { warnings, report } = await read('SF:src/math.js\nDA:4,1\nDA:5,0\nBRDA:4,0,0,1\nBRDA:4,0,1,-\nBRF:2\nBRH:2\nLF:3\nLH:2\nend_of_record\n');
    expect(numbers(report).lines).toEqual([1, 2]);
    expect(warnings).toEqual([
      { file: FILE, line: 8, message: 'the header declares src/math.js: lines (LH/LF) 2 of 3 covered, but the records add up to 1 of 2; totals are recomputed from the records' },
      { file: FILE, line: 6, message: 'the header declares src/math.js: branches (BRH/BRF) 2 of 2 covered, but the records add up to 1 of 2; totals are recomputed from the records' }
    ]);
  });

  it('two test sections for one file merge: highest hits per line, arms counted once', async () => {
    const section = (hits: number, taken: string) => `TN:t${hits}\nSF:src/math.js\nDA:4,${hits}\nDA:5,${hits === 0 ? 0 : 1}\nBRDA:4,0,0,${taken}\nBRDA:4,0,1,0\nend_of_record\n`;
    const { report } = await read(section(0, '-') + section(3, '2'));
    expect(numbers(report).files).toEqual({ 'src/math.js': { lines: [2, 2], branches: [1, 2] } });
    expect(fileAt(report, 'src/math.js').lines.get(4)).toBe(3);
  });

  it('lcov 2 function records (FN with an end line, FNL/FNA) give the same functions', async () => {
    const { report, problems } = await read('SF:src/math.js\nFN:3,11,clamp\nFNL:0,13,14\nFNA:0,5,ratio\nFNDA:2,clamp\nDA:4,1\nend_of_record\n');
    expect(problems).toEqual([]);
    expect(fileAt(report, 'src/math.js').functions).toEqual([
      { name: 'clamp', line: 3, hits: 2 },
      { name: 'ratio', line: 13, hits: 5 }
    ]);
  });
});

describe('sniff', () => {
  it.each([
    { name: 'nyc output', text: head('lcov/nyc.lcov'), expected: true },
    { name: 'geninfo output', text: head('lcov/gcc-geninfo.lcov'), expected: true },
    { name: 'a record without TN:', text: 'SF:a.js\nDA:1,1\n', expected: true },
    { name: 'a Go profile', text: 'mode: set\n', expected: false },
    { name: 'a text that mentions SF: later', text: 'hello\nSF:a.js\n', expected: false }
  ])('$name → $expected', ({ text, expected }) => {
    expect(lcovFormat.sniff(text, 'lcov.info')).toBe(expected);
  });
});
