import { lstat, opendir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { matchesGlob } from '../model/globs.js';
import { toDockerfileModel } from '../pipeline/dockerfile-model.js';
import { checkDockerfile, type ContainerFinding } from '../pipeline/dockerfile-rules.js';

/**
 * The repository's Dockerfiles (or, on a pull request, the ones it changes), read under the
 * workspace rules: regular files only (a symlink is not followed), inside the workspace, never
 * under .git, at most `maxBytes` each and `maxFiles` in all. dockerfile-ast is loaded only when
 * there is a Dockerfile to parse.
 */

export interface DockerfileScanOptions {
  readonly maxFiles: number;
  /** Repo-relative paths the change touches; undefined = look at every Dockerfile. */
  readonly changed?: readonly string[];
  /** Globs (repo-relative) of Dockerfiles not to read. */
  readonly exclude?: readonly string[];
  readonly maxBytes?: number;
}

export interface DockerfileScan {
  /** Repo-relative paths read. */
  readonly files: readonly string[];
  readonly findings: readonly ContainerFinding[];
  /** What was left out and why. */
  readonly notes: readonly string[];
}

const NAME = /^(?:Dockerfile|Containerfile)(?:\.[\w.-]+)?$|\.(?:Dockerfile|dockerfile|Containerfile)$/;
const SKIP_DIRS = new Set(['.git', 'node_modules']);
/** Directory entries looked at before the walk gives up: a monorepo, not a disk. */
const MAX_ENTRIES = 200_000;
const MAX_DEPTH = 25;
const DEFAULT_MAX_BYTES = 512 * 1024;

export function isDockerfileName(file: string): boolean {
  const name = path.basename(file);
  return NAME.test(name) && !name.endsWith('.dockerignore');
}

export async function scanDockerfiles(workspace: string, options: DockerfileScanOptions): Promise<DockerfileScan> {
  const root = await realpath(workspace);
  const notes: string[] = [];
  const found = options.changed ? options.changed.filter((f) => isDockerfileName(f)).sort() : await walk(root, notes);
  const excluded = found.filter((f) => (options.exclude ?? []).some((g) => matchesGlob(f, g)));
  if (excluded.length) notes.push(`${excluded.length} Dockerfile${excluded.length === 1 ? ' was' : 's were'} excluded (gates.container.exclude): ${excluded.slice(0, 5).join(', ')}${excluded.length > 5 ? ', …' : ''}.`);
  const candidates = found.filter((f) => !excluded.includes(f));
  if (candidates.length > options.maxFiles) notes.push(`${candidates.length - options.maxFiles} of ${candidates.length} Dockerfiles were not read (pipeline.max-dockerfiles is ${options.maxFiles}).`);
  const files: string[] = [];
  const findings: ContainerFinding[] = [];
  let parse: ((text: string) => import('dockerfile-ast').Dockerfile) | undefined;
  for (const rel of candidates.slice(0, options.maxFiles)) {
    const read = await readInside(root, rel, options.maxBytes ?? DEFAULT_MAX_BYTES);
    if (!read.ok) {
      notes.push(`${rel} was not read: ${read.reason}.`);
      continue;
    }
    // Loaded only here: most repositories have no Dockerfile, and the gate should not pay for the parser.
    parse ??= (await import('dockerfile-ast')).DockerfileParser.parse;
    const model = toDockerfileModel(rel, parse(read.text), await hasDockerignore(root, rel));
    files.push(rel);
    findings.push(...checkDockerfile(model));
  }
  return { files, findings, notes };
}

/** Breadth-first, sorted, bounded; symlinked directories are not entered. */
async function walk(root: string, notes: string[]): Promise<string[]> {
  const found: string[] = [];
  let queue: Array<{ dir: string; depth: number }> = [{ dir: root, depth: 0 }];
  let seen = 0;
  while (queue.length) {
    const next: typeof queue = [];
    for (const { dir, depth } of queue) {
      let handle;
      try {
        handle = await opendir(dir);
      } catch {
        continue;
      }
      for await (const entry of handle) {
        if (++seen > MAX_ENTRIES) {
          notes.push(`The search for Dockerfiles stopped after ${MAX_ENTRIES} files and folders; Dockerfiles deeper in the tree were not read.`);
          return found.sort();
        }
        const full = path.join(dir, entry.name);
        if (entry.isDirectory() && !SKIP_DIRS.has(entry.name) && depth < MAX_DEPTH) next.push({ dir: full, depth: depth + 1 });
        else if (entry.isFile() && isDockerfileName(entry.name)) found.push(path.relative(root, full).split(path.sep).join('/'));
      }
    }
    queue = next;
  }
  return found.sort();
}

/** The file's text if it is a regular file inside the workspace (not a symlink, not under .git) and small enough. */
async function readInside(root: string, rel: string, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const full = path.resolve(root, rel);
  const inside = path.relative(root, full);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return { ok: false, reason: 'it is outside the workspace' };
  if (inside.split(path.sep).includes('.git')) return { ok: false, reason: 'it is under .git' };
  try {
    const st = await lstat(full);
    if (st.isSymbolicLink()) return { ok: false, reason: 'it is a symbolic link (not followed)' };
    if (!st.isFile()) return { ok: false, reason: 'it is not a regular file' };
    if (st.size > maxBytes) return { ok: false, reason: `it is larger than ${Math.round(maxBytes / 1024)} KiB` };
    // A directory on the way may be a symlink out of the workspace.
    const real = path.relative(root, await realpath(full));
    if (real.startsWith('..') || path.isAbsolute(real)) return { ok: false, reason: 'it resolves outside the workspace' };
    return { ok: true, text: await readFile(full, 'utf8') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'it does not exist (deleted by the change?)' : `it could not be read (${code ?? (err as Error).message})` };
  }
}

/** BuildKit reads `<Dockerfile>.dockerignore` first, then `.dockerignore` at the context root: its directory or the repository root. */
async function hasDockerignore(root: string, rel: string): Promise<boolean> {
  const dir = path.dirname(path.resolve(root, rel));
  for (const candidate of [`${path.resolve(root, rel)}.dockerignore`, path.join(dir, '.dockerignore'), path.join(root, '.dockerignore')]) {
    try {
      if ((await lstat(candidate)).isFile()) return true;
    } catch {
      // absent: try the next place
    }
  }
  return false;
}
