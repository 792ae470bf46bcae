// Reporting through the bundle as a runner runs it: the annotation cap and its log fallback, every
// kind of API fault, racing runs, huge and hostile test output, fork PRs with the report artifact
// and the workflow_run publish step that posts their results.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startFakeArtifactService, type FakeArtifactService } from '../harness/fake-artifact-service.js';
import { useFakes } from '../harness/fakes.js';
import { EVENTS, junitXml, makeSandbox, runAction, TOKEN, type ActionRunOptions, type Sandbox } from '../harness/run-bundle.js';
import { readZip } from '../harness/zip.js';

const PR_EVENT = { event: 'pull_request.synchronize.json', eventName: 'pull_request' } as const;
const PR_HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';

const fakes = useFakes();
let artifacts: FakeArtifactService;
let box: Sandbox;

beforeEach(async () => {
  artifacts = await startFakeArtifactService({ runId: 7001 });
});
afterEach(async () => {
  await artifacts.close();
});

function run(extra: Partial<ActionRunOptions> & Pick<ActionRunOptions, 'event' | 'eventName'>, inputs: Record<string, string> = {}) {
  return runAction({
    sandbox: box,
    apiUrl: fakes.api.url,
    cacheEnv: fakes.cache.env,
    // The artifact fake answers ACTIONS_RESULTS_URL, which the cache service shares: no history here.
    inputs: { 'github-token': TOKEN, junit: 'reports/**/*.xml', history: 'off', ...inputs },
    ...extra,
    env: { ...artifacts.env, PIPELINE_GATES_DELIVERY_TIMEOUT_MS: '8000', ...(extra.env ?? {}) }
  });
}

const failures = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `case ${i}`, message: `boom ${i}`, line: i + 1 }));
const annotationCounts = () =>
  fakes.api.requests.filter((r) => r.operationId?.startsWith('checks/')).map((r) => (r.body as { output?: { annotations?: unknown[] } }).output?.annotations?.length ?? 0);
const logAnnotations = (stdout: string, level: string) => stdout.split('\n').filter((l) => l.startsWith(`::${level} `));

describe('annotations', () => {
  it('max-annotations caps what the check run gets, failures first, and the summary says how many were left out', async () => {
    box = await makeSandbox({
      'reports/unit.xml': junitXml({ passed: 1, failed: failures(120) }),
      'reports/flaky.xml': '<testsuite name="f" tests="1"><testcase classname="f" name="wobbly" time="0.1"><flakyFailure message="once"/></testcase></testsuite>'
    });
    const result = await run(PR_EVENT, { 'max-annotations': '60' });

    expect(result.exitCode).toBe(1);
    expect(annotationCounts()).toEqual([50, 10]);
    const check = fakes.api.state.checkRuns[0];
    expect(check?.output.annotations.every((a) => a.annotation_level === 'failure')).toBe(true);
    expect(check?.output.summary).toContain('**Annotations:** 60 of 121 shown; left out by `max-annotations: 60`: 60 failures, 1 warning.');
    expect(fakes.api.invalidRequests()).toEqual([]);
  });

  it('without checks: write the most important 10 per level go to the job log, and the step says so', async () => {
    box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 1, failed: failures(25) }) });
    fakes.api.failNext({ operationId: 'checks/create' }, { status: 403 });
    const result = await run(PR_EVENT);

    expect(result.exitCode).toBe(1);
    const errors = logAnnotations(result.stdout, 'error').filter((l) => l.includes('title=Failed'));
    expect(errors).toHaveLength(10);
    expect(errors[0]).toBe('::error title=Failed%3A checkout › case 0,file=src/checkout.test.ts,line=1,endLine=1::boom 0');
    expect(result.stdout).toContain('Annotated 10 of 25 items in the job log because the check run could not be created (GitHub shows 10 per level; the other 15 are in the job summary and report).');
    expect(result.stdout).toContain('Does the workflow grant `checks: write`?');
  });
});

