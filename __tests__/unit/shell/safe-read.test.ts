import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { inspect, patternOutside, readInside, readRoots } from '../../../src/shell/safe-read.js';
import { reportFiles } from '../../../src/shell/report-files.js';

// A workspace with links of every kind, and a folder beside it the workspace must not reach.
let root = '';
let ws = '';
let roots: string[] = [];
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'pg-safe-'));
  ws = path.join(root, 'ws');
  await mkdir(path.join(ws, '.git'), { recursive: true });
  await mkdir(path.join(ws, 'reports'));
  await mkdir(path.join(root, 'outside'));
  await writeFile(path.join(ws, '.git', 'config'), '[http]\n\textraheader = AUTHORIZATION: basic x\n');
  await writeFile(path.join(ws, 'reports', 'a.xml'), '<testsuite/>');
  await writeFile(path.join(root, 'outside', 'secret.env'), 'KEY=1\n');
  await symlink('a.xml', path.join(ws, 'reports', 'inside-link.xml'));
  await symlink('../.git/config', path.join(ws, 'reports', 'git-link.xml'));
  await symlink('../../outside/secret.env', path.join(ws, 'reports', 'out-link.xml'));
  await symlink('../../outside', path.join(ws, 'reports', 'out-dir'));
  await symlink('missing.xml', path.join(ws, 'reports', 'dangling.xml'));
  execFileSync('mkfifo', [path.join(ws, 'reports', 'pipe.xml')]);
  roots = await readRoots(ws, {});
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const reasonOf = async (file: string, named = false) => {
  const r = await inspect(file, ws, roots, named);
  return r.ok ? 'ok' : r.reason;
};

describe('inspect: which files may be read', () => {
  it.each([
    ['reports/a.xml', 'ok'],
    ['reports/inside-link.xml', 'ok'],
    ['reports/git-link.xml', 'it is a symbolic link to a file inside a .git directory'],
    ['reports/out-link.xml', 'it is a symbolic link to a file outside the workspace'],
    ['reports/out-dir/secret.env', 'it is outside the workspace'],
    ['.git/config', 'it is inside a .git directory'],
    ['reports/pipe.xml', 'it is not a regular file (a FIFO)'],
    ['reports', 'it is a directory'],
    ['reports/dangling.xml', 'it is a symbolic link to nothing'],
    ['reports/none.xml', 'the file does not exist'],
    ['../outside/secret.env', 'it is outside the workspace']
  ])('%s: %s', async (file, reason) => {
    expect(await reasonOf(file)).toEqual(reason);
  });
  it('a path the user named outside the workspace is read as named; a link inside the workspace is not', async () => {
    expect(await reasonOf('../outside/secret.env', true)).toEqual('ok');
    expect(await reasonOf('reports/out-link.xml', true)).toEqual('it is a symbolic link to a file outside the workspace');
    expect(await reasonOf(path.join(ws, '.git', 'config'), true)).toEqual('it is inside a .git directory');
  });
});

describe('readInside', () => {
  it('reads a file up to the bound and refuses a bigger one, naming the bound', async () => {
    expect((await readInside('reports/a.xml', ws, roots, 100)).toString()).toEqual('<testsuite/>');
    await expect(readInside('reports/a.xml', ws, roots, 5)).rejects.toThrow('it is 12 bytes, over the 5 bytes this file may have');
    await expect(readInside('reports/git-link.xml', ws, roots, 100)).rejects.toThrow('it is a symbolic link to a file inside a .git directory; not opened');
  });
});

describe('reportFiles', () => {
  it('a glob finds the readable files and names every refused one', async () => {
    const files = reportFiles(ws, {});
    expect(await files.find('reports/*.xml', [])).toEqual(['reports/a.xml', 'reports/inside-link.xml']);
    expect([...files.refused()].sort()).toEqual([
      'reports/dangling.xml: not read: it is a symbolic link to nothing.',
      'reports/git-link.xml: not read: it is a symbolic link to a file inside a .git directory.',
      'reports/out-link.xml: not read: it is a symbolic link to a file outside the workspace.',
      'reports/pipe.xml: not read: it is not a regular file (a FIFO).'
    ]);
  });
  it('a file reached through a linked folder outside the workspace is not found, whatever the glob', async () => {
    const files = reportFiles(ws, {});
    expect(await files.find('reports/*/*.env', [])).toEqual([]);
    expect(await files.find('reports/out-dir/*.env', [])).toEqual([]);
    expect(files.refused()).toEqual(['"reports/out-dir/*.env" is outside the workspace and RUNNER_TEMP: not searched.']);
  });
  it('** never walks into .git nor through a linked folder, and lists no refusal for them', async () => {
    const files = reportFiles(ws, {});
    expect(await files.find('**/config', [])).toEqual([]);
    expect(await files.find('**/*.env', [])).toEqual([]);
    expect(files.refused()).toEqual([]);
  });
  it('a pattern whose folder is outside the workspace is not searched', async () => {
    const files = reportFiles(ws, {});
    expect(await files.find(path.join(root, 'outside', '*.env'), [])).toEqual([]);
    expect(files.refused()).toEqual([`"${path.join(root, 'outside', '*.env')}" is outside the workspace and RUNNER_TEMP: not searched.`]);
    expect(await patternOutside('**/*.xml', ws, roots)).toEqual(false);
    expect(await patternOutside('../*/x.xml', ws, roots)).toEqual(false);
  });
  it('opening a refused file fails with the reason and reads nothing', async () => {
    const chunks: Uint8Array[] = [];
    const err = await (async () => {
      for await (const c of reportFiles(ws, {}).open('reports/git-link.xml')) chunks.push(c);
    })().catch((e: unknown) => e);
    expect([(err as Error).message, chunks.length]).toEqual(['it is a symbolic link to a file inside a .git directory; not opened', 0]);
  });
});
