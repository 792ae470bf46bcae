import { describe, expect, it } from '@jest/globals';
import { evaluateCoverageGates, formatLineRanges, patchCoverage, type CoverageGateInput, type CoverageGateOptions } from '../../../src/gates/coverage-gate.js';
import type { DiffFile } from '../../../src/change/diff.js';
import type { BranchCount, CoverageReport, FileCoverage } from '../../../src/model/coverage.js';
import type { GateResult } from '../../../src/model/verdict.js';

/** A file whose lines 1..total are coverable and the first `covered` of them were hit. */
function file(path: string, covered: number, total: number, branches: Record<number, BranchCount> = {}): FileCoverage {
  const lines = new Map<number, number>();
  for (let l = 1; l <= total; l++) lines.set(l, l <= covered ? 3 : 0);
  return { path, lines, branches: new Map(Object.entries(branches).map(([l, b]) => [Number(l), b])) };
}
/** A file with exactly these line records. */
function lines(path: string, hits: Record<number, number>): FileCoverage {
  return { path, lines: new Map(Object.entries(hits).map(([l, h]) => [Number(l), h])), branches: new Map() };
}
const report = (...files: FileCoverage[]): CoverageReport => ({ files, unplaced: [] });
const changed = (newPath: string, addedLines: number[], extra: Partial<DiffFile> = {}): DiffFile =>
  ({ oldPath: newPath, newPath, status: 'modified', binary: false, addedLines, deletedCount: 0, ...extra });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const run = (input: CoverageGateInput, options: CoverageGateOptions) => evaluateCoverageGates(input, options);
const only = (input: CoverageGateInput, options: CoverageGateOptions): GateResult => {
  const results = run(input, options);
  expect(results).toHaveLength(1);
  return results[0] as GateResult;
};
const verdict = (r: GateResult) => [r.gate, r.status, r.actual, r.threshold, r.message];

describe('coverage gate: no report', () => {
  it('with a coverage gate configured fails once, saying no report was read', () => {
    const r = only({}, { minimum: { lines: 80 }, patch: 80 });
    expect([r.gate, r.status, r.message, r.suggestions.length]).toEqual(['coverage', 'failed', 'No coverage report was read, but coverage gates are configured.', 1]);
  });
  it('with nothing configured is one skipped result, never a silent pass', () => {
    expect(verdict(only({}, {}))).toEqual(['coverage', 'skipped', 0, 1, 'No coverage report was read; no coverage gate is configured.']);
  });
  it('a report with nothing configured gives no results', () => {
    expect(run({ report: report(file('a.ts', 1, 2)) }, {})).toEqual([]);
  });
});

