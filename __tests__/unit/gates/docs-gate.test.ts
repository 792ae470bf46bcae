import { describe, expect, it } from '@jest/globals';
import { evaluateDocsGate, type DocsGateRule } from '../../../src/gates/docs-gate.js';
import type { DiffFile } from '../../../src/change/diff.js';

const mod = (p: string): DiffFile => ({ oldPath: p, newPath: p, status: 'modified', binary: false, addedLines: [1], deletedCount: 0 });
const del = (p: string): DiffFile => ({ ...mod(p), newPath: null, status: 'deleted', addedLines: [] });
const ren = (from: string, to: string): DiffFile => ({ ...mod(to), oldPath: from, status: 'renamed' });
const CHANGELOG: DocsGateRule = { name: 'changelog', when: ['src/**', '!src/**/*.test.ts'], require: ['CHANGELOG.md', 'docs/**'] };
const run = (diff: DiffFile[] | undefined, rule: Partial<DocsGateRule> = {}) => evaluateDocsGate(diff ? { diff } : {}, { ...CHANGELOG, ...rule });

describe('docs gate', () => {
  it.each([
    ['source changed with a changelog entry', [mod('src/a.ts'), mod('CHANGELOG.md')], 'passed', '1 changed file under src/**, !src/**/*.test.ts; CHANGELOG.md changed too.'],
    ['source changed with a docs page', [mod('src/a.ts'), mod('docs/guide/x.md')], 'passed', '1 changed file under src/**, !src/**/*.test.ts; docs/guide/x.md changed too.'],
    ['source changed, nothing else', [mod('src/a.ts'), mod('src/b.ts')], 'failed', '2 changed files under src/**, !src/**/*.test.ts (src/a.ts, src/b.ts) but no change to CHANGELOG.md, docs/**.'],
    ['only tests changed: excluded, so not needed', [mod('src/a.test.ts')], 'skipped', 'Not needed: no changed file matches src/**, !src/**/*.test.ts.'],
    ['nothing under src changed', [mod('README.md')], 'skipped', 'Not needed: no changed file matches src/**, !src/**/*.test.ts.'],
    ['a deleted changelog is no entry', [mod('src/a.ts'), del('CHANGELOG.md')], 'failed', '1 changed file under src/**, !src/**/*.test.ts (src/a.ts) but no change to CHANGELOG.md, docs/**.'],
    ['a deleted source file calls for an entry', [del('src/old.ts')], 'failed', '1 changed file under src/**, !src/**/*.test.ts (src/old.ts) but no change to CHANGELOG.md, docs/**.'],
    ['a file renamed out of src calls for an entry by its old name', [ren('src/a.ts', 'lib/a.ts')], 'failed', '1 changed file under src/**, !src/**/*.test.ts (src/a.ts) but no change to CHANGELOG.md, docs/**.'],
    ['a page renamed into docs counts as the entry', [mod('src/a.ts'), ren('notes.md', 'docs/notes.md')], 'passed', '1 changed file under src/**, !src/**/*.test.ts; docs/notes.md changed too.']
  ])('%s → %s', (_label, diff, status, message) => {
    const r = run(diff);
    expect([r.gate, r.category, r.status, r.message]).toEqual(['changelog', 'docs', status, message]);
  });

  it('when "when" also matches the changelog, editing only the changelog is not a change that needs one', () => {
    expect(run([mod('CHANGELOG.md')], { when: ['**'] }).status).toEqual('skipped');
  });

  it('a failure names the paths that need the entry, as a suggestion and as located items', () => {
    const r = run([mod('src/a.ts'), mod('src/b.ts'), mod('src/c.ts'), mod('src/d.ts')]);
    expect([r.suggestions, r.items?.[0], r.items?.length]).toEqual([
      ['Add an entry to CHANGELOG.md, docs/** describing the change to src/a.ts, src/b.ts, src/c.ts, and 1 more.'],
      { text: 'src/a.ts changed without an entry in CHANGELOG.md, docs/**', location: { file: 'src/a.ts' } },
      4
    ]);
  });

  it('no diff (no base branch) is skipped and says so', () => {
    const r = run(undefined);
    expect([r.status, r.actual, r.message]).toEqual(['skipped', null, 'Not checked: there is no diff against a base branch to look for changes under src/**, !src/**/*.test.ts.']);
  });

  it('action warn and the default name', () => {
    const r = evaluateDocsGate({ diff: [mod('src/a.ts')] }, { when: ['src/**'], require: ['CHANGELOG.md'], action: 'warn' });
    expect([r.gate, r.status]).toEqual(['docs', 'warning']);
  });
});
