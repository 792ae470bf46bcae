import type { OpenReport } from '../ingest/read.js';
import { isGlob, splitPatterns } from '../model/globs.js';
import { cap } from '../config/values.js';
import { UsageError } from '../model/problems.js';

/** The file system as the engine sees it; the shell passes the real one, tests a temp tree. */
export interface ReportFiles {
  /** Files matching one glob pattern and none of the exclusions, sorted. */
  find(pattern: string, exclude: readonly string[]): Promise<string[]>;
  open: OpenReport;
  /** A whole small file (canary samples) by the same rules as `open`, refused above `maxBytes`. */
  read(file: string, maxBytes: number): Promise<Uint8Array>;
  /** Files and patterns it would not read (links out of the workspace, FIFOs, …), one sentence each. */
  refused?(): readonly string[];
}

/** Every file the patterns match (each once, in pattern order), and the patterns that matched none. */
export async function resolvePatterns(patterns: readonly string[], files: ReportFiles): Promise<{ matched: string[]; unmatched: string[] }> {
  const matched = new Set<string>();
  const unmatched: string[] = [];
  const { include, exclude } = splitPatterns(patterns);
  for (const pattern of include) {
    const found = await files.find(pattern, exclude);
    if (found.length === 0) unmatched.push(pattern);
    for (const f of found) matched.add(f);
  }
  return { matched: [...matched], unmatched };
}

/**
 * The files an option names, for commands that need every one of its patterns to match
 * (`--timings`, compare `--base`): a glob that matches nothing is a mistake, named with the
 * option. A plain path that matched nothing is kept, so reading it says why (it does not exist, it
 * is a link out of the workspace), and a path you name outside the workspace is read as named.
 */
export async function requireFiles(patterns: readonly string[], files: ReportFiles, name: string): Promise<string[]> {
  const { matched, unmatched } = await resolvePatterns(patterns, files);
  const empty = unmatched.filter(isGlob);
  if (empty.length) throw new UsageError(`${cap(name)}: ${empty.map((p) => `"${p}"`).join(', ')} matched no files.`);
  return [...matched, ...unmatched];
}
