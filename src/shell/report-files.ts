import { createReadStream } from 'node:fs';
import { glob } from 'node:fs/promises';
import path from 'node:path';
import type { ReportFiles } from '../engine/gate-job.js';

/**
 * The real file system for the engine. Patterns are globs relative to the workspace (`**`, `{a,b}`),
 * and a pattern starting with `!` excludes. Paths inside the workspace come back
 * workspace-relative, so reports, annotations and links all speak repo paths.
 */
export function reportFiles(workspace: string): ReportFiles {
  return {
    async find(pattern, exclude) {
      const found: string[] = [];
      for await (const entry of glob(pattern, { cwd: workspace, exclude: [...exclude], withFileTypes: true })) {
        if (entry.isFile() || entry.isSymbolicLink()) found.push(toWorkspacePath(workspace, path.join(entry.parentPath, entry.name)));
      }
      return found.sort();
    },
    open(file) {
      return createReadStream(path.resolve(workspace, file), { highWaterMark: 256 * 1024 });
    }
  };
}

export function toWorkspacePath(workspace: string, file: string): string {
  const rel = path.relative(workspace, path.resolve(workspace, file));
  if (rel.startsWith('..') || path.isAbsolute(rel)) return file;
  return rel.split(path.sep).join('/');
}
