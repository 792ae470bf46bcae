import { glob, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { ReportFiles } from '../engine/files.js';
import { inspect, isReadableFolder, openInside, patternOutside, readInside, readRoots } from './safe-read.js';

/**
 * The real file system for the engine, and the one place report files are found and opened.
 * Patterns are globs relative to the workspace (`**`, `{a,b}`), and a pattern starting with `!`
 * excludes. Paths inside the workspace come back workspace-relative, so reports, annotations and
 * links all speak repo paths. Only regular files inside the workspace or RUNNER_TEMP, outside any
 * `.git` directory, are found or opened (see safe-read.ts); the rest are named in `refused()`.
 */
export function reportFiles(workspace: string, env: Readonly<Record<string, string | undefined>> = process.env): ReportFiles & { refused(): string[] } {
  const roots = readRoots(workspace, env);
  const refused = new Set<string>();
  return {
    async find(pattern, exclude) {
      if (await patternOutside(pattern, workspace, await roots)) {
        refused.add(`"${pattern}" is outside the workspace and RUNNER_TEMP: not searched.`);
        return [];
      }
      const found: string[] = [];
      const folders = new FolderCheck(await roots);
      for await (const entry of glob(pattern, { cwd: workspace, exclude: [...exclude], withFileTypes: true })) {
        if (entry.isDirectory()) continue;
        const file = toWorkspacePath(workspace, path.join(entry.parentPath, entry.name));
        // A plain file in a folder already known to be fine needs no more system calls; links,
        // FIFOs and the like get the full inspection.
        if (entry.isFile() && (await folders.fine(entry.parentPath, entry.name))) {
          found.push(file);
          continue;
        }
        const checked = await inspect(file, workspace, await roots);
        if (checked.ok) found.push(file);
        else if (!checked.missing && checked.reason !== 'it is a directory') refused.add(`${file}: not read: ${checked.reason}.`);
      }
      return found.sort();
    },
    open(file) {
      return streamInside(file, workspace, roots);
    },
    async read(file, maxBytes) {
      return readInside(file, workspace, await roots, maxBytes);
    },
    refused: () => [...refused]
  };
}

/** Whether a folder's real path is inside a root and outside .git, worked out once per folder. */
class FolderCheck {
  private readonly known = new Map<string, Promise<boolean>>();
  constructor(private readonly roots: readonly string[]) {}

  async fine(folder: string, name: string): Promise<boolean> {
    if (name.toLowerCase() === '.git') return false;
    let verdict = this.known.get(folder);
    if (!verdict) this.known.set(folder, (verdict = realpath(folder).then((real) => isReadableFolder(real, this.roots), () => false)));
    return verdict;
  }
}

async function* streamInside(file: string, workspace: string, roots: Promise<string[]>): AsyncIterable<Uint8Array> {
  const handle = await openInside(file, workspace, await roots);
  try {
    for await (const chunk of handle.createReadStream({ highWaterMark: 256 * 1024, autoClose: false })) yield chunk as Uint8Array;
  } finally {
    await handle.close();
  }
}

export function toWorkspacePath(workspace: string, file: string): string {
  const rel = path.relative(workspace, path.resolve(workspace, file));
  if (rel.startsWith('..') || path.isAbsolute(rel)) return file;
  return rel.split(path.sep).join('/');
}
