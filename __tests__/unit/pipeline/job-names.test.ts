import { describe, expect, it } from '@jest/globals';
import { assignJobs, matchJobName, namePattern } from '../../../src/pipeline/job-names.js';
import type { RunJob, WorkflowJob } from '../../../src/pipeline/types.js';

const job = (id: string, extra: Partial<WorkflowJob> = {}): WorkflowJob => ({ id, needs: [], matrix: false, reusable: false, runsShard: false, ...extra });
const listed = (name: string): RunJob => ({ name, status: 'completed', conclusion: 'success', startedAt: null, completedAt: null });

const WORKFLOW: WorkflowJob[] = [
  job('plan'),
  job('test', { matrix: true }),
  job('unit', { name: 'Unit tests', matrix: true }),
  job('shards', { name: 'test ${{ matrix.shard }}/${{ matrix.total }}', matrix: true }),
  job('security', { reusable: true }),
  job('deploy', { reusable: true, matrix: true }),
  job('build', { name: 'Build ${{ github.ref_name }}' }),
  job('native', { name: 'c++ [gcc] (*nix)' }),
  job('e2e', { name: '${{ matrix.browser }}', matrix: true })
];
const patterns = WORKFLOW.map(namePattern);

describe('matching the names GitHub shows to workflow job ids', () => {
  it.each([
    ['a plain job shows its id', 'plan', 'plan'],
    ['a matrix job without name: appends the cell values', 'test (1)', 'test'],
    ['several matrix values are joined with ", "', 'test (ubuntu-latest, 20, false)', 'test'],
    ['a matrix job with a literal name: appends the values to the name', 'Unit tests (windows-latest)', 'unit'],
    ['a name with matrix expressions shows evaluated, without the suffix', 'test 3/8', 'shards'],
    ['a reusable workflow job shows caller / callee', 'security / analyze', 'security'],
    ['the callee may be a matrix job itself', 'security / analyze (javascript-typescript)', 'security'],
    ['a matrix caller of a reusable workflow', 'deploy (staging) / release', 'deploy'],
    ['a name with a non-matrix expression', 'Build main', 'build'],
    ['regex characters in a literal name are literal', 'c++ [gcc] (*nix)', 'native'],
    ['a name that is one expression takes what nothing more specific fits', 'firefox', 'e2e']
  ])('%s: "%s" → %s', (_situation, name, id) => {
    expect(matchJobName(name, patterns)).toEqual({ id });
  });

  it.each([
    ['a suffix on a job that has no matrix', 'plan (1)'],
    ['a reusable-workflow shape on a job that calls none', 'plan / deploy'],
    ['the caller alone, without a callee', 'security'],
    ['a different job name', 'lint']
  ])('does not match %s ("%s")', (_situation, name) => {
    expect(matchJobName(name, WORKFLOW.filter((j) => j.id !== 'e2e').map(namePattern))).toEqual({});
  });

  it('prefers the most literal pattern and reports a tie between two jobs', () => {
    const twins = [job('a', { name: 'test ${{ matrix.x }}' }), job('b', { name: '${{ matrix.y }} 1' })];
    expect(matchJobName('test 1', twins.map(namePattern))).toEqual({ id: 'a' });
    const tied = [job('a', { name: 'x ${{ matrix.n }}' }), job('b', { name: '${{ matrix.n }} x' })];
    expect(matchJobName('x x', tied.map(namePattern))).toEqual({ id: 'a', tie: ['a', 'b'] });
  });
});

describe('assignJobs', () => {
  it('groups matrix instances under their job and lists what fits nothing', () => {
    const jobs = ['plan', 'test (1)', 'test (2)', 'Dependabot', 'test 1/2', 'security / analyze (go)', 'Post-merge cleanup'].map(listed);
    const a = assignJobs(jobs, WORKFLOW.filter((j) => j.id !== 'e2e'));
    expect([...a.byJob].map(([id, list]) => [id, list.map((j) => j.name)])).toEqual([
      ['plan', ['plan']],
      ['test', ['test (1)', 'test (2)']],
      ['shards', ['test 1/2']],
      ['security', ['security / analyze (go)']]
    ]);
    expect(a.unmatched).toEqual(['Dependabot', 'Post-merge cleanup']);
    expect(a.notes).toEqual(['2 listed jobs fit no job of the workflow file (left out of the critical path): "Dependabot", "Post-merge cleanup".']);
  });

  it('notes a name that fits two jobs equally well and counts it under the first', () => {
    const a = assignJobs([listed('x x')], [job('a', { name: 'x ${{ matrix.n }}' }), job('b', { name: '${{ matrix.n }} x' })]);
    expect(a.byJob.get('a')?.map((j) => j.name)).toEqual(['x x']);
    expect(a.notes).toEqual(['Job "x x" fits the workflow jobs a, b equally well; counted under a.']);
  });
});
