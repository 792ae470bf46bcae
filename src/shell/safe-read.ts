import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where a file we read from a pull request's checkout may live. A PR can commit a report path as a
 * symbolic link to `.git/config` (which holds the checkout token's extraheader) or to a dotenv file
 * outside the workspace; we post what we read. So a file is read only when it is a regular file
 * whose real path lies inside one of the roots (the workspace, GITHUB_WORKSPACE, RUNNER_TEMP) and
 * not inside any `.git` directory. It is opened by that real path without following a last
 * symbolic link, and the opened file must be the very file that was checked (same device and
 * inode), so swapping it between the check and the open does not work either.
 *
 * A path you name yourself (a CLI argument, an action input such as `config`) that lies outside
 * the roots is read as named: a pull request cannot put anything there, and `parse /tmp/x.xml`
 * should work. It still must be a regular file outside any `.git` directory. Globs (report
 * patterns, which a PR's config can set) never reach outside the roots.
 *
 * Not covered: hard links (git cannot commit them; code that runs in the job can read the token
 * anyway).
 */

/** A file we will not open, with the reason as a phrase: "it is a symbolic link to …". */
export class RefusedFile extends Error {
  readonly code = 'EREFUSED';
}

/**
 * The folders files may be read from: the workspace, GITHUB_WORKSPACE and RUNNER_TEMP, each as
 * given and as its real path (they differ when a parent folder is a link, e.g. /tmp on macOS).
 */
export async function readRoots(workspace: string, env: Readonly<Record<string, string | undefined>> = process.env): Promise<string[]> {
  const candidates = [workspace, env.GITHUB_WORKSPACE, env.RUNNER_TEMP].filter((d): d is string => !!d);
  const roots: string[] = [];
  for (const dir of candidates) {
    const real = await realpath(path.resolve(dir)).catch(() => undefined);
    if (!real) continue;
    for (const form of [path.resolve(dir), real]) if (!roots.includes(form)) roots.push(form);
  }
  return roots;
}

export type Inspection = { readonly ok: true; readonly real: string; readonly stat: Stats } | { readonly ok: false; readonly reason: string; readonly missing?: boolean };

/**
 * Whether `file` (relative to `base`) may be read, and if not, why; never opens it. `named`: the
 * user named this path (see the module comment); glob matches are not named.
 */
export async function inspect(file: string, base: string, roots: readonly string[], named = false): Promise<Inspection> {
  const full = path.resolve(base, file);
  let link: Stats;
  try {
    link = await lstat(full);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'the file does not exist' : (err as Error).message, missing: code === 'ENOENT' };
  }
  const real = await realpath(full).catch(() => undefined);
  if (real === undefined) return { ok: false, reason: 'it is a symbolic link to nothing' };
  const viaLink = link.isSymbolicLink() ? 'it is a symbolic link to a file' : undefined;
  const root = roots.find((r) => isInside(real, r));
  const outsideAsNamed = named && !roots.some((r) => isInside(full, r));
  if (!root && !outsideAsNamed) return { ok: false, reason: viaLink ? `${viaLink} outside the workspace` : 'it is outside the workspace' };
  if (inGitDir(root ? path.relative(root, real) : real)) return { ok: false, reason: viaLink ? `${viaLink} inside a .git directory` : 'it is inside a .git directory' };
  const target = await stat(real);
  if (!target.isFile()) return { ok: false, reason: target.isDirectory() ? 'it is a directory' : `it is not a regular file (${kindOf(target)})` };
  return { ok: true, real, stat: target };
}

/** Opens a file that `inspect` allows, or throws RefusedFile / the fs error. The caller closes it. */
export async function openInside(file: string, base: string, roots: readonly string[]): Promise<FileHandle> {
  // Files are opened by name: glob matches were inspected (without `named`) when they were found.
  const checked = await inspect(file, base, roots, true);
  if (!checked.ok) {
    if (checked.missing) throw Object.assign(new Error(checked.reason), { code: 'ENOENT' });
    throw new RefusedFile(`${checked.reason}; not opened`);
  }
  // O_NONBLOCK: should a FIFO appear here after the check, opening it must not wait for a writer.
  const handle = await open(checked.real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  try {
    const opened = await handle.stat();
    if (!opened.isFile() || opened.ino !== checked.stat.ino || opened.dev !== checked.stat.dev) throw new RefusedFile('it changed while it was being opened; not read');
    return handle;
  } catch (err) {
    await handle.close();
    throw err;
  }
}

/**
 * A whole small file (a config, a tests list, canary samples) under the same rules, at most
 * `maxBytes`; a bigger file is refused with the bound named.
 */
export async function readInside(file: string, base: string, roots: readonly string[], maxBytes: number): Promise<Buffer> {
  const handle = await openInside(file, base, roots);
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new RefusedFile(`it is ${bytesText(size)}, over the ${bytesText(maxBytes)} this file may have`);
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * A glob's fixed leading folder ("reports" of "reports/**\/*.xml", "coverage" of
 * "coverage/lcov.info"), resolved against `base`. The last part is left out even when it is
 * plain, so a link there is judged (and named) as a file.
 */
export function patternRoot(pattern: string, base: string): string {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (/[*?[\]{}!]/.test(part)) break;
    fixed.push(part);
  }
  const joined = fixed.join('/') || (pattern.startsWith('/') ? '/' : '.');
  return path.resolve(base, joined);
}

/** Whether the fixed part of a glob can only match outside every root (checked on real paths). */
export async function patternOutside(pattern: string, base: string, roots: readonly string[]): Promise<boolean> {
  let dir = patternRoot(pattern, base);
  // The deepest folder that exists stands for the pattern (a missing one matches nothing anyway).
  for (;;) {
    const real = await realpath(dir).catch(() => undefined);
    if (real) return !roots.some((r) => isInside(real, r) || isInside(r, real));
    const up = path.dirname(dir);
    if (up === dir) return true;
    dir = up;
  }
}

/** Whether files directly in this (real) folder may be read: it is inside a root and not in .git. */
export function isReadableFolder(real: string, roots: readonly string[]): boolean {
  const root = roots.find((r) => isInside(real, r));
  return root !== undefined && !inGitDir(path.relative(root, real));
}

function isInside(file: string, root: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function inGitDir(relative: string): boolean {
  return relative.split(path.sep).some((part) => part.toLowerCase() === '.git');
}

function kindOf(s: Stats): string {
  if (s.isFIFO()) return 'a FIFO';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  return 'not a file';
}

/** "512 bytes", "3.5 KiB", "64 MiB", "65.2 MiB". */
export function bytesText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KiB'] : [bytes / (1024 * 1024), 'MiB'];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
