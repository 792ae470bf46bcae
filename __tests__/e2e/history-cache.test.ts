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

describe.each([
  ['corrupt JSON', '{"schema": "pipeline-gates/hist', 'is not valid JSON'],
  ['a document of a future version', JSON.stringify({ schema: 'pipeline-gates/history', version: 99, configId: 'default', runs: [] }), 'not a Pipeline Gates history document (v1) at version'],
  ['another tool’s file', JSON.stringify({ benchmarks: [1, 2, 3] }), 'not a Pipeline Gates history document (v1) at schema']
])('a cache entry holding %s', (_label, content, reason) => {
  it('is ignored with a warning and replaced by a good document on the next default-branch push', async () => {
    const box = await makeSandbox({ 'reports/unit.xml': junitXml({ passed: 2 }) });
    await plant(box, 'pipeline-gates-v1:default:master:50-1', content);

    const result = await runAction({
      sandbox: box,
      apiUrl: fakes.api.url,
      cacheEnv: fakes.cache.env,
      runId: '51',
      event: 'push.default-branch.json',
      eventName: 'push',
      inputs: { 'github-token': TOKEN, junit: 'reports/*.xml' }
    });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.passed).toBe('true');
    expect(result.stdout).toMatch(new RegExp(`::warning::History cache key pipeline-gates-v1:default:master:50-1 (was ignored: )?${reason.replace(/[()]/g, '\\$&')}`));
    expect(result.summary).toContain('history: none yet');
    expect(result.stdout).toContain('History saved: cache key pipeline-gates-v1:default:master:51-1.');
    expect(fakes.cache.entries().map((e) => e.key)).toEqual(['pipeline-gates-v1:default:master:50-1', 'pipeline-gates-v1:default:master:51-1']);
  });
});
