import { describe, expect, it } from '@jest/globals';
import { buildPlan } from '../../../src/engine/plan-job.js';
import { emptyHistory } from '../../../src/model/history.js';
import type { ImportedTimings } from '../../../src/ingest/timings.js';

const ROOT = '/ws';
const NOW = new Date('2026-11-01T00:00:00Z');
const timings = (files: Record<string, number>, cases: Record<string, number> = {}): ImportedTimings => ({ file: 't.json', format: 'pytest-split', files: new Map(Object.entries(files)), cases: new Map(Object.entries(cases)), problems: [] });

describe('buildPlan', () => {
  it('normalises every source to the same repo-relative keys and aggregates node ids to files', () => {
    const r = buildPlan(
      { configId: 'default', granularity: 'file', shards: 2 },
      { tests: ['/ws/tests/a.py', './tests/b.py::test_x', 'tests/b.py::test_y', 'tests\\c.py'], timings: [timings({ '/ws/tests/a.py': 4, 'tests/b.py': 2, './tests/c.py': 2 })], root: ROOT, runId: '9', now: NOW }
    );
    expect(r.document.shards.map((s) => [...s.tests].sort())).toEqual([['tests/a.py'], ['tests/b.py', 'tests/c.py']]);
    expect([r.plan.matchedShare, r.document.floorSeconds, r.document.runId, r.document.granularity]).toEqual([1, 4, '9', 'file']);
  });

  it('uses the history runs as timings and the plan recorded in history as the previous plan', () => {
    const history = {
      ...emptyHistory('default'),
      runs: [{ runId: '1', attempt: 1, sha: 's', ref: 'r', at: 'a', conclusion: 'success' as const, tests: {}, files: { 'a.py': 3, 'b.py': 3, 'c.py': 3, 'd.py': 3 } }],
      plan: { granularity: 'file' as const, shards: 2, assignment: { 'a.py': 2, 'b.py': 2, 'c.py': 1, 'd.py': 1 } }
    };
    const r = buildPlan({ configId: 'default', granularity: 'file', shards: 2 }, { tests: ['a.py', 'b.py', 'c.py', 'd.py'], timings: [], history, root: ROOT, runId: '2', now: NOW });
    expect(r.document.shards.map((s) => [...s.tests].sort())).toEqual([['c.py', 'd.py'], ['a.py', 'b.py']]);
    expect([r.plan.sticky, r.plan.moved, r.notes]).toEqual([true, 0, ['timings: 1 of 1 runs in history', 'previous plan: from history']]);
  });

  it('ignores a previous plan made at another granularity, and says so', () => {
    const history = { ...emptyHistory('default'), plan: { granularity: 'case' as const, shards: 2, assignment: { 'a.py::t': 1 } } };
    const r = buildPlan({ configId: 'default', granularity: 'file', shards: 1 }, { tests: ['a.py'], timings: [], history, root: ROOT, runId: '2', now: NOW });
    expect(r.notes).toEqual(['previous plan in history ignored: it was by case']);
  });

  describe('says why timings did not match when the reports name no files', () => {
    const plan = (t: ImportedTimings[], history?: Parameters<typeof buildPlan>[1]['history']) =>
      buildPlan({ configId: 'default', granularity: 'file', shards: 2 }, { tests: ['src/a.test.js', 'src/b.test.js'], timings: t, ...(history ? { history } : {}), root: ROOT, runId: '2', now: NOW });
    const fileless = (producer?: 'jest-junit'): ImportedTimings => ({ file: 'junit.xml', format: 'junit', files: new Map(), cases: new Map(), problems: [], tests: 7, ...(producer ? { producer } : {}) });

    it.each([
      ['jest-junit output (its default suite name)', fileless('jest-junit'), 'junit.xml looks like jest-junit output without file names, so none of its 7 test times could be matched: run jest with JEST_JUNIT_ADD_FILE_ATTRIBUTE=true (or addFileAttribute: "true" in the jest-junit reporter options).'],
      ['any other JUnit without file attributes', fileless(), 'junit.xml has 7 test times but no file names (the testcase file attribute), so none could be matched; with jest-junit, set JEST_JUNIT_ADD_FILE_ATTRIBUTE=true.']
    ])('%s', (_label, t, hint) => {
      expect(plan([t]).hints).toEqual([hint]);
    });

    it('history runs the gate recorded without files', () => {
      const run = { runId: '1', attempt: 1, sha: 's', ref: 'r', at: 'a', conclusion: 'success' as const, tests: { '::sum adds': 0.1 }, files: {} };
      expect(plan([], { ...emptyHistory('default'), runs: [run, { ...run, runId: '3' }] }).hints).toEqual([
        '2 runs in history recorded no test files: the JUnit reports the gate read name none. With jest-junit, set JEST_JUNIT_ADD_FILE_ATTRIBUTE=true in the test job.'
      ]);
    });

    it('nothing to say when the timings matched, or when nothing was given', () => {
      expect(plan([timings({ 'src/a.test.js': 1, 'src/b.test.js': 2 })]).hints).toEqual([]);
      expect(plan([]).hints).toEqual([]);
    });
  });
});
