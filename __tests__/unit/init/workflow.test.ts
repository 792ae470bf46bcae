import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse as parseYaml } from 'yaml';
import {
  actionRefProblem,
  branchProblem,
  DEFAULT_ACTION_REF,
  REPORTS_ARTIFACT_PREFIX,
  starterWorkflow,
  WORKFLOW_PATH
} from '../../../src/init/templates.js';
import { ROOT } from '../../harness/run-bundle.js';
import { lintWorkflow, loadActionMetadata, type KnownActions } from './workflow-lint.js';

const REF = 'acme/pipeline-gates@v1';

/** Our action.yml under the name the generated workflow uses, so inputs and outputs are checked. */
async function ourAction(uses: string): Promise<KnownActions> {
  return new Map([[uses.replace(/@.*$/, ''), await loadActionMetadata(ROOT, 'action.yml')]]);
}

interface Step {
  id?: string;
  uses?: string;
  if?: string;
  with?: Record<string, string | boolean | number>;
  env?: Record<string, string>;
  run?: string;
  'continue-on-error'?: boolean;
}
interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  strategy?: { 'fail-fast'?: boolean; matrix?: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (branch = 'main', actionRef = REF) => parseYaml(starterWorkflow({ branch, actionRef })) as Workflow;
const stepUsing = (job: Job, prefix: string) => job.steps.find((s) => s.uses?.startsWith(prefix));

describe('the starter workflow, checked by GitHub\'s workflow parser', () => {
  it.each([
    ['the placeholder action', 'main', DEFAULT_ACTION_REF],
    ['a published action and another default branch', 'develop', REF],
    ['a local copy of the action', 'trunk', './'],
    ['a branch YAML would read as a number', '1.0', REF]
  ])('%s: zero errors, and every input and output it uses is declared in action.yml', async (_label, branch, actionRef) => {
    const text = starterWorkflow({ branch, actionRef });
    const { errors, template } = await lintWorkflow(WORKFLOW_PATH, text, await ourAction(actionRef));
    expect(errors).toEqual([]);
    expect(template?.jobs.map((j) => j.id.value)).toEqual(['plan', 'test', 'gate']);
  });

  it('the parser sees plan → test → gate, and the gate runs always()', async () => {
    const { template } = await lintWorkflow(WORKFLOW_PATH, starterWorkflow({ branch: 'main', actionRef: REF }));
    const jobs = Object.fromEntries((template?.jobs ?? []).map((j) => [j.id.value, j]));
    expect(jobs.plan?.needs).toBeUndefined();
    expect(jobs.test?.needs?.map((n) => n.value)).toEqual(['plan']);
    expect(jobs.gate?.needs?.map((n) => n.value)).toEqual(['plan', 'test']);
    expect(jobs.gate?.if.expression).toBe('always()');
    expect(jobs.test?.if.expression).toBe('success()');
  });

  it('runs on pull requests, pushes to the default branch and by hand', async () => {
    const { template } = await lintWorkflow(WORKFLOW_PATH, starterWorkflow({ branch: 'release/2.x', actionRef: REF }));
    expect(Object.keys(template?.events ?? {}).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch']);
    expect(template?.events.push?.branches).toEqual(['release/2.x']);
    expect(template?.events.pull_request).toEqual({});
  });

  it.each(['1.0', 'no', 'on', '2025'])('the branch "%s" stays a string in the push filter', (branch) => {
    expect((workflow(branch).on.push as { branches: unknown[] }).branches).toEqual([branch]);
  });

  it('the matrix is the plan step\'s matrix output, handed over as the plan job\'s output', () => {
    const { jobs } = workflow();
    const planStep = jobs.plan?.steps.find((s) => s.id === 'plan');
    expect(planStep?.uses).toBe(REF);
    expect(planStep?.with?.command).toBe('plan');
    expect(jobs.plan?.outputs).toEqual({ matrix: '${{ steps.plan.outputs.matrix }}' });
    expect(jobs.test?.strategy).toEqual({ 'fail-fast': false, matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}' });
  });

  it('each shard asks the shard command for its tests and runs them from the tests-file output', () => {
    const test = workflow().jobs.test as Job;
    const shard = test.steps.find((s) => s.id === 'shard');
    expect(shard).toEqual({ id: 'shard', uses: REF, with: { command: 'shard', shard: '${{ matrix.shard }}' } });
    const run = test.steps.find((s) => s.env?.TESTS_FILE);
    expect(run?.env?.TESTS_FILE).toBe('${{ steps.shard.outputs.tests-file }}');
    // The placeholder fails loudly until the user puts their test command in.
    expect(run?.run).toMatch(/exit 1\s*$/);
  });

  it('least privilege: read-only by default, and only the gate job may write checks and comments', () => {
    const wf = workflow();
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.gate?.permissions).toEqual({ contents: 'read', checks: 'write', 'pull-requests': 'write', actions: 'read' });
    expect(wf.jobs.plan?.permissions).toBeUndefined();
    expect(wf.jobs.test?.permissions).toBeUndefined();
  });

  it('hands every shard\'s JUnit and coverage to the gate without one shard overwriting another', () => {
    const { jobs } = workflow();
    const test = jobs.test as Job;
    const gate = jobs.gate as Job;
    const reportsDir = test.steps.find((s) => s.env?.REPORTS_DIR)?.env?.REPORTS_DIR as string;
    expect(reportsDir).toBe('reports/shard-${{ matrix.shard }}');

    const upload = stepUsing(test, 'actions/upload-artifact@v4');
    expect(upload?.if).toBe('always()');
    expect(upload?.with?.name).toBe(`${REPORTS_ARTIFACT_PREFIX}\${{ matrix.shard }}`);
    // Uploading the parent folder keeps shard-N/ inside the artifact (its root is the common ancestor).
    expect(upload?.with?.path).toBe(`${path.posix.dirname(reportsDir)}/`);

    const download = stepUsing(gate, 'actions/download-artifact@v4');
    expect(download?.with).toEqual({ pattern: `${REPORTS_ARTIFACT_PREFIX}*`, path: 'reports', 'merge-multiple': true });
    expect(download?.['continue-on-error']).toBe(true);

    const gateStep = gate.steps.find((s) => s.uses === REF);
    expect(gateStep?.with?.command).toBe('gate');
    // What shard 3 writes, after the download, is found by the gate's globs; the other kind is not.
    const junit = String(gateStep?.with?.junit).split('\n').filter(Boolean);
    const coverage = String(gateStep?.with?.coverage).split('\n').filter(Boolean);
    const matches = (globs: string[], file: string) => globs.some((g) => path.posix.matchesGlob(file, g));
    expect(matches(junit, 'reports/shard-3/junit/junit.xml')).toBe(true);
    expect(matches(junit, 'reports/shard-3/junit/nested/TEST-a.xml')).toBe(true);
    expect(matches(coverage, 'reports/shard-3/coverage/lcov.info')).toBe(true);
    expect(matches(coverage, 'reports/shard-3/coverage/coverage.xml')).toBe(true);
    expect(matches(junit, 'reports/shard-3/coverage/coverage.xml')).toBe(false);
    expect(matches(coverage, 'reports/shard-3/junit/junit.xml')).toBe(false);
  });

  it('every uses: of the action is the reference given', () => {
    const uses = Object.values(workflow('main', 'acme/gates/sub@v2.1.0').jobs).flatMap((j) => j.steps.map((s) => s.uses)).filter((u) => u && !u.startsWith('actions/'));
    expect(uses).toEqual(['acme/gates/sub@v2.1.0', 'acme/gates/sub@v2.1.0', 'acme/gates/sub@v2.1.0']);
  });
});

describe('the validator can fail (so the checks above mean something)', () => {
  const good = () => starterWorkflow({ branch: 'main', actionRef: REF });

  it.each([
    ['a job that needs a job that does not exist', (t: string) => t.replace('needs: [plan, test]', 'needs: [plan, tests]'), /Job 'gate' depends on unknown job 'tests'/],
    ['a broken expression', (t: string) => t.replace('if: always()', 'if: ${{ always( }}'), /Unexpected end of expression/],
    ['a permission that does not exist', (t: string) => t.replace('checks: write', 'checks: admin'), /Unexpected value 'admin'/],
    ['a misspelt job key', (t: string) => t.replace('runs-on: ubuntu-latest\n    outputs:', 'runs_on: ubuntu-latest\n    outputs:'), /runs_on/],
    ['a matrix read from a job it does not need', (t: string) => t.replace('fromJSON(needs.plan.outputs.matrix)', 'fromJSON(needs.planner.outputs.matrix)'), /does not list "planner" in needs/],
    ['an output the action does not declare', (t: string) => t.replace('steps.plan.outputs.matrix', 'steps.plan.outputs.matrix-json'), /steps\.plan\.outputs\.matrix-json, which the action does not declare/],
    ['an input the action does not have', (t: string) => t.replace('command: shard\n', 'command: shard\n          shard-index: 1\n'), /passes "shard-index"/]
  ])('%s', async (_label, breakIt, message) => {
    const broken = breakIt(good());
    expect(broken).not.toBe(good());
    const { errors } = await lintWorkflow('broken.yml', broken, await ourAction(REF));
    expect(errors.join('\n')).toMatch(message);
  });
});

describe('options', () => {
  it.each(['main', 'develop', 'release/2.x', 'feature_1', '1.0'])('branch %s is accepted', (b) => {
    expect(branchProblem(b)).toBeUndefined();
  });

  it.each(['', 'a b', 'feat*', '!main', 'a..b', 'a//b', 'a/', 'x.lock', '-x', 'a:b'])('branch "%s" is refused', (b) => {
    expect(branchProblem(b)).toMatch(/is not a branch name/);
  });

  it.each([DEFAULT_ACTION_REF, 'acme/pipeline-gates@v1.2.3', 'acme/mono/actions/gates@main', 'acme/pg@0123456789abcdef0123456789abcdef01234567', './', './.github/actions/gates'])('action ref %s is accepted', (r) => {
    expect(actionRefProblem(r)).toBeUndefined();
  });

  it.each(['', 'acme/pipeline-gates', 'pipeline-gates@v1', 'acme/pg@', 'docker://alpine', 'acme/pg@v1 # x', '../gates'])('action ref "%s" is refused', (r) => {
    expect(actionRefProblem(r)).toMatch(/OWNER\/REPO@REF/);
  });
});
