// A corrupt or foreign history entry in the Actions cache is ignored with a warning, never fatal,
// and the run goes on to save a good one. The bad entries are planted with the real
// @actions/cache under the same key prefix and path the action uses.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { useFakes } from '../harness/fakes.js';
import { junitXml, makeSandbox, ROOT, runAction, TOKEN, type Sandbox } from '../harness/run-bundle.js';

const execFileAsync = promisify(execFile);

const fakes = useFakes();

/**
 * Saves `content` as history.json under `key` exactly as a run of the action on this box would:
 * in a child process, because os.homedir() reads the real environment, which jest does not let
 * a test change.
 */
async function plant(box: Sandbox, key: string, content: string): Promise<void> {
  const dir = path.join(box.home, '.pipeline-gates', 'history', 'default');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'history.json'), content);
  const script = `import { saveCache } from '@actions/cache';
const id = await saveCache(['~/.pipeline-gates/history/default'], ${JSON.stringify(key)});
process.stderr.write('saved ' + id + '\\n');`;
  // Asynchronous on purpose: the fake cache service answers from this very process.
  const { stderr } = await execFileAsync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...fakes.cache.env, HOME: box.home, GITHUB_WORKSPACE: box.workspace, RUNNER_TEMP: box.temp },
    timeout: 30000
  });
  expect(stderr).toMatch(/saved [1-9]/);
}

/** A default-branch push (run 51) after the entry of run 50 was planted with `content`. */
async function pushAfterEntry(content: string) {
  const box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 2 }) });
  await plant(box, 'pipeline-gates-v1:default:master:50-1', content);
  return runAction({
    sandbox: box,
    apiUrl: fakes.api.url,
    cacheEnv: fakes.cache.env,
    runId: '51',
    event: 'push.default-branch.json',
    eventName: 'push',
    inputs: { 'github-token': TOKEN, junit: 'reports/*.xml' }
  });
}

describe.each([
  ['corrupt JSON', '{"schema": "pipeline-gates/hist', 'is not valid JSON'],
  ['another tool’s file', JSON.stringify({ benchmarks: [1, 2, 3] }), 'not a Pipeline Gates history document (v1) at schema']
])('a cache entry holding %s', (_label, content, reason) => {
  it('is ignored with a warning and replaced by a good document on the next default-branch push', async () => {
    const result = await pushAfterEntry(content);

    expect(result.exitCode).toBe(0);
    expect(result.outputs.passed).toBe('true');
    expect(result.stdout).toMatch(new RegExp(`::warning::History cache key pipeline-gates-v1:default:master:50-1 (was ignored: )?${reason.replace(/[()]/g, '\\$&')}`));
    expect(result.summary).toContain('history: none yet');
    expect(result.stdout).toContain('History saved: cache key pipeline-gates-v1:default:master:51-1.');
    expect(fakes.cache.entries().map((e) => e.key)).toEqual(['pipeline-gates-v1:default:master:50-1', 'pipeline-gates-v1:default:master:51-1']);
  });
});

describe.each([
  ['a document of a future version', { schema: 'pipeline-gates/history', version: 99, configId: 'default', runs: [] }, 'was ignored: it is a version 99 history document, newer than this Pipeline Gates reads (1)'],
  ['another config’s document', { schema: 'pipeline-gates/history', version: 1, configId: 'nightly', runs: [] }, 'was ignored: it belongs to config "nightly", not "default"']
])('the newest cache entry holding %s', (_label, doc, reason) => {
  it('is ignored with a warning and never covered by an older document: the push saves nothing', async () => {
    const result = await pushAfterEntry(JSON.stringify(doc));

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`::warning::History cache key pipeline-gates-v1:default:master:50-1 ${reason}.`);
    expect(result.stdout).toContain('::warning::History not saved: cache key pipeline-gates-v1:default:master:50-1 holds a document this version must not cover with its own (see the warning above).');
    expect(fakes.cache.entries().map((e) => e.key)).toEqual(['pipeline-gates-v1:default:master:50-1']);
  });
});