describe('coverage gate: overall minimum', () => {
  // 80 of 100 lines = 80%; 799 of 1000 = 79.9%; 2 of 3 = 66.666… shown and judged as 66.66.
  it.each([
    ['exactly the minimum passes', 80, 100, 80, 'passed', 80],
    ['0.1 below the minimum fails', 799, 1000, 80, 'failed', 79.9],
    ['a repeating fraction is rounded half up before comparing (as coverage.py prints it)', 2, 3, 66.67, 'passed', 66.67],
    ['the shown value is the judged value: 66.67% is below 66.68%', 2, 3, 66.68, 'failed', 66.67],
    ['one line missed of 100,000 is never shown as 100%', 99_999, 100_000, 100, 'failed', 99.99],
    ['3 of 7 lines: 42.86%, as coverage.py prints', 3, 7, 42.86, 'passed', 42.86],
    ['a minimum of 0 passes an uncovered project', 0, 10, 0, 'passed', 0]
  ])('%s', (_label, covered, total, min, status, actual) => {
    const r = only({ report: report(file('src/a.ts', covered, total)) }, { minimum: { lines: min } });
    expect([r.gate, r.status, r.actual, r.threshold, r.unit]).toEqual(['coverage.lines', status, actual, min, '%']);
  });

  it('a failure names the least covered files, with their uncovered lines, as suggestion and items', () => {
    const r = only({ report: report(file('src/a.ts', 8, 10), file('src/b.ts', 1, 10), file('src/c.ts', 10, 10)) }, { minimum: { lines: 90 } });
    expect([r.status, r.message, r.suggestions, r.items]).toEqual([
      'failed',
      'Line coverage 63.33% (19 of 30 lines) is below the minimum of 90%.',
      ['Add tests for the least covered files: src/b.ts (9 lines uncovered), src/a.ts (2 lines uncovered).'],
      [
        { text: 'src/b.ts: 10% of lines covered, 9 not (2-10)', location: { file: 'src/b.ts', line: 2 } },
        { text: 'src/a.ts: 80% of lines covered, 2 not (9-10)', location: { file: 'src/a.ts', line: 9 } }
      ]
    ]);
  });

  it('a pass says the value, the counts and the minimum, and carries the base when known', () => {
    const r = only({ report: report(file('a.ts', 9, 10)), base: { lines: 91.5, label: 'main' } }, { minimum: { lines: 80 } });
    expect([r.status, r.message, r.base, r.suggestions]).toEqual(['passed', 'Line coverage 90% (9 of 10 lines), at least 80% required.', 91.5, []]);
  });

  it('a shortfall against a fixed minimum also gives the base value when known', () => {
    const r = only({ report: report(file('a.ts', 45, 100)), base: { lines: 47, label: 'main@abc1234' } }, { minimum: { lines: 50 } });
    expect(r.message).toEqual('Line coverage 45% (45 of 100 lines) is below the minimum of 50%. The base, main@abc1234, has 47%.');
  });

  it('branches are judged from the branch records', () => {
    const r = only({ report: report(file('a.ts', 1, 1, { 1: { covered: 1, total: 2 }, 5: { covered: 2, total: 2 } })) }, { minimum: { branches: 75 } });
    expect(verdict(r)).toEqual(['coverage.branches', 'passed', 75, 75, 'Branch coverage 75% (3 of 4 branches), at least 75% required.']);
  });

  it('a report without branch data skips the branch minimum and says why', () => {
    const r = only({ report: report(file('a.go', 5, 10)) }, { minimum: { branches: 50 } });
    expect([r.status, r.message]).toEqual(['skipped', 'The coverage report has no branch data (Go coverprofiles and some lcov and Cobertura producers record none).']);
  });

  it('a report with no coverable line at all fails a line minimum', () => {
    const r = only({ report: report() }, { minimum: { lines: 50 } });
    expect([r.status, r.actual, r.message]).toEqual(['failed', null, 'The coverage report holds no coverable lines: nothing was measured.']);
  });

  it('under action warn a shortfall is a warning', () => {
    expect(only({ report: report(file('a.ts', 1, 10)) }, { minimum: { lines: 80 }, action: 'warn' }).status).toEqual('warning');
  });
});

describe("coverage gate: 'auto' minimum and maximum drop against the base", () => {
  const head = report(file('a.ts', 850, 1000)); // 85%
  it.each([
    ['base 85.1, tolerance 0.1: threshold 85 and 85 passes', 85.1, 0.1, 'passed', 85],
    ['base 85.2, tolerance 0.1: threshold 85.1 and 85 fails', 85.2, 0.1, 'failed', 85.1],
    ['base 86, tolerance 1: threshold 85 passes', 86, 1, 'passed', 85]
  ])("'auto': %s", (_label, base, tolerance, status, threshold) => {
    const r = only({ report: head, base: { lines: base } }, { minimum: { lines: 'auto' }, tolerance });
    expect([r.status, r.threshold, r.base]).toEqual([status, threshold, base]);
  });

  it("'auto' with no base yet is skipped, says so and shows the value now", () => {
    const r = only({ report: head }, { minimum: { lines: 'auto' } });
    expect([r.status, r.base, r.message]).toEqual([
      'skipped',
      null,
      "No base yet: the base branch has no line coverage in history (it is saved by pushes to the default branch). The minimum is 'auto', so nothing is compared yet. Now: 85%."
    ]);
  });

  it.each([
    ['a drop equal to max-drop plus tolerance passes', 86.1, 1, 'passed', 1.1],
    ['a drop 0.01 over max-drop plus tolerance fails', 86.11, 1, 'failed', 1.11],
    ['a rise passes with a negative drop', 80, 0, 'passed', -5]
  ])('max drop: %s', (_label, base, maxDrop, status, drop) => {
    const r = only({ report: head, base: { lines: base, label: 'main' } }, { maxDrop: { lines: maxDrop } });
    expect([r.gate, r.status, r.actual, r.threshold, r.unit]).toEqual(['coverage.lines.drop', status, drop, maxDrop + 0.1, 'pp']);
  });

  it('a failing drop names both values and the base', () => {
    const r = only({ report: head, base: { lines: 87, label: 'main@1a2b3c4' } }, { maxDrop: { lines: 0.5 } });
    expect(r.message).toEqual('Line coverage 85% against 87% on main@1a2b3c4: down 2 pp (at most 0.5 pp down allowed, plus 0.1 pp tolerance).');
  });

  it('max drop with no base yet is skipped, not failed', () => {
    const r = only({ report: head, base: { branches: 50 } }, { maxDrop: { lines: 1 } });
    expect([r.status, r.actual, r.base, r.message]).toEqual([
      'skipped',
      null,
      null,
      'No base yet: the base branch has no line coverage in history (it is saved by pushes to the default branch). The drop is measured from then on.'
    ]);
  });
});

