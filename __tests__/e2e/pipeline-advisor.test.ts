// The bundled gate step on a push to the default branch, against the fake GitHub API serving the
// run's jobs with their steps, each finished job's log (a 302 to a blob URL) and the repository's
// cache usage, and the fake cache service for history: the cache table and its findings, "why
// this run took N minutes", the container findings as annotations, and the history that the next
// run compares with.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { useFakes } from '../harness/fakes.js';
import { junitXml, makeSandbox, ROOT, runAction, TOKEN } from '../harness/run-bundle.js';

const FIXTURES = path.join(ROOT, '__tests__/fixtures');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const RUN_ID = '30418275561';
const JOBS_PATH = `/repos/Codertocat/Hello-World/actions/runs/${RUN_ID}/attempts/1/jobs`;
const GB = 1024 ** 3;

const fakes = useFakes();

/** The fixture run moved so that "now" is 10:10:03 of it, 90 s into the gate job (as in its README). */
function shiftedListing(): { listing: Record<string, unknown>; run: Record<string, unknown> } {
  const offset = Date.now() - Date.parse('2026-09-14T10:10:03Z');
  const shift = (text: string) => text.replace(/2026-09-14T\d\d:\d\d:\d\dZ/g, (t) => new Date(Date.parse(t) + offset).toISOString().replace(/\.\d{3}Z$/, 'Z'));
  return { listing: JSON.parse(shift(fixture('pipeline/jobs-listing.json'))), run: JSON.parse(shift(fixture('pipeline/workflow-run.json'))) };
}

function serveRun(): void {
  const { listing, run } = shiftedListing();
  fakes.api.handle('actions/list-jobs-for-workflow-run-attempt', () => ({ status: 200, body: listing }));
  fakes.api.handle('actions/get-workflow-run', () => ({ status: 200, body: run }));
  const log = (name: string) => fixture(`pipeline/logs/${name}`);
  fakes.api.seedJobLog(90154418201, log('pipeline-gates.log'));
  // lint restores a cache keyed on this run's id (Linux-build-30418275561) and misses.
  fakes.api.seedJobLog(90154418202, log('actions-cache.log'));
  fakes.api.seedJobLog(90154418207, log('setup-go.log'));
  // Four shards all miss setup-node's npm cache and all try to save it; shard 1 wins the reservation.
  const lost = log('setup-node.log');
  const won = lost.replace(/^.*Cache reservation failed.*\n/m, '').replace(/Failed to save: Unable to reserve cache with key (\S+), another job may be creating this cache\./, 'Cache saved with the key: $1');
  fakes.api.seedJobLog(90154452310, won);
  for (const id of [90154452311, 90154452312, 90154452313]) fakes.api.seedJobLog(id, lost);
  // The repository's caches: 9.2 of 10 GB, the least recently used entry touched 3 hours ago.
  const at = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  fakes.api.state.caches.push(
    { id: 1, ref: 'refs/heads/master', key: 'Linux-cargo-0d3c2b1a09f8e7d6c5b4a3928170f6e5', version: 'v', last_accessed_at: at(1), created_at: at(30), size_in_bytes: 6 * GB },
    { id: 2, ref: 'refs/pull/7/merge', key: 'Linux-build-30418200000', version: 'v', last_accessed_at: at(2), created_at: at(2), size_in_bytes: 2.7 * GB },
    { id: 3, ref: 'refs/heads/master', key: 'node-cache-Linux-x64-npm-3c1f5b7e2d9a8c6b', version: 'v', last_accessed_at: at(3), created_at: at(3), size_in_bytes: 0.5 * GB }
  );
}

async function gate() {
  const box = await makeSandbox({
    '.github/workflows/ci.yml': fixture('pipeline/ci.yml'),
    'reports/unit.xml': junitXml({ passed: 3 }),
    'Dockerfile': fixture('containers/node-bad/Dockerfile'),
    '__tests__/fixtures/broken/Dockerfile': 'FROM node\nCOPY . .\nRUN npm ci\n'
  });
  return runAction({
    sandbox: box,
    apiUrl: fakes.api.url,
    cacheEnv: fakes.cache.env,
    event: 'push.default-branch.json',
    eventName: 'push',
    runId: RUN_ID,
    inputs: { 'github-token': TOKEN, junit: 'reports/**/*.xml' },
    env: { GITHUB_WORKFLOW_REF: `Codertocat/Hello-World/.github/workflows/ci.yml@refs/heads/master` }
  });
}

