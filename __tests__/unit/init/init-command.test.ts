import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { INIT } from '../../../src/cli/commands.js';
import { commandHelp } from '../../../src/cli/help.js';
import { runCommand } from '../../../src/cli/main.js';
import { CONFIG_PATH, starterConfig, starterWorkflow, WORKFLOW_PATH } from '../../../src/init/templates.js';
import { writeStarterFiles } from '../../../src/shell/starter-files.js';
import { UsageError } from '../../../src/model/problems.js';
import { tempDir } from '../../harness/temp.js';

async function repo(files: Record<string, string> = {}): Promise<string> {
  const dir = await tempDir('pg-init-');
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

const initCommand = (args: readonly string[], io: { out(t: string): void; err(t: string): void }) => runCommand(['init', ...args], io);
const INIT_HELP = commandHelp(INIT);

function streams() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out: () => out.join(''), err: () => err.join('') };
}

const read = (dir: string, file: string) => readFile(path.join(dir, file), 'utf8');

describe('pipeline-gates init', () => {
  it('writes the workflow and the config into an empty repository and says what to do next', async () => {
    const dir = await repo();
    const s = streams();
    expect(await initCommand(['--dir', dir], s.io)).toBe(0);
    expect(await read(dir, WORKFLOW_PATH)).toBe(starterWorkflow({ branch: 'main', actionRef: 'OWNER/pipeline-gates@v1' }));
    expect(await read(dir, CONFIG_PATH)).toBe(starterConfig({ branch: 'main', actionRef: 'OWNER/pipeline-gates@v1' }));
    const where = path.relative(process.cwd(), dir);
    expect(s.out()).toContain(`Wrote ${where}/${WORKFLOW_PATH}\nWrote ${where}/${CONFIG_PATH}\n\nNext steps:\n  1. Replace OWNER in ${WORKFLOW_PATH} (three uses: lines) and in the schema line of ${CONFIG_PATH}`);
    expect(s.out()).toContain('uncomment preset: strict');
    expect(s.err()).toBe('');
  });

  it('--branch and --action-ref go into the workflow, and the OWNER placeholder is gone', async () => {
    const dir = await repo();
    const s = streams();
    expect(await initCommand(['--dir', dir, '--branch', 'develop', '--action-ref', 'acme/pipeline-gates@v2'], s.io)).toBe(0);
    const workflow = await read(dir, WORKFLOW_PATH);
    expect(workflow).toContain('    branches: [develop]\n');
    expect(workflow.match(/uses: acme\/pipeline-gates@v2\n/g)).toHaveLength(3);
    expect(workflow).not.toContain('OWNER');
    expect(s.out()).not.toContain('OWNER');
    expect(await read(dir, CONFIG_PATH)).toContain('$schema=https://raw.githubusercontent.com/acme/pipeline-gates/v2/schema/');
    expect(s.out()).toContain('  1. In .github/workflows/pipeline-gates.yml, set the tests to split');
  });

  it('refuses to overwrite an existing config, names it and --force, and writes nothing at all', async () => {
    const dir = await repo({ [CONFIG_PATH]: 'id: mine\n' });
    const s = streams();
    const refused = initCommand(['--dir', dir], s.io);
    await expect(refused).rejects.toThrow(UsageError);
    await expect(refused).rejects.toThrow(`${CONFIG_PATH} already exists; nothing was written. Run init --force to replace it.`);
    expect(await read(dir, CONFIG_PATH)).toBe('id: mine\n');
    // The workflow was not written either: a refusal never leaves the repository half initialised.
    expect(await readdir(path.join(dir, '.github'))).toEqual(['pipeline-gates.yml']);
    expect(s.out()).toBe('');
  });

  it('names both files when both exist', async () => {
    const dir = await repo({ [CONFIG_PATH]: 'id: mine\n', [WORKFLOW_PATH]: 'name: mine\n' });
    await expect(initCommand(['--dir', dir], streams().io)).rejects.toThrow(`${WORKFLOW_PATH} and ${CONFIG_PATH} already exist; nothing was written. Run init --force to replace them.`);
  });

  it('--force replaces existing files and says which it replaced', async () => {
    const dir = await repo({ [WORKFLOW_PATH]: 'name: mine\n' });
    const s = streams();
    expect(await initCommand(['--dir', dir, '--force'], s.io)).toBe(0);
    expect(await read(dir, WORKFLOW_PATH)).toBe(starterWorkflow({ branch: 'main', actionRef: 'OWNER/pipeline-gates@v1' }));
    expect(s.out()).toMatch(new RegExp(`^No test runner recognised: the test job is a placeholder to replace.\nReplaced .*/${WORKFLOW_PATH.replace(/\./g, '\\.')}\nWrote .*/${CONFIG_PATH.replace(/\./g, '\\.')}\n`));
  });

  it.each([
    [['--forse'], /Unknown option '--forse'.*init --help/],
    [['extra'], /positional argument.*init --help/],
    [['--branch'], /--branch.*argument missing/],
    [['--branch', 'feat*'], /--branch: "feat\*" is not a branch name/],
    [['--action-ref', 'acme/pipeline-gates'], /--action-ref: "acme\/pipeline-gates" is not an action reference; give OWNER\/REPO@REF/]
  ])('bad arguments %j stop with a usage error before anything is written', async (args, message) => {
    const dir = await repo();
    await expect(initCommand(['--dir', dir, ...args], streams().io)).rejects.toThrow(message);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a --dir that does not exist is an error, not a new folder', async () => {
    const dir = path.join(await repo(), 'typo');
    await expect(initCommand(['--dir', dir], streams().io)).rejects.toThrow(`--dir ${dir}: no such directory; give the root of your repository.`);
  });

  it('--help prints the options and writes nothing', async () => {
    const dir = await repo();
    const s = streams();
    expect(await initCommand(['--dir', dir, '--help'], s.io)).toBe(0);
    expect(s.out()).toBe(`${INIT_HELP}\n`);
    for (const flag of ['--dir DIR', '--branch NAME', '--action-ref REF', '--force']) expect(INIT_HELP).toContain(flag);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('writeStarterFiles', () => {
  const files = [
    { path: 'a/b/one.yml', content: 'one\n' },
    { path: 'two.yml', content: 'two\n' }
  ];

  it('creates the folders and returns what it wrote', async () => {
    const dir = await repo();
    expect(await writeStarterFiles(dir, files, { force: false })).toEqual({ written: ['a/b/one.yml', 'two.yml'], replaced: [] });
    expect(await read(dir, 'a/b/one.yml')).toBe('one\n');
  });

  it('a directory where a file should go is refused even with force', async () => {
    const dir = await repo({ 'two.yml/keep': 'x' });
    await expect(writeStarterFiles(dir, files, { force: true })).rejects.toThrow('two.yml is a directory; move it away before running init.');
  });
});