describe('coverage gate: patch coverage', () => {
  // 20 coverable changed lines in a.ts (lines 1-20; 1-15 hit), plus lines the report does not list.
  const cov = report(lines('src/a.ts', Object.fromEntries(range(1, 20).map((l) => [l, l <= 15 ? 1 : 0]))), lines('src/b.ts', { 1: 0 }));
  const patch = (diff: DiffFile[], options: Partial<CoverageGateOptions> = {}) => only({ report: cov, diff }, { patch: 75, ...options });

  it('exactly the minimum on 20 coverable changed lines passes and counts the lines that are not coverable', () => {
    const r = patch([changed('src/a.ts', [...range(1, 20), 30, 31]), changed('README.md', [1, 2, 3])]);
    expect(verdict(r)).toEqual([
      'coverage.patch',
      'passed',
      75,
      75,
      'Patch coverage 75% (15 of 20 coverable changed lines), at least 75% required. 5 changed lines are not coverable (3 in 1 file the report does not list).'
    ]);
  });

  it('below the minimum fails with the uncovered changed lines per file as file:ranges', () => {
    const r = patch([changed('src/a.ts', range(1, 20)), changed('src/b.ts', [1])], { patch: 80, patchMinLines: 20 });
    expect([r.status, r.actual, r.suggestions, r.items]).toEqual([
      'failed',
      71.43,
      ['Add tests that run the uncovered changed lines: src/a.ts:16-20; src/b.ts:1.'],
      [
        { text: 'src/a.ts:16-20 — 5 changed lines not covered', location: { file: 'src/a.ts', line: 16, endLine: 20 } },
        { text: 'src/b.ts:1 — 1 changed line not covered', location: { file: 'src/b.ts', line: 1, endLine: 1 } }
      ]
    ]);
  });

  it.each([
    ['19 coverable changed lines are exempt (skipped, with the reason)', 19, 'skipped'],
    ['20 coverable changed lines are judged', 20, 'failed']
  ])('%s', (_label, n, status) => {
    const r = patch([changed('src/a.ts', range(21 - n, 20))], { patch: 100 });
    expect(r.status).toEqual(status);
    if (status === 'skipped') expect(r.message).toEqual('Only 19 of 19 changed lines are coverable, fewer than 20: too few to judge patch coverage (14 covered).');
  });

  it('the exemption threshold is an option', () => {
    expect(patch([changed('src/a.ts', [16])], { patchMinLines: 1 }).status).toEqual('failed');
  });

  it('a change of only deletions, renames and binaries is skipped and says so', () => {
    const r = patch([changed('src/a.ts', [], { deletedCount: 4 }), changed('img.png', [1], { binary: true }), changed('gone.ts', [], { newPath: null, status: 'deleted' })]);
    expect([r.status, r.message]).toEqual(['skipped', 'The change adds or rewrites no lines (only deletions, renames or binary files).']);
  });

  it('no diff (a push, no base) is skipped and says patch coverage needs a pull request', () => {
    expect(verdict(only({ report: cov }, { patch: 80 }))).toEqual(['coverage.patch', 'skipped', null, 80, 'No diff against a base branch: patch coverage is measured on pull requests.']);
  });

  it('a changed source file missing from the report is pointed out: tests may never load it', () => {
    const r = patch([changed('src/a.ts', range(1, 20)), changed('src/new.ts', [1, 2, 3], { status: 'added', oldPath: null }), changed('docs/x.md', [1])]);
    expect(r.suggestions).toEqual([
      'src/new.ts changed but is not in the coverage report: if tests should run it, make the coverage tool include every source file (jest collectCoverageFrom, coverage.py --source, nyc all).'
    ]);
  });

  it("'auto' takes the base line coverage minus the tolerance, and skips without a base", () => {
    const diff = [changed('src/a.ts', range(1, 20))];
    const withBase = only({ report: cov, diff, base: { lines: 75.1 } }, { patch: 'auto' });
    const without = only({ report: cov, diff }, { patch: 'auto' });
    expect([withBase.status, withBase.threshold, without.status]).toEqual(['passed', 75, 'skipped']);
  });
});

