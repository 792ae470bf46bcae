import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { istanbulFormat } from '../../../../../src/ingest/formats/coverage/istanbul.js';
import { RepoPaths } from '../../../../../src/ingest/paths.js';
import { byteChunks, stringChunks } from '../../../builders.js';
import { fileAt, FIXTURES, fixture, head, numbers, parse } from './helpers.js';

const REPO = new RepoPaths('/tmp/gen-cov', new Set(['src/math.js', 'src/util/format.js']));
const FILE = 'coverage-final.json';
const read = (json: string) => parse(istanbulFormat, FILE, stringChunks(json), REPO);
const NYC = readFileSync(path.join(FIXTURES, 'istanbul/coverage-final.json'), 'utf8');

const NYC_NUMBERS = {
  files: { 'src/math.js': { lines: [6, 8], branches: [4, 6] }, 'src/util/format.js': { lines: [3, 3], branches: [0, 1] } },
  lines: [9, 11],
  branches: [4, 7],
  unplaced: []
};

/** One file entry with the given statement counts, one statement per line from line 1. */
const entry = (file: string, counts: unknown[]) =>
  JSON.stringify({
    path: file,
    statementMap: Object.fromEntries(counts.map((_, i) => [String(i), { start: { line: i + 1, column: 0 }, end: { line: i + 1, column: 9 } }])),
    s: Object.fromEntries(counts.map((c, i) => [String(i), c])),
    fnMap: {},
    f: {},
    branchMap: {},
    b: {}
  });

describe('coverage-final.json from nyc', () => {
  it('lines from statements, branches per branch-point line, functions from fnMap', async () => {
    const { report, problems, warnings } = await parse(istanbulFormat, FILE, fixture('istanbul/coverage-final.json', 100), REPO);
    expect(numbers(report)).toEqual(NYC_NUMBERS);
    // The default parameter `digits = 1` is a one-arm branch on line 3, never taken.
    expect(fileAt(report, 'src/util/format.js').branches.get(3)).toEqual({ covered: 0, total: 1 });
    expect(fileAt(report, 'src/math.js').functions).toEqual([
      { name: 'clamp', line: 3, hits: 2 },
      { name: 'ratio', line: 13, hits: 1 },
      { name: 'unused', line: 17, hits: 0 }
    ]);
    expect([problems, warnings]).toEqual([[], []]);
  });

  it.each([1, 5, 4096])('byte chunks of %p read the same (a character may straddle chunks)', async (size) => {
    const withUnicode = NYC.replace('"name":"unused"', '"name":"unüsed ✓"');
    const { report } = await parse(istanbulFormat, FILE, byteChunks(`\uFEFF${withUnicode}`, size), REPO);
    expect(numbers(report)).toEqual(NYC_NUMBERS);
    expect(fileAt(report, 'src/math.js').functions?.[2]?.name).toBe('unüsed ✓');
  });

  it('a line with two statements takes the higher count', async () => {
    const two = JSON.stringify({
      'src/math.js': {
        statementMap: { 0: { start: { line: 4, column: 0 }, end: { line: 4, column: 3 } }, 1: { start: { line: 4, column: 5 }, end: { line: 4, column: 9 } } },
        s: { 0: 0, 1: 7 }
      }
    });
    const { report } = await read(two);
    expect([...fileAt(report, 'src/math.js').lines]).toEqual([[4, 7]]);
  });
});

describe('broken files', () => {
  it('a file cut off in its second entry keeps the first and says where it ends', async () => {
    const text = `{\n"/tmp/gen-cov/src/math.js": ${entry('/tmp/gen-cov/src/math.js', [1, 0])},\n"/tmp/gen-cov/src/util/format.js": ${entry('/tmp/gen-cov/src/util/format.js', [1])}}`;
    const cut = text.slice(0, text.lastIndexOf('"s"'));
    const { report, problems } = await read(cut);
    expect(numbers(report).files).toEqual({ 'src/math.js': { lines: [1, 2], branches: [0, 0] } });
    expect(problems).toEqual([{ file: FILE, line: 3, column: cut.length - cut.lastIndexOf('\n'), message: 'the JSON ends too early: the file looks cut off' }]);
  });

  it('an invalid character is located by line and column', async () => {
    const { problems } = await read('{\n  "a.js": {\n    "s": {"0": 1x}\n  }\n}');
    expect(problems).toEqual([{ file: FILE, line: 3, column: 17, message: 'invalid JSON: unexpected “x”' }]);
  });

  it('a malformed count names the entry and where it starts; other entries still count', async () => {
    const { report, problems } = await read(`{\n"src/math.js": ${entry('src/math.js', [1, 'two'])},\n"src/util/format.js": ${entry('src/util/format.js', [3])}\n}`);
    expect(problems).toEqual([{ file: FILE, line: 2, column: 1, message: '“src/math.js”: statement 1: expected a hit count, found “two”' }]);
    expect(numbers(report).files['src/util/format.js']).toEqual({ lines: [1, 1], branches: [0, 0] });
  });

  it('counts beyond 2^53 clamp', async () => {
    const { report } = await read(`{"src/math.js": ${entry('src/math.js', [18446744073709551615])}}`);
    expect(fileAt(report, 'src/math.js').lines.get(1)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([
    ['an empty file', '', [{ file: FILE, message: 'no JSON found: the file is empty' }]],
    ['an empty object', '{}', [{ file: FILE, message: 'no coverage records: the JSON object has no file entries' }]],
    ['an array at the top', '[{"s": {}}]', [{ file: FILE, line: 1, column: 1, message: 'invalid JSON: expected a JSON object keyed by file path' }]],
    ['an entry without statementMap', '{"a.js": {"lines": 3}}', [{ file: FILE, line: 1, column: 2, message: '“a.js”: expected an istanbul file entry with statementMap and s' }]]
  ])('%s is a clear problem', async (_name, text, problems) => {
    expect((await read(text)).problems).toEqual(problems);
  });
});

describe('sniff', () => {
  it.each([
    { name: 'nyc coverage-final.json', text: head('istanbul/coverage-final.json'), expected: true },
    { name: 'coverage-summary.json', text: head('istanbul/coverage-summary.json'), expected: false },
    { name: 'SARIF', text: '{"version":"2.1.0","runs":[]}', expected: false }
  ])('$name → $expected', ({ text, expected }) => {
    expect(istanbulFormat.sniff(text, 'coverage-final.json')).toBe(expected);
  });
});
