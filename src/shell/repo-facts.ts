import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { RepoFacts } from '../init/runners.js';

/** Root files that name a test runner or a toolchain; only these are looked at. */
const MARKERS = [
  'package.json', 'package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', '.nvmrc', '.node-version',
  'pyproject.toml', 'setup.cfg', 'setup.py', 'pytest.ini', 'tox.ini', 'requirements.txt', 'requirements-dev.txt', '.python-version',
  'go.mod', 'Cargo.toml', 'pom.xml', 'build.gradle', 'build.gradle.kts'
];
/** Files whose content decides; each read up to this many bytes (a runner is named near the top). */
const READ = ['package.json', 'pyproject.toml', 'setup.cfg', 'tox.ini'];
const MAX_BYTES = 256 * 1024;

/**
 * What `init` needs to pick the test runner: which marker files the repository root has, and the
 * test script and dependency names of package.json. Reads at most 256 KiB of four files; a file
 * that cannot be read or parsed counts as absent (init then writes the generic template).
 */
export async function readRepoFacts(dir: string): Promise<RepoFacts> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return { files: [], texts: {} };
  }
  const files = MARKERS.filter((m) => names.includes(m));
  const texts: Record<string, string> = {};
  for (const f of READ) if (files.includes(f)) texts[f] = await head(path.join(dir, f));
  const lockfile = files.includes('pnpm-lock.yaml') ? 'pnpm' : files.includes('yarn.lock') ? 'yarn' : files.includes('package-lock.json') ? 'npm' : undefined;
  const packageJson = texts['package.json'] !== undefined ? packageFacts(texts['package.json']) : undefined;
  return { files, texts, ...(lockfile ? { lockfile } : {}), ...(packageJson ? { packageJson } : {}) };
}

function packageFacts(text: string): RepoFacts['packageJson'] {
  let pkg: unknown;
  try {
    pkg = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof pkg !== 'object' || pkg === null) return undefined;
  const p = pkg as Record<string, unknown>;
  const names = (v: unknown) => (typeof v === 'object' && v !== null ? Object.keys(v) : []);
  const scripts = p.scripts as Record<string, unknown> | undefined;
  const test = typeof scripts === 'object' && scripts !== null && typeof scripts.test === 'string' ? scripts.test : undefined;
  return { ...(test !== undefined ? { testScript: test } : {}), dependencies: [...names(p.dependencies), ...names(p.devDependencies)] };
}

async function head(file: string): Promise<string> {
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(MAX_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, MAX_BYTES, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return '';
  }
}
