// Dockerfile discovery and reading on a real temp tree: every Dockerfile on a push, the changed
// ones on a pull request, and the workspace rules (regular files inside it, never .git, no
// symlinks followed, bounded count and size).
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { isDockerfileName, scanDockerfiles } from '../../../src/shell/dockerfiles.js';

let root: string;
let outside: string;
const BAD = 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\n';
const GOOD = 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci\nCOPY . .\n';

async function put(rel: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
  await writeFile(path.join(root, rel), text);
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'pg-dockerfiles-'));
  outside = await mkdtemp(path.join(os.tmpdir(), 'pg-outside-'));
  await put('Dockerfile', GOOD);
  await put('.dockerignore', '.git\n');
  await put('services/api/Dockerfile', BAD);
  await put('services/web/web.Dockerfile', GOOD);
  await put('services/web/web.Dockerfile.dockerignore', 'node_modules\n');
  await put('.git/Dockerfile', BAD);
  await put('node_modules/pkg/Dockerfile', BAD);
  await put('__tests__/fixtures/bad/Dockerfile', BAD);
  await writeFile(path.join(outside, 'Dockerfile'), BAD);
  await symlink(path.join(outside, 'Dockerfile'), path.join(root, 'services/Dockerfile.linked'));
  await symlink(outside, path.join(root, 'vendor-link'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('scanDockerfiles', () => {
  it('on a push reads every Dockerfile in the tree but .git, node_modules, symlinks and excluded fixtures', async () => {
    const scan = await scanDockerfiles(root, { maxFiles: 50, exclude: ['**/fixtures/**'] });
    expect(scan.files).toEqual(['Dockerfile', 'services/api/Dockerfile', 'services/web/web.Dockerfile']);
    expect(scan.findings.map((f) => [f.file, f.line, f.rule])).toEqual([
      ['services/api/Dockerfile', 3, 'copy-before-install'],
      // The root .dockerignore is found from services/api: the context may well be the root.
      ['services/api/Dockerfile', 4, 'install-without-cache']
    ]);
    expect(scan.notes).toEqual(['1 Dockerfile was excluded (gates.container.exclude): __tests__/fixtures/bad/Dockerfile.']);
  });

  it('on a pull request reads only the changed Dockerfiles, and refuses a symlink, .git and a path outside', async () => {
    const scan = await scanDockerfiles(root, { maxFiles: 50, changed: ['src/app.ts', 'services/api/Dockerfile', 'services/Dockerfile.linked', '.git/Dockerfile', '../Dockerfile', 'gone/Dockerfile'] });
    expect(scan.files).toEqual(['services/api/Dockerfile']);
    expect(scan.notes).toEqual([
      '../Dockerfile was not read: it is outside the workspace.',
      '.git/Dockerfile was not read: it is under .git.',
      'gone/Dockerfile was not read: it does not exist (deleted by the change?).',
      'services/Dockerfile.linked was not read: it is a symbolic link (not followed).'
    ]);
  });

  it('stops at the bound and at the size limit, and says so', async () => {
    const scan = await scanDockerfiles(root, { maxFiles: 1, maxBytes: 60 });
    expect(scan.files).toEqual([]);
    expect(scan.notes).toEqual(['3 of 4 Dockerfiles were not read (pipeline.max-dockerfiles is 1).', 'Dockerfile was not read: it is larger than 0 KiB.']);
  });

  it('knows the names Docker and Podman use', () => {
    expect(['Dockerfile', 'Dockerfile.dev', 'api.Dockerfile', 'build/Containerfile', 'x.dockerfile'].map(isDockerfileName)).toEqual([true, true, true, true, true]);
    expect(['Dockerfile.dockerignore', 'docker-compose.yml', 'README.Dockerfile.md'].map(isDockerfileName)).toEqual([false, false, false]);
  });
});
