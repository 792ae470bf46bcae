import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { evaluateCoverageGates } from '../../../src/gates/coverage-gate.js';
import { evaluateDocsGate } from '../../../src/gates/docs-gate.js';
import { lcovFormat } from '../../../src/ingest/formats/coverage/lcov.js';
import { parseUnifiedDiff, type ParsedDiff } from '../../../src/change/diff.js';
import { RepoPaths } from '../../../src/ingest/paths.js';
import type { CoverageReport } from '../../../src/model/coverage.js';
import { stringChunks } from '../builders.js';

/**
 * A real repository: base and head commits made by git, `git diff --unified=0 base head` read by
 * our parser, and patch coverage worked out from a hand-written lcov file for the head.
 */
let dir = '';
let diff: ParsedDiff;
let report: CoverageReport;

const lines = (n: number, text: (i: number) => string) => Array.from({ length: n }, (_, i) => `${text(i + 1)}\n`).join('');
const da = (from: number, to: number, hits: (l: number) => number) => Array.from({ length: to - from + 1 }, (_, i) => `DA:${from + i},${hits(from + i)}`).join('\n');

function git(...args: string[]): string {
  // No user or system config: diff.noprefix or a colour setting must not change the output.
  const env = { PATH: process.env.PATH ?? '', HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
  return execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
}
function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pg-diff-'));
  git('init', '-q', '-b', 'main', '.');
  write('src/calc.ts', lines(10, (i) => `export const l${i} = ${i};`));
  write('src/old name.ts', lines(30, (i) => `export const v${i} = ${i};`));
  write('src/gone.ts', 'export {};\n');
  write('README.md', '# x\n\ntext\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  // Head: rewrite line 3, insert two lines after line 7, drop line 10 of calc.ts; rename and edit
  // line 20 of "old name.ts"; add feature.ts (25 lines: a comment, 23 statements, a comment);
  // delete gone.ts; append to README.md.
  const calc = lines(10, (i) => `export const l${i} = ${i};`).split('\n').slice(0, 10);
  calc[2] = 'export const l3 = 33;';
  calc.splice(7, 0, 'export const n8 = 8;', 'export const n9 = 9;');
  write('src/calc.ts', `${calc.slice(0, 11).join('\n')}\n`);
  git('mv', 'src/old name.ts', 'src/new name.ts');
  write('src/new name.ts', lines(30, (i) => (i === 20 ? 'export const v20 = 2000;' : `export const v${i} = ${i};`)));
  write('src/feature.ts', `// feature\n${lines(23, (i) => `export const f${i + 1} = ${i + 1};`)}// end\n`);
  git('rm', '-q', 'src/gone.ts');
  write('README.md', '# x\n\ntext\nmore text\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'head');
  diff = parseUnifiedDiff(git('diff', '--unified=0', '--no-color', '-M', '--src-prefix=a/', '--dst-prefix=b/', 'HEAD~1', 'HEAD'));
  const lcov = [
    `SF:${dir}/src/calc.ts`, da(1, 11, (l) => (l === 8 || l === 9 ? 0 : 1)), 'end_of_record',
    `SF:${dir}/src/new name.ts`, da(1, 30, () => 5), 'end_of_record',
    `SF:${dir}/src/feature.ts`, da(2, 24, (l) => (l < 20 ? 2 : 0)), 'end_of_record'
  ].join('\n');
  const tracked = new Set(git('ls-files').split('\n').filter(Boolean));
  report = (await lcovFormat.parse('coverage/lcov.info', stringChunks(lcov), { repo: new RepoPaths(dir, tracked) })).report;
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('patch coverage on a real git repository', () => {
  it('git diff --unified=0 parses to each file with its new-file added lines', () => {
    expect([diff.problems, diff.files.map((f) => [f.status, f.oldPath, f.newPath, f.addedLines, f.deletedCount])]).toEqual([
      [],
      [
        ['modified', 'README.md', 'README.md', [4], 0],
        ['modified', 'src/calc.ts', 'src/calc.ts', [3, 8, 9], 2],
        ['added', null, 'src/feature.ts', Array.from({ length: 25 }, (_, i) => i + 1), 0],
        ['deleted', 'src/gone.ts', null, [], 1],
        ['renamed', 'src/old name.ts', 'src/new name.ts', [20], 1]
      ]
    ]);
  });

  it('the coverage report places every file in the repository', () => {
    expect([report.files.map((f) => f.path), report.unplaced]).toEqual([['src/calc.ts', 'src/feature.ts', 'src/new name.ts'], []]);
  });

  it('patch coverage counts only coverable changed lines and names the uncovered ones', () => {
    // Changed: calc 3 (1 covered), renamed file 1 (covered), feature 25 (23 coverable, 18 covered), README 1.
    const [r] = evaluateCoverageGates({ report, diff: diff.files }, { patch: 80 });
    expect([r?.status, r?.actual, r?.message, r?.suggestions, r?.items?.map((i) => i.text)]).toEqual([
      'failed',
      74.07,
      'Patch coverage 74.07% (20 of 27 coverable changed lines) is below the minimum of 80%. 3 changed lines are not coverable (1 in 1 file the report does not list).',
      ['Add tests that run the uncovered changed lines: src/feature.ts:20-24; src/calc.ts:8-9.'],
      ['src/feature.ts:20-24 — 5 changed lines not covered', 'src/calc.ts:8-9 — 2 changed lines not covered']
    ]);
  });

  it('the same change needs a changelog entry, since only README.md changed besides src', () => {
    const r = evaluateDocsGate({ diff: diff.files }, { when: ['src/**'], require: ['CHANGELOG.md'] });
    expect([r.status, r.items?.map((i) => i.text)]).toEqual([
      'failed',
      ['src/calc.ts changed without an entry in CHANGELOG.md', 'src/feature.ts changed without an entry in CHANGELOG.md', 'src/gone.ts changed without an entry in CHANGELOG.md', 'src/new name.ts changed without an entry in CHANGELOG.md']
    ]);
  });
});
