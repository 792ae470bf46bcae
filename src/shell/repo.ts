import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { RepoPaths } from '../ingest/paths.js';

/**
 * The repository as ingest sees it: the workspace root and, when this is a git checkout, the
 * tracked files (git ls-files), so report paths from other machines can be placed by suffix.
 * Outside git, paths are only made relative to the root.
 */
export async function loadRepoPaths(root: string): Promise<RepoPaths> {
  try {
    const { stdout } = await promisify(execFile)('git', ['ls-files', '-z'], { cwd: root, maxBuffer: 512 * 1024 * 1024, timeout: 30_000 });
    return new RepoPaths(root, new Set(stdout.split('\0').filter(Boolean)));
  } catch {
    return new RepoPaths(root);
  }
}
