import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { StarterFile } from '../init/templates.js';
import { UsageError } from '../model/problems.js';

export interface WriteOptions {
  /** Replace files that already exist. */
  readonly force: boolean;
}

export interface WriteResult {
  /** Relative paths written, in order. */
  readonly written: readonly string[];
  /** The subset of `written` that replaced an existing file (only with force). */
  readonly replaced: readonly string[];
}

/**
 * Writes the starter files under `dir` (the repository root), creating `.github/workflows/`.
 * Without `force` every target is checked before anything is written, so a refusal leaves the
 * repository exactly as it was rather than half initialised. The files are then created with
 * `wx`, so a file that appears in between is still never overwritten.
 */
export async function writeStarterFiles(dir: string, files: readonly StarterFile[], options: WriteOptions): Promise<WriteResult> {
  await requireDirectory(dir);
  const existing: string[] = [];
  for (const file of files) {
    const kind = await kindOf(path.join(dir, file.path));
    if (kind === 'directory') throw new UsageError(`${file.path} is a directory; move it away before running init.`);
    if (kind === 'file') existing.push(file.path);
  }
  if (existing.length && !options.force) {
    throw new UsageError(`${existing.join(' and ')} already ${existing.length === 1 ? 'exists' : 'exist'}; nothing was written. Run init --force to replace ${existing.length === 1 ? 'it' : 'them'}.`);
  }
  const written: string[] = [];
  for (const file of files) {
    const target = path.join(dir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await writeFile(target, file.content, { flag: options.force ? 'w' : 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${file.path} appeared while init was writing; run init --force to replace it.`);
      throw new UsageError(`${file.path} could not be written: ${(err as Error).message}.`);
    }
    written.push(file.path);
  }
  return { written, replaced: existing };
}

async function requireDirectory(dir: string): Promise<void> {
  const kind = await kindOf(dir);
  if (kind !== 'directory') throw new UsageError(`--dir ${dir}: ${kind === 'missing' ? 'no such directory' : 'not a directory'}; give the root of your repository.`);
}

async function kindOf(p: string): Promise<'missing' | 'file' | 'directory'> {
  try {
    return (await stat(p)).isDirectory() ? 'directory' : 'file';
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw new UsageError(`${p} could not be checked: ${(err as Error).message}.`);
  }
}