describe('reporting faults leave the verdict, outputs and summary intact', () => {
  // [name, fault, the warning it becomes, another log line the user should see]. Every row has all
  // four: jest passes a `done` callback to a test function with more parameters than the row.
  const cases: Array<[string, () => void, RegExp, string?]> = [
    ['a 500 that persists through the retries', () => fakes.api.failNext({ operationId: 'checks/create' }, { status: 500, times: 5 }), /Could not create the check run \(HTTP 500\)/, undefined],
    ['a secondary rate limit (429)', () => fakes.api.failNext({ operationId: 'checks/create' }, { status: 429, headers: { 'retry-after': '0' }, times: 5 }), /Could not create the check run.*(HTTP 429|no answer)/, '::warning::GitHub secondary rate limit on POST /repos/{owner}/{repo}/check-runs'],
    ['a request that never answers', () => fakes.api.hang({ operationId: 'checks/create' }, 5), /Could not create the check run: no answer from GitHub within 8 s \(create the check run\)/, undefined],
    ['a 403 (no checks: write)', () => fakes.api.failNext({ operationId: 'checks/create' }, { status: 403 }), /Could not create the check run \(HTTP 403\)/, 'Does the workflow grant `checks: write`?'],
    ['a 422 (validation failed)', () => fakes.api.failNext({ operationId: 'checks/create' }, { status: 422 }), /Could not create the check run \(HTTP 422\)/, undefined]
  ];

  it.each(cases)('%s', async (_name, inject, warning, alsoLogged) => {
    box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 3 }) });
    inject();
    const result = await run(PR_EVENT);

    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', conclusion: 'success', 'failed-gates': '[]' });
    expect(result.summary).toContain('Pipeline Gates: passed');
    expect(result.stdout.split('\n').find((l) => l.startsWith('::warning::Could not create the check run'))).toMatch(warning);
    // The comment is a separate delivery and still goes out.
    expect(fakes.api.state.comments.get(2)).toHaveLength(1);
    expect(`${result.stdout}${result.stderr}`).not.toContain(TOKEN);
    if (alsoLogged) expect(result.stdout).toContain(alsoLogged);
  });

  it('fail-on-report-error: true fails the step on a delivery failure, with the gates still passed', async () => {
    box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 3 }) });
    fakes.api.failNext({ operationId: 'checks/create' }, { status: 403 });
    const result = await run(PR_EVENT, { 'fail-on-report-error': 'true' });

    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('true');
    expect(result.stdout).toContain('::error::Could not create the check run (HTTP 403)');
    expect(result.stdout).toContain('(fail-on-report-error is on)');
  });
});

describe('comment and content limits', () => {
  it('two racing runs leave one comment', async () => {
    box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 2 }) });
    const [a, b] = await Promise.all([run(PR_EVENT), run(PR_EVENT)]);

    expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
    expect(fakes.api.state.comments.get(2)).toHaveLength(1);
    expect(fakes.api.invalidRequests()).toEqual([]);
  });

  it('a 2 MB failure message stays within every GitHub limit', async () => {
    const huge = `Error: expected\n${'x'.repeat(2 * 1024 * 1024)}\n    at end (src/checkout.ts:9:1)`;
    box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 1, failed: [{ name: 'huge', message: 'expected', body: huge, line: 3 }] }) });
    const result = await run(PR_EVENT);

    expect(result.exitCode).toBe(1);
    expect(fakes.api.invalidRequests()).toEqual([]);
    const annotation = fakes.api.state.checkRuns[0]?.output.annotations[0];
    expect(Buffer.byteLength(annotation?.message ?? '')).toBeLessThanOrEqual(64 * 1024);
    expect(annotation?.message).toContain('at end (src/checkout.ts:9:1)');
    expect((fakes.api.state.checkRuns[0]?.output.summary ?? '').length).toBeLessThanOrEqual(65535);
    expect((fakes.api.state.comments.get(2)?.[0]?.body ?? '').length).toBeLessThanOrEqual(65536);
    expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(1024 * 1024);
  });

  it('a hostile test name renders inert: no ping, no HTML, no escape from the code fence', async () => {
    const name = '@everyone <img src=x onerror=alert(1)> ```';
    box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 1, failed: [{ name, message: '``` @team <script>x</script>', line: 2 }] }) });
    await run(PR_EVENT);

    const body = fakes.api.state.comments.get(2)?.[0]?.body ?? '';
    expect(body).toContain('@\u200beveryone');
    // The message sits in a code block whose fence is longer than its own backtick run, where
    // GitHub neither links mentions nor renders HTML; everywhere else nothing may be live.
    expect(body).toContain('````\n``` @team <script>x</script>\n````');
    const outsideCode = body.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '');
    expect(outsideCode).not.toMatch(/@everyone|@team|<img|<script/);
  });
});