describe('the pipeline advisor through the bundle', () => {
  it('reads every finished job log once, without the token, and reports caches, why the run took its time, and the Dockerfile', async () => {
    serveRun();
    const result = await gate();
    expect(result.exitCode).toBe(0);
    // Warnings only: a low cache hit rate and Dockerfile findings do not fail a build.
    expect(result.outputs.summary).toBe('3 tests, 0 failed; passed; warnings: metrics.pipeline.cache-hit-rate, container');
    expect(fakes.api.invalidRequests()).toEqual([]);
    expect(fakes.api.requests.filter((r) => r.operationId === 'actions/download-job-logs-for-workflow-run').map((r) => r.path).sort()).toEqual(
      [90154418201, 90154418202, 90154418207, 90154452310, 90154452311, 90154452312, 90154452313].map((id) => `/repos/Codertocat/Hello-World/actions/jobs/${id}/logs`)
    );
    expect(fakes.api.blobRequests.map((b) => [b.status, b.authorized])).toEqual(Array.from({ length: 7 }, () => [200, false]));
    expect(fakes.api.requests.filter((r) => r.path === JOBS_PATH)).toHaveLength(1);

    const s = result.summary;
    // plan: history by restore key; lint: npm hit, cargo restore-key hit, run-id key miss; go: miss; 4 × npm miss.
    expect(s).toContain('**Hit rate** 3 of 9 lookups found an entry (33.3%: 1 exact, 2 from a restore key)');
    expect(s).toContain('| `setup-node npm`<br>`node-cache-Linux-x64-npm-…` | 4 | 0 | 0 | **4** | 1 (3 lost) | — / — | 15.3 s |');
    expect(s).toContain('| `metrics.pipeline.cache-hit-rate` | ⚠️ warning (warn only) | 0.333333333333 pipeline.cache-hit-rate | >= 0.8 |');
    expect(s).toContain('- ⚠️ 4 jobs save the same key `node-cache-Linux-x64-npm-3c1f5b7e2d9a8c6b4e0f1a2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3` \\(test \\(1\\), test \\(2\\), test \\(3\\), test \\(4\\)\\).');
    expect(s).toContain('- ⚠️ The key `Linux-build-30418275561` contains the run id and has no restore-keys.');
    expect(s).toContain("- ⚠️ The repository's Actions caches hold 9.2 GB of the 10.0 GB limit in 3 entries.");
    expect(s).toContain('Logs not read for "gate": still running');
    // 10 minutes of a 15-minute budget: the explanation is folded.
    expect(s).toContain('<details><summary><b>Why this run took 10 minutes</b> (within budget)</summary>');
    expect(s).toContain('- **`npm ci` costs 3 min 17 s across 5 jobs \\(39 s each\\).** Its cache missed in 4 of 5 jobs: see the cache findings.');
    expect(s).toContain('#### Container builds (1 Dockerfile)');
    expect(s).toContain('- `Dockerfile:3` `COPY . .` copies the whole build context before `npm ci` \\(line 4\\) fetches the npm dependencies.');
    expect(s).toContain('1 Dockerfile was excluded \\(gates.container.exclude\\): \\_\\_tests\\_\\_/fixtures/broken/Dockerfile.');

    const check = fakes.api.requests.find((r) => r.operationId === 'checks/create')?.body as { output: { annotations: Array<{ path: string; start_line: number; annotation_level: string; title: string }> } };
    expect(check.output.annotations.filter((a) => a.title === 'container: warning').map((a) => [a.path, a.start_line, a.annotation_level])).toEqual([
      ['Dockerfile', 1, 'warning'],
      ['Dockerfile', 1, 'warning'],
      ['Dockerfile', 3, 'warning'],
      ['Dockerfile', 3, 'warning'],
      ['Dockerfile', 4, 'warning'],
      ['Dockerfile', 5, 'warning'],
      ['Dockerfile', 6, 'warning']
    ]);
  }, 90_000);

  it('records the caches in the history, so the next run shows them over the runs before it', async () => {
    serveRun();
    expect((await gate()).exitCode).toBe(0);
    const second = await gate();
    expect(second.exitCode).toBe(0);
    expect(second.summary).toContain('| Cache | Jobs | Hit | Restore-key hit | Miss | Saves | Down / up | Time | Last 1 runs (hit / restore-key / miss) |');
    expect(second.summary).toContain('| `setup-node npm`<br>`node-cache-Linux-x64-npm-…` | 4 | 0 | 0 | **4** | 1 (3 lost) | — / — | 15.3 s | 0 / 0 / 4 |');
    expect(second.summary).toContain('cache hit rate 33.3% → 33.3%');
  }, 120_000);
});
