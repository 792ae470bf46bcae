import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow as parseWithGitHub } from '@actions/workflow-parser';
import { parseWorkflow, readWorkflowFile, runsShardStep, shardJobIds, workflowPathFromRef } from '../../../src/shell/workflow-file.js';
import { fixtureWorkflow, readFixture } from './fixture.js';

describe('workflowPathFromRef', () => {
  it.each([
    ['a branch push', 'acme/widgets/.github/workflows/ci.yml@refs/heads/main', '.github/workflows/ci.yml'],
    ['a pull request merge ref', 'acme/widgets/.github/workflows/ci.yaml@refs/pull/412/merge', '.github/workflows/ci.yaml'],
    ['a tag that holds an @', 'acme/widgets/.github/workflows/release.yml@refs/tags/v1@beta', '.github/workflows/release.yml']
  ])('%s', (_situation, ref, expected) => {
    expect(workflowPathFromRef(ref)).toEqual({ ok: true, path: expected });
  });

  it('explains an unset or dynamic workflow ref', () => {
    expect(workflowPathFromRef(undefined)).toEqual({ ok: false, reason: 'GITHUB_WORKFLOW_REF is not set, so the workflow file is unknown (not running in GitHub Actions?)' });
    expect(workflowPathFromRef('acme/widgets/dynamic/github-code-scanning/codeql@refs/heads/main')).toEqual({
      ok: false,
      reason: 'GITHUB_WORKFLOW_REF "acme/widgets/dynamic/github-code-scanning/codeql@refs/heads/main" does not name a file under .github/workflows/ (a dynamic workflow such as CodeQL default setup has none)'
    });
  });
});

describe('parseWorkflow', () => {
  it('reads the fixture workflow: ids, names, needs, matrix, reusable calls and the shard job', () => {
    expect(fixtureWorkflow()).toEqual({
      path: '.github/workflows/ci.yml',
      jobs: [
        { id: 'plan', needs: [], matrix: false, reusable: false, runsShard: false },
        { id: 'lint', needs: [], matrix: false, reusable: false, runsShard: false },
        { id: 'security', needs: [], matrix: false, reusable: true, runsShard: false },
        { id: 'test', needs: ['plan'], matrix: true, reusable: false, runsShard: true },
        { id: 'gate', needs: ['test', 'lint', 'security'], matrix: false, reusable: false, runsShard: false }
      ],
      // The caching steps with their lines (our own plan and gate steps are not the user's caches).
      caches: [
        { job: 'lint', uses: 'actions/setup-node@v5', line: 27, cache: 'npm', matrix: false },
        { job: 'test', uses: 'actions/setup-node@v5', line: 54, cache: 'npm', matrix: true }
      ]
    });
    expect(shardJobIds(fixtureWorkflow())).toEqual(['test']);
  });

  it('agrees with GitHub\'s own workflow parser on the job graph of the fixture', async () => {
    const content = readFixture('ci.yml');
    const parsed = parseWithGitHub({ name: 'ci.yml', content }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors()).toEqual([]);
    const template = await convertWorkflowTemplate(parsed.context, parsed.value as NonNullable<typeof parsed.value>);
    expect(parsed.context.errors.getErrors()).toEqual([]);
    const theirs = template.jobs.map((j) => ({
      id: j.id.value,
      needs: (j.needs ?? []).map((n) => n.value),
      matrix: j.strategy !== undefined,
      reusable: j.type === 'reusableWorkflowJob'
    }));
    expect(fixtureWorkflow().jobs.map(({ id, needs, matrix, reusable }) => ({ id, needs, matrix, reusable }))).toEqual(theirs);
  });

  it('reads the key of a cache step as written, with its line, and skips setup steps that do not cache', () => {
    const yaml = [
      'jobs:', //                                                                   1
      '  build:', //                                                                2
      '    runs-on: ubuntu-latest', //                                              3
      '    steps:', //                                                              4
      '      - uses: actions/setup-python@v6', //                                   5
      '        with: { python-version: 3.12 }', //                                  6
      '      - uses: actions/cache@v4', //                                          7
      '        with:', //                                                           8
      '          path: ~/.cache/pip', //                                            9
      '          key: pip-${{ github.run_id }}', //                                 10
      '          restore-keys: |', //                                               11
      '            pip-', //                                                        12
      '      - uses: actions/setup-go@v6', //                                       13
      '      - uses: actions/setup-java@v5', //                                     14
      '        with: { distribution: temurin, java-version: 21, cache: "false" }' // 15
    ].join('\n');
    const read = parseWorkflow(yaml, 'w.yml');
    expect(read.ok && read.workflow.caches).toEqual([
      { job: 'build', uses: 'actions/cache@v4', line: 7, key: 'pip-${{ github.run_id }}', keyLine: 10, restoreKeys: 'pip-\n', path: '~/.cache/pip', matrix: false },
      { job: 'build', uses: 'actions/setup-go@v6', line: 13, matrix: false }
    ]);
  });

  it('keeps name: as written and accepts needs: as one id', () => {
    const yaml = [
      'on: push',
      'jobs:',
      '  build:',
      '    name: Build ${{ matrix.os }}',
      '    strategy: { matrix: { os: [ubuntu-latest, macos-latest] } }',
      '    runs-on: ${{ matrix.os }}',
      '    steps: [{ run: make }]',
      '  ship:',
      '    name: 2024',
      '    needs: build',
      '    strategy:',
      '      matrix: ${{ fromJSON(needs.build.outputs.targets) }}',
      '    runs-on: ubuntu-latest',
      '    steps: [{ run: make ship }]'
    ].join('\n');
    expect(parseWorkflow(yaml, 'w.yml')).toEqual({
      ok: true,
      workflow: {
        path: 'w.yml',
        jobs: [
          { id: 'build', name: 'Build ${{ matrix.os }}', needs: [], matrix: true, reusable: false, runsShard: false },
          { id: 'ship', name: '2024', needs: ['build'], matrix: true, reusable: false, runsShard: false }
        ]
      }
    });
  });

  it.each([
    ['a job id given twice, with its line', 'on: push\njobs:\n  a: {}\n  a: {}\n', /^w\.yml:4 is not valid YAML: Map keys must be unique$/],
    ['no jobs', 'on: push\n', /^w\.yml has no "jobs:" mapping$/],
    ['a job that is not a mapping', 'jobs:\n  a: 1\n', /^w\.yml: jobs\.a is not a mapping$/],
    ['needs that is not a job id', 'jobs:\n  a:\n    needs: { b: 1 }\n', /^w\.yml: jobs\.a\.needs must be a job id or a list of job ids$/],
    ['a YAML list at the top', '- jobs\n', /^w\.yml has no "jobs:" mapping$/]
  ])('returns a reason for %s, never throws', (_situation, yaml, reason) => {
    const read = parseWorkflow(yaml, 'w.yml');
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.reason).toMatch(reason);
  });
});

