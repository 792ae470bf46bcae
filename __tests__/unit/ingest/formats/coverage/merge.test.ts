import { describe, expect, it } from '@jest/globals';
import { mergeCoverage } from '../../../../../src/ingest/formats/coverage/merge.js';
import type { BranchCount, CoverageReport, FileCoverage, FunctionCoverage } from '../../../../../src/model/coverage.js';
import { numbers } from './helpers.js';

function file(path: string, lines: [number, number][], branches: [number, BranchCount][] = [], functions?: FunctionCoverage[]): FileCoverage {
  return { path, lines: new Map(lines), branches: new Map(branches), ...(functions ? { functions } : {}) };
}

function report(files: FileCoverage[], unplaced: string[] = []): CoverageReport {
  return { files, unplaced, declared: { lines: { covered: 1, total: 1 } } };
}

describe('mergeCoverage', () => {
  it('unit and integration runs of one file: union of lines with the highest hits, branches by max covered and max total', () => {
    const unit = report([file('src/a.ts', [[1, 2], [2, 0], [3, 0]], [[2, { covered: 1, total: 2 }]])]);
    const integration = report([file('src/a.ts', [[2, 5], [4, 0]], [[2, { covered: 0, total: 2 }], [4, { covered: 1, total: 4 }]])]);
    const merged = mergeCoverage([unit, integration]);
    expect([...(merged.files[0]?.lines ?? [])]).toEqual([[1, 2], [2, 5], [3, 0], [4, 0]]);
    expect(numbers(merged)).toEqual({ files: { 'src/a.ts': { lines: [2, 4], branches: [2, 6] } }, lines: [2, 4], branches: [2, 6], unplaced: [] });
  });

  it('modules with different files are side by side, sorted by path; unplaced paths are united', () => {
    const merged = mergeCoverage([
      report([file('web/z.ts', [[1, 1]]), file('dist/<define:X>', [[1, 1]])], ['dist/<define:X>']),
      report([file('api/a.ts', [[1, 0]]), file('dist/<define:X>', [[2, 0]])], ['dist/<define:X>'])
    ]);
    expect(merged.files.map((f) => f.path)).toEqual(['api/a.ts', 'dist/<define:X>', 'web/z.ts']);
    expect(merged.unplaced).toEqual(['dist/<define:X>']);
  });

  it('functions are united by name and line, keeping the higher hits; declared totals are dropped', () => {
    const merged = mergeCoverage([
      report([file('a.ts', [[1, 1]], [], [{ name: 'f', line: 1, hits: 0 }, { name: 'g', line: 5, hits: 2 }])]),
      report([file('a.ts', [[1, 1]], [], [{ name: 'f', line: 1, hits: 3 }, { name: 'h', hits: 1 }])])
    ]);
    expect(merged.files[0]?.functions).toEqual([
      { name: 'f', line: 1, hits: 3 },
      { name: 'g', line: 5, hits: 2 },
      { name: 'h', hits: 1 }
    ]);
    expect(merged.declared).toBeUndefined();
  });

  it('no reports merge to an empty report', () => {
    expect(mergeCoverage([])).toEqual({ files: [], unplaced: [] });
  });
});