describe('fork pull requests', () => {
  async function forkEvent(): Promise<string> {
    const payload = JSON.parse(await readFile(path.join(EVENTS, 'pull_request.synchronize.json'), 'utf8'));
    payload.pull_request.head.repo.full_name = 'mallory/Hello-World';
    const file = path.join(box.temp, 'fork-event.json');
    await writeFile(file, JSON.stringify(payload));
    return file;
  }

  it('post nothing, still write the summary and outputs, and upload the report with the input reports', async () => {
    box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 1, failed: failures(2) }) });
    const result = await run({ event: await forkEvent(), eventName: 'pull_request' });

    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('false');
    expect(result.summary).toContain('Pipeline Gates: failed');
    expect(fakes.api.requests.filter((r) => r.operationId?.startsWith('checks/') || r.operationId?.includes('comment'))).toEqual([]);
    expect(logAnnotations(result.stdout, 'error').filter((l) => l.includes('title=Failed'))).toHaveLength(2);

    const [uploaded] = artifacts.artifacts();
    expect(uploaded?.name).toBe('pipeline-gates-report-default');
    const files = readZip(uploaded?.zip ?? Buffer.alloc(0));
    expect([...files.keys()].sort()).toEqual(['inputs/reports/unit.xml', 'publish.json', 'report.json', 'report.md']);
    expect(JSON.parse(files.get('publish.json')?.toString() ?? '{}')).toMatchObject({ prNumber: 2, headSha: PR_HEAD_SHA });
    expect(result.summary).toContain(`[full report](https://github.com/Codertocat/Hello-World/actions/runs/7001/artifacts/${uploaded?.id})`);
  });

  describe('command: publish (workflow_run follow-up)', () => {
    const event = { event: 'workflow_run.fork.json', eventName: 'workflow_run' } as const;
    const TESTED = 'c2d4b9e03b1a4c0e9f7d6a5b4c3d2e1f0a9b8c7d';
    const TRIGGERING_RUN = 289782451;

    function seedForkArtifact(headSha: string) {
      artifacts.seed({
        runId: TRIGGERING_RUN,
        name: 'pipeline-gates-report-default',
        files: {
          'inputs/reports/unit.xml': junitXml({ passed: 2, failed: [{ name: '@everyone <b>hi</b>', message: 'nope', line: 4 }] }),
          'publish.json': JSON.stringify({ prNumber: 7, headSha }),
          'report.md': '# I am the fork and I say <img src=x> @everyone'
        }
      });
      artifacts.serveDownloads(fakes.api);
    }
    function servePull(headSha: string) {
      fakes.api.handle('pulls/get', () => ({ status: 200, body: { number: 7, head: { sha: headSha }, labels: [{ name: 'bug' }], body: 'fix' } }));
    }

    it("judges the fork's reports with our config and posts the check and comment on the PR head", async () => {
      box = await makeSandbox({});
      seedForkArtifact(TESTED);
      servePull(TESTED);
      const result = await run(event, { command: 'publish' });

      expect(result.exitCode).toBe(0);
      expect(result.outputs.passed).toBe('false');
      const check = fakes.api.state.checkRuns[0];
      expect(check).toMatchObject({ head_sha: TESTED, conclusion: 'failure', name: 'Pipeline Gates' });
      expect(check?.output.annotations.map((a) => a.path)).toEqual(['src/checkout.test.ts']);
      const body = fakes.api.state.comments.get(7)?.[0]?.body ?? '';
      expect(body).toContain('**3 tests**: 2 passed');
      expect(body).not.toMatch(/I am the fork|@everyone|<b>/);
      expect(fakes.api.requests.find((r) => r.operationId === 'pulls/get')?.path).toBe('/repos/octo-org/octo-repo/pulls/7');
    });

    it('posts nothing when the PR has moved on from the tested commit', async () => {
      box = await makeSandbox({});
      seedForkArtifact(TESTED);
      servePull('f'.repeat(40));
      const result = await run(event, { command: 'publish' });

      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain('::warning::PR #7 has moved on');
      expect(fakes.api.state.checkRuns).toEqual([]);
      expect(fakes.api.state.comments.get(7) ?? []).toEqual([]);
    });

    it('refuses an artifact that names another commit', async () => {
      box = await makeSandbox({});
      seedForkArtifact('e'.repeat(40));
      servePull(TESTED);
      const result = await run(event, { command: 'publish' });

      expect(result.exitCode).toBe(1);
      expect(result.stdout).toContain(`::error::The report artifact of run ${TRIGGERING_RUN} is for commit eeeeeeeeeeee, but that run tested ${TESTED.slice(0, 12)}: nothing was published.`);
      expect(fakes.api.state.checkRuns).toEqual([]);
    });
  });
});
