import { describe, expect, it } from '@jest/globals';
import { goCoverFormat } from '../../../../../src/ingest/formats/coverage/go-cover.js';
import { RepoPaths } from '../../../../../src/ingest/paths.js';
import { byteChunks, stringChunks } from '../../../builders.js';
import { fileAt, fixture, head, numbers, parse } from './helpers.js';

const FILE = 'cover.out';
const REPO = new RepoPaths('/home/runner/work/gates/gates', new Set(['shape/clamp.go', 'shape/clamp_test.go', 'text/pad.go', 'go.mod']));
const read = (text: string, repo = REPO) => parse(goCoverFormat, FILE, stringChunks(text), repo);

const MODULE_NUMBERS = {
  files: { 'shape/clamp.go': { lines: [6, 9], branches: [0, 0] }, 'text/pad.go': { lines: [4, 6], branches: [0, 0] } },
  lines: [10, 15],
  branches: [0, 0],
  unplaced: []
};

describe('profiles written by go test', () => {
  it('count mode: import paths placed by suffix, every line of a block counted, the highest block wins a line', async () => {
    const { report, problems } = await parse(goCoverFormat, FILE, fixture('go-cover/count.out', 50), REPO);
    expect(numbers(report)).toEqual(MODULE_NUMBERS);
    // Line 8 holds the end of a block that ran (8.2,8.12) and the start of one that did not (8.12,10.3).
    expect([8, 9, 10].map((l) => fileAt(report, 'shape/clamp.go').lines.get(l))).toEqual([1, 0, 0]);
    expect(problems).toEqual([]);
  });

  it('-coverpkg lists each block once per test binary: a line is covered if any listing ran', async () => {
    const { report, problems } = await parse(goCoverFormat, FILE, fixture('go-cover/coverpkg.out'), REPO);
    expect(numbers(report)).toEqual(MODULE_NUMBERS);
    expect(problems).toEqual([]);
  });

  it('without the tracked files the import path is kept as written', async () => {
    const { report } = await parse(goCoverFormat, FILE, fixture('go-cover/count.out'), new RepoPaths('/w'));
    expect(report.files.map((f) => f.path)).toEqual(['github.com/acme/gates/shape/clamp.go', 'github.com/acme/gates/text/pad.go']);
  });
});

describe('edge cases', () => {
  it('CRLF, a BOM and one-byte chunks read the same', async () => {
    const text = 'mode: set\ngithub.com/acme/gates/text/pad.go:10.38,12.17 2 1\ngithub.com/acme/gates/text/pad.go:12.17,14.3 1 0\n';
    const { report } = await parse(goCoverFormat, FILE, byteChunks(`\uFEFF${text.replace(/\n/g, '\r\n')}`, 1), REPO);
    expect(numbers(report).files).toEqual({ 'text/pad.go': { lines: [3, 5], branches: [0, 0] } });
  });

  it('a block without statements covers nothing; "_/abs/dir" paths from outside a module are placed', async () => {
    const { report } = await read('mode: count\n_/home/runner/work/gates/gates/text/pad.go:3.1,3.2 0 0\n_/home/runner/work/gates/gates/text/pad.go:10.38,10.50 1 5\n');
    expect(numbers(report).files).toEqual({ 'text/pad.go': { lines: [1, 1], branches: [0, 0] } });
  });

  it.each([
    ['x.go:10.1,12.2 1 many', 18, 'expected an execution count, found “many”'],
    ['x.go:10.1,12.2 one 1', 16, 'expected a statement count, found “one”'],
    ['x.go:12.1,10.2 1 1', 6, 'expected a block range startLine.startCol,endLine.endCol, found “12.1,10.2”'],
    ['x.go 1 1', 1, 'expected file:startLine.startCol,endLine.endCol numStmts count, found “x.go 1 1”']
  ])('%p is a located problem; the next block still counts', async (bad, column, message) => {
    const { report, problems } = await read(`mode: set\n${bad}\ntext/pad.go:15.2,15.42 1 1\n`);
    expect(problems).toEqual([{ file: FILE, line: 2, column, message }]);
    expect(numbers(report).lines).toEqual([1, 1]);
  });

  it.each([
    ['an empty file', '', 'no coverage records: the file is empty'],
    ['a mode line only (a package without tests)', 'mode: set\n', 'no coverage records: the profile has no blocks']
  ])('%s is a problem', async (_name, text, message) => {
    expect((await read(text)).problems).toEqual([{ file: FILE, message }]);
  });

  it('a profile without its mode line says so on line 1 and still reads the blocks', async () => {
    const { report, problems } = await read('text/pad.go:15.2,15.42 1 1\n');
    expect(problems).toEqual([{ file: FILE, line: 1, column: 1, message: 'expected "mode: set", "mode: count" or "mode: atomic" on the first line of a Go coverage profile' }]);
    expect(numbers(report).lines).toEqual([1, 1]);
  });

  it('counts beyond 2^53 clamp', async () => {
    const { report } = await read('mode: atomic\ntext/pad.go:15.2,15.42 1 99999999999999999999\n');
    expect(fileAt(report, 'text/pad.go').lines.get(15)).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('sniff', () => {
  it.each([
    { name: 'count profile', text: head('go-cover/count.out'), expected: true },
    { name: 'atomic profile', text: head('go-cover/coverpkg.out'), expected: true },
    { name: 'mode on a later line', text: 'x\nmode: set\n', expected: false },
    { name: 'lcov', text: head('lcov/nyc.lcov'), expected: false }
  ])('$name → $expected', ({ text, expected }) => {
    expect(goCoverFormat.sniff(text, 'cover.out')).toBe(expected);
  });
});
