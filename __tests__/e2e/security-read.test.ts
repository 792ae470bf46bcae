// Hole 2 of issue 14: a pull request that commits a report path as a symbolic link to .git/config
// (where actions/checkout keeps the token's extraheader) or to a dotenv file outside the workspace
// must not get that file's content into anything we print or post.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, symlink, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { useFakes } from '../harness/fakes.js';
import { makeGitSandbox, type GitSandbox } from '../harness/git-sandbox.js';
import { junitXml, runAction, spawnBundle, TOKEN } from '../harness/run-bundle.js';

const HEADER = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX2Zha2VfZXh0cmFoZWFkZXJfMTIz';
const DOTENV_SECRET = 'sk_live_fake_dotenv_secret_0123456789';
const SECRETS = [HEADER, 'eC1hY2Nlc3MtdG9rZW46', 'AUTHORIZATION', DOTENV_SECRET, 'sk_live'];

let box: GitSandbox | undefined;
afterEach(async () => {
  await box?.remove();
  box = undefined;
});
const fakes = useFakes();

/**
 * The checkout as a PR leaves it: .git/config with the extraheader actions/checkout writes, and
 * committed links from report paths to it and to a dotenv file beside the workspace.
 */
async function hostileCheckout(): Promise<GitSandbox> {
  // The config forces the formats, so content detection cannot turn the files away first.
  const config = 'reports:\n  formats:\n    "coverage/**": go-cover\n    "metrics/**": lcov\n    "**/*.env": lcov\n';
  const b = await makeGitSandbox({ 'reports/unit.xml': junitXml({ passed: 2 }), '.github/pipeline-gates.yml': config });
  await appendFile(path.join(b.workspace, '.git', 'config'), `[http "https://github.com/"]\n\textraheader = ${HEADER}\n`);
  const outside = path.join(path.dirname(b.workspace), 'secrets', 'deploy.env');
  await mkdir(path.dirname(outside));
  await writeFile(outside, `# deploy\nSTRIPE_KEY=${DOTENV_SECRET}\n`);
  await mkdir(path.join(b.workspace, 'coverage'));
  await mkdir(path.join(b.workspace, 'metrics'));
  await symlink('../.git/config', path.join(b.workspace, 'coverage', 'lcov.info'));
  await symlink('../../secrets/deploy.env', path.join(b.workspace, 'metrics', 'app.json'));
  b.git('add', '-A');
  b.git('commit', '-q', '-m', 'links');
  return b;
}

const secrets = (b: GitSandbox) => path.join(path.dirname(b.workspace), 'secrets');

/** Every file under a folder, read as text (the report, the summary, the outputs). */
async function allText(dir: string): Promise<string> {
  if (!existsSync(dir)) return '';
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  return (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
}

function expectNoSecret(where: string, text: string): void {
  for (const s of SECRETS) expect({ where, leaked: text.includes(s) ? s : undefined }).toEqual({ where, leaked: undefined });
}

describe('a pull request run whose report paths are links to secrets', () => {
  it('reads neither link; the header and the dotenv value are in no log, summary, output, report or API request', async () => {
    box = await hostileCheckout();
    const r = await runAction({
      sandbox: box,
      event: 'pull_request.synchronize.json',
      eventName: 'pull_request',
      apiUrl: fakes.api.url,
      cacheEnv: fakes.cache.env,
      inputs: { 'github-token': TOKEN, junit: 'reports/*.xml', coverage: 'coverage/lcov.info', metrics: `metrics/*.json\n${secrets(box)}/*.env\n${secrets(box)}/deploy.env` }
    });

    expectNoSecret('stdout', r.stdout);
    expectNoSecret('stderr', r.stderr);
    expectNoSecret('summary', r.summary);
    expectNoSecret('outputs', JSON.stringify(r.outputs));
    expectNoSecret('API requests', JSON.stringify(fakes.api.requests.map((q) => q.body)));
    expectNoSecret('RUNNER_TEMP', await allText(box.temp));
    expect(fakes.api.requests.length).toBeGreaterThan(0);
    // Each refusal names the path, so the author can see why the report was not read.
    expect(r.stdout).toContain('::warning::coverage/lcov.info: not read: it is a symbolic link to a file inside a .git directory.');
    expect(r.stdout).toContain('::warning::metrics/app.json: not read: it is a symbolic link to a file outside the workspace.');
    expect(r.stdout).toContain(`::warning::"${secrets(box)}/*.env" is outside the workspace and RUNNER_TEMP: not searched.`);
    expect(r.stdout).toContain(`::warning::"${secrets(box)}/deploy.env" is outside the workspace and RUNNER_TEMP: not searched.`);
    expect(r.summary).toContain('coverage/lcov.info: not read');
  });
});

describe('the CLI', () => {
  it('gate skips the links with a warning and prints no secret', async () => {
    box = await hostileCheckout();
    const r = await spawnBundle(['gate', '--junit', 'reports/*.xml', '--coverage', 'coverage/lcov.info', '--metrics', 'metrics/*.json'], { cwd: box.workspace, env: { HOME: box.home } });
    expectNoSecret('stdout', r.stdout);
    expectNoSecret('stderr', r.stderr);
    expect(r.stderr).toContain('warning: coverage/lcov.info: not read: it is a symbolic link to a file inside a .git directory.');
  });

  it('parse of a link, a .git file or a FIFO is exit 2 naming the file, never opened', async () => {
    box = await hostileCheckout();
    execFileSync('mkfifo', [path.join(box.workspace, 'reports', 'pipe.xml')]);
    for (const [file, why] of [
      // Without --format the sniffer would refuse the content first; with it the parser would quote it.
      ['coverage/lcov.info', 'it is a symbolic link to a file inside a .git directory'],
      ['metrics/app.json', 'it is a symbolic link to a file outside the workspace'],
      ['.git/config', 'it is inside a .git directory'],
      ['reports/pipe.xml', 'it is not a regular file (a FIFO)']
    ]) {
      const r = await spawnBundle(['parse', '--format', 'go-cover', file as string], { cwd: box.workspace, env: { HOME: box.home }, timeoutMs: 20_000 });
      expectNoSecret(`parse ${file}`, r.stdout + r.stderr);
      expect({ file, exit: r.exitCode, err: r.stderr.trim() }).toEqual({ file, exit: 2, err: `error: ${file}: could not be read: ${why}; not opened` });
    }
  });
});