describe('coverage gate: per-path minimums', () => {
  const cov = report(file('src/core/a.ts', 9, 10), file('src/core/deep/b.ts', 8, 10), file('src/ui/c.ts', 0, 10), file('src/core.ts', 0, 10));
  it.each([
    ['src/core/** takes files at any depth, not src/core.ts', 'src/core/**', 85, 'passed', 85],
    ['src/core/*.ts takes one level only', 'src/core/*.ts', 90, 'passed', 90],
    ['a brace set of two folders', 'src/{core,ui}/**', 50, 'passed', 56.67],
    ['**/*.ts takes every file', '**/*.ts', 50, 'failed', 42.5],
    ['space-separated globs with a !exclusion, as in the docs rule', 'src/** !src/ui/**', 50, 'passed', 56.67]
  ])('%s', (_label, glob, min, status, actual) => {
    const r = only({ report: cov }, { paths: { [glob]: min } });
    expect([r.gate, r.metric, r.status, r.actual]).toEqual(['coverage.paths', `line coverage of ${glob}`, status, actual]);
  });

  it('a glob that matches no file fails, naming it: a typo must not pass silently', () => {
    const r = only({ report: cov }, { paths: { 'lib/**': 90 } });
    expect([r.status, r.message, r.suggestions]).toEqual([
      'failed',
      'No file in the coverage report matches lib/**.',
      ['Globs are repo-relative (the report has e.g. src/core/a.ts, src/core/deep/b.ts, src/ui/c.ts); check the pattern in the coverage paths.']
    ]);
  });

  it('results come patch first, then each metric\'s minimum and drop, then one per path in order', () => {
    const results = run({ report: cov }, { minimum: { lines: 10 }, maxDrop: { lines: 1 }, patch: 80, paths: { 'src/ui/**': 1, 'src/core/**': 1 } });
    expect(results.map((r) => [r.gate, r.metric, r.status])).toEqual([
      ['coverage.patch', 'patch coverage', 'skipped'],
      ['coverage.lines', 'line coverage', 'passed'],
      ['coverage.lines.drop', 'line coverage drop', 'skipped'],
      ['coverage.paths', 'line coverage of src/ui/**', 'failed'],
      ['coverage.paths', 'line coverage of src/core/**', 'passed']
    ]);
  });
});

describe('helpers', () => {
  it.each([
    [[10, 11, 12, 18], 10, '10-12, 18'],
    [[18, 10, 12, 11], 10, '10-12, 18'],
    [[5], 10, '5'],
    [[], 10, ''],
    [[1, 3, 5, 6, 7], 2, '1, 3, and 3 more lines']
  ])('formatLineRanges(%j) with at most %i ranges is "%s"', (input, max, expected) => {
    expect(formatLineRanges(input, max)).toEqual(expected);
  });

  it('patchCoverage counts covered, uncovered and unlisted changed lines', () => {
    const p = patchCoverage([lines('a.ts', { 1: 1, 2: 0, 4: 2 })], [changed('a.ts', [1, 2, 3, 4]), changed('b.ts', [1, 2])]);
    expect(p).toEqual({ changed: 6, covered: 2, uncovered: 1, files: [{ path: 'a.ts', lines: [2] }], unlisted: ['b.ts'], unlistedLines: 2 });
  });
});
