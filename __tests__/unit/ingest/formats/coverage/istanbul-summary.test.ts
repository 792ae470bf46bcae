import { describe, expect, it } from '@jest/globals';
import { istanbulSummaryFormat } from '../../../../../src/ingest/formats/coverage/istanbul-summary.js';
import { stringChunks } from '../../../builders.js';
import { fixture, head, parse } from './helpers.js';

const FILE = 'coverage-summary.json';
const read = (json: string) => parse(istanbulSummaryFormat, FILE, stringChunks(json));
const metric = (covered: number, total: number) => ({ total, covered, skipped: 0, pct: total === 0 ? 100 : (100 * covered) / total });
const summary = (total: [number, number], files: [number, number][]) =>
  JSON.stringify({
    total: { lines: metric(...total), branches: metric(0, 0) },
    ...Object.fromEntries(files.map((f, i) => [`/w/src/f${i}.js`, { lines: metric(...f), branches: metric(0, 0) }]))
  }).replace(/,"\/w/g, ',\n"/w');

const TOTALS_ONLY = (files: number) =>
  `coverage-summary.json holds totals only (${files} files): per-line data is unavailable, so these are the report's own totals, not recomputed from line records, and line-level checks have nothing to read; use the istanbul "json" (coverage-final.json) or "lcov" reporter for line data`;

describe('coverage-summary.json', () => {
  it('nyc: the total becomes `declared`, no files are invented, and a warning says per-line data is unavailable', async () => {
    const result = await parse(istanbulSummaryFormat, FILE, fixture('istanbul/coverage-summary.json', 64));
    expect(result).toEqual({
      report: { files: [], unplaced: [], declared: { lines: { covered: 9, total: 11 }, branches: { covered: 4, total: 7 } } },
      problems: [],
      warnings: [{ file: FILE, line: 1, message: TOTALS_ONLY(2) }]
    });
  });

  it('a total that disagrees with the sum of the file entries is a second warning', async () => {
    const { warnings } = await read(summary([5, 10], [[2, 4], [1, 4]]));
    expect(warnings).toEqual([
      { file: FILE, line: 1, message: TOTALS_ONLY(2) },
      { file: FILE, line: 1, message: '"total" declares lines 5 of 10 covered, but the file entries add up to 3 of 8' }
    ]);
  });

  it.each([
    ['no total entry', summary([1, 1], [[1, 1]]).replace('"total"', '"/w/x.js"'), [{ file: FILE, message: 'no "total" entry: not an istanbul coverage-summary.json' }]],
    ['an entry without lines', '{"total": {"statements": {"total": 1, "covered": 1}}}', [{ file: FILE, line: 1, column: 2, message: '“total”: expected a summary entry with "lines": { "total", "covered" }' }]]
  ])('%s is a problem', async (_name, text, problems) => {
    expect((await read(text)).problems).toEqual(problems);
  });

  it('a truncated summary is located at its end', async () => {
    const text = summary([1, 2], [[1, 2]]);
    const { problems, report } = await read(text.slice(0, -20));
    expect(problems).toEqual([{ file: FILE, line: 2, column: text.length - 20 - text.indexOf('\n'), message: 'the JSON ends too early: the file looks cut off' }]);
    expect(report.declared?.lines).toEqual({ covered: 1, total: 2 });
  });
});

describe('sniff', () => {
  it.each([
    { name: 'nyc json-summary', text: head('istanbul/coverage-summary.json'), expected: true },
    { name: 'coverage-final.json', text: head('istanbul/coverage-final.json'), expected: false }
  ])('$name → $expected', ({ text, expected }) => {
    expect(istanbulSummaryFormat.sniff(text, FILE)).toBe(expected);
  });
});