describe('runsShardStep', () => {
  it.each([
    ['the top-level action with command: shard', [{ uses: 'acme/pipeline-gates@v1', with: { command: 'shard', shard: 1 } }], true],
    ['the shard sub-action, whose command defaults to shard', [{ uses: 'actions/checkout@v5' }, { uses: 'OWNER/pipeline-gates/shard@v1', with: { shard: 2 } }], true],
    ['the shard sub-action pinned to a SHA', [{ uses: 'acme/pipeline-gates/shard@0123456789abcdef0123456789abcdef01234567' }], true],
    ['the gate', [{ uses: 'acme/pipeline-gates@v1', with: { junit: 'x.xml' } }], false],
    ['the shard sub-action told to run another command', [{ uses: 'acme/pipeline-gates/shard@v1', with: { command: 'plan' } }], false],
    ['a run step that mentions shard', [{ run: 'echo command: shard' }], false],
    ['no steps (a reusable workflow call)', undefined, false]
  ])('%s', (_situation, steps, expected) => {
    expect(runsShardStep(steps)).toBe(expected);
  });
});

describe('readWorkflowFile', () => {
  let workspace: string;
  beforeAll(async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), 'pipeline-workflow-'));
    await mkdir(path.join(workspace, '.github/workflows'), { recursive: true });
    await writeFile(path.join(workspace, '.github/workflows/ci.yml'), readFixture('ci.yml'));
  });
  afterAll(async () => {
    await rm(workspace, { recursive: true, force: true });
  });

  it('reads the file GITHUB_WORKFLOW_REF names under GITHUB_WORKSPACE', async () => {
    const read = await readWorkflowFile({ GITHUB_WORKFLOW_REF: 'acme/widgets/.github/workflows/ci.yml@refs/pull/412/merge', GITHUB_WORKSPACE: workspace });
    expect(read).toEqual({ ok: true, workflow: fixtureWorkflow() });
  });

  it('asks for a checkout when the file is not in the workspace', async () => {
    const read = await readWorkflowFile({ GITHUB_WORKFLOW_REF: 'acme/widgets/.github/workflows/release.yml@refs/heads/main' }, workspace);
    expect(read).toEqual({ ok: false, reason: `.github/workflows/release.yml is not in the workspace ${workspace}: check out the repository (actions/checkout) before the gate step` });
  });

  it('refuses a path that leads out of the workspace', async () => {
    const read = await readWorkflowFile({ GITHUB_WORKFLOW_REF: 'a/b/.github/workflows/../../../../etc/x.yml@refs/heads/main' }, workspace);
    expect(read.ok ? '' : read.reason).toMatch(/leads outside the workspace/);
  });
});
