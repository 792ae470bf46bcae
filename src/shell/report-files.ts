import { readdir, type Dirent } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { ReportFiles } from '../engine/files.js';
import { GLOB_OPTIONS, matchesGlob } from '../model/globs.js';
import { inspect, isReadableFolder, openInside, patternOutside, readInside, readRoots } from './safe-read.js';

/**
 * The real file system for the engine, and the one place report files are found and opened.
 * Patterns are globs relative to the workspace, walked by tinyglobby with the same picomatch
 * options the core matches with (src/model/globs.ts), and a pattern starting with `!` excludes.
 * Paths inside the workspace come back workspace-relative, so reports, annotations and links all
 * speak repo paths. Only regular files inside the workspace or RUNNER_TEMP, outside any `.git`
 * directory, are found or opened (see safe-read.ts); the rest are named in `refused()`.
 *
 * The walk never follows a symbolic link (a linked folder could lead anywhere on the disk, `/`
 * included) and never enters `.git`. Links and special files (FIFOs, devices) the walk passes are
 * collected on the way and judged one by one: a link to a readable file inside is found, the rest
 * are refused with the reason.
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
      const { files, others } = await walk(workspace, pattern, exclude);
      const found: string[] = [];
      const folders = new FolderCheck(await roots);
      // Plain files in a folder already known to be fine need no more system calls.
      for (const full of files) if (await folders.fine(path.dirname(full), path.basename(full))) found.push(toWorkspacePath(workspace, full));
      else others.push(full);
      for (const full of others) {
        const file = toWorkspacePath(workspace, full);
        const checked = await inspect(file, workspace, await roots);
        if (checked.ok) found.push(file);
        else if (!checked.missing && checked.reason !== 'it is a directory') refused.add(`${file}: not read: ${checked.reason}.`);
      }
      return [...new Set(found)].sort();
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

/** Folders the walk never enters: git's own, which holds the checkout token. */
const NEVER = ['**/.git/**'];

/**
 * The regular files matching the pattern (absolute paths), and the links and special files the
 * walk passed that match it too: tinyglobby leaves those out, so a readdir wrapper notes them.
 */
async function walk(workspace: string, pattern: string, exclude: readonly string[]): Promise<{ files: string[]; others: string[] }> {
  const passed: string[] = [];
  const noting = ((dir: string, options: { withFileTypes: true }, done: (err: NodeJS.ErrnoException | null, entries: Dirent[]) => void) =>
    readdir(dir, options, (err, entries) => {
      for (const e of entries ?? []) if (!e.isFile() && !e.isDirectory()) passed.push(path.resolve(workspace, dir, e.name));
      done(err, entries);
    })) as unknown as typeof readdir;
  const files = await glob([pattern], {
    cwd: workspace,
    ignore: [...exclude, ...NEVER],
    ...GLOB_OPTIONS,
    onlyFiles: true,
    absolute: true,
    expandDirectories: false,
    followSymbolicLinks: false,
    fs: { readdir: noting }
  });
  const matches = (full: string, glob: string) => matchesGlob(path.isAbsolute(glob) ? full : path.relative(workspace, full).split(path.sep).join('/'), glob);
  const others = passed.filter((full) => matches(full, pattern) && !exclude.some((g) => matches(full, g)));
  return { files, others };
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
