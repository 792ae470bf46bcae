import { describe, expect, it } from '@jest/globals';
import { criticalPath, type PathNode } from '../../../src/pipeline/critical-path.js';

const MIN = 60_000;
/** A job that ran for `minutes` and finished at minute `end` (undefined: it has not run). */
const node = (id: string, needs: string[], minutes: number, end?: number): PathNode => ({ id, needs, ms: minutes * MIN, ...(end === undefined ? {} : { finishedAt: end * MIN }) });

describe('criticalPath', () => {
  it('takes the chain with the largest sum of durations, not the longest single job', () => {
    // build 2 → unit 3 → gate 1 = 6; build 2 → e2e 1 → gate 1 = 4; docs 5 → gate 1 = 6 ties, but
    // unit finished at 5 and docs at 5.5: gate waited for docs, so docs is the path.
    const nodes = [node('build', [], 2, 2), node('unit', ['build'], 3, 5), node('e2e', ['build'], 1, 3), node('docs', [], 5, 5.5), node('gate', ['unit', 'e2e', 'docs'], 1, 6.5)];
    expect(criticalPath(nodes)).toEqual({ path: { jobs: ['docs', 'gate'], ms: 6 * MIN }, notes: [] });
    const slowerUnit = nodes.map((n) => (n.id === 'unit' ? node('unit', ['build'], 3.5, 5.5) : n));
    expect(criticalPath(slowerUnit).path).toEqual({ jobs: ['build', 'unit', 'gate'], ms: 6.5 * MIN });
  });

  it('passes through a job that has not run without listing it', () => {
    // `check` was never created (its if: was false and nothing is listed); the chain still links
    // build to gate through it.
    const nodes = [node('build', [], 4, 4), node('check', ['build'], 0), node('gate', ['check'], 1, 5.5)];
    expect(criticalPath(nodes).path).toEqual({ jobs: ['build', 'gate'], ms: 5 * MIN });
  });

  it('ignores needs on jobs the workflow does not define, with a note', () => {
    const r = criticalPath([node('a', [], 1, 1), node('b', ['a', 'ghost'], 2, 3)]);
    expect(r).toEqual({ path: { jobs: ['a', 'b'], ms: 3 * MIN }, notes: ['Job b needs "ghost", which the workflow file does not define; that link is left out of the critical path.'] });
  });

  it('leaves jobs on a needs cycle out instead of looping', () => {
    const r = criticalPath([node('a', [], 1, 1), node('b', ['c'], 5, 7), node('c', ['b'], 5, 8)]);
    expect(r).toEqual({ path: { jobs: ['a'], ms: MIN }, notes: ['The needs of b, c form a cycle (GitHub would reject the workflow); those jobs are left out of the critical path.'] });
  });

  it('has no path when no job has run', () => {
    expect(criticalPath([node('a', [], 0), node('b', ['a'], 0)])).toEqual({ path: null, notes: [] });
    expect(criticalPath([])).toEqual({ path: null, notes: [] });
  });
});
