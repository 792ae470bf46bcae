import type { BranchCount, CoverageReport, DeclaredCoverage, FileCoverage, FunctionCoverage } from '../../../model/coverage.js';
import type { RepoPaths } from '../../paths.js';

/**
 * Combining coverage records. One rule serves both cases: records for the same file inside one
 * report (several Cobertura classes, several lcov test sections, JaCoCo groups) and several reports
 * for the same build (JaCoCo modules, unit plus integration runs). A line keeps its highest hit
 * count, a line's branches their highest covered and highest total, functions are a union. Max,
 * not sum: the reports usually overlap (the same test run seen twice), and a sum would double hits
 * without changing what is covered.
 */

export interface FileDraft {
  readonly path: string;
  readonly lines: Map<number, number>;
  readonly branches: Map<number, BranchCount>;
  readonly functions: Map<string, FunctionCoverage>;
}

export function addLine(draft: FileDraft, line: number, hits: number): void {
  const prev = draft.lines.get(line);
  if (prev === undefined || hits > prev) draft.lines.set(line, hits);
}

export function addBranches(draft: FileDraft, line: number, count: BranchCount): void {
  if (count.total <= 0) return;
  const prev = draft.branches.get(line);
  if (!prev) draft.branches.set(line, { covered: Math.min(count.covered, count.total), total: count.total });
  else draft.branches.set(line, { covered: Math.max(prev.covered, count.covered), total: Math.max(prev.total, count.total) });
}

export function addFunction(draft: FileDraft, fn: FunctionCoverage): void {
  const key = `${fn.name}\u0000${fn.line ?? ''}`;
  const prev = draft.functions.get(key);
  if (!prev || fn.hits > prev.hits) draft.functions.set(key, fn);
}

/** Collects one report's (or several reports') records by repo-relative path. */
export class CoverageBuilder {
  private readonly drafts = new Map<string, FileDraft>();
  private readonly unplaced = new Set<string>();
  private readonly placements = new Map<string, string>();

  constructor(private readonly repo?: RepoPaths) {}

  /** The draft for a path as the report wrote it; placed in the repo once per distinct path. */
  file(raw: string, roots: readonly string[] = []): FileDraft {
    const key = roots.length === 0 ? raw : [raw, ...roots].join('\u0000');
    let path = this.placements.get(key);
    if (path === undefined) {
      path = this.place(raw, roots);
      this.placements.set(key, path);
    }
    return this.draft(path);
  }

  /** The draft for an already placed path. */
  draft(path: string): FileDraft {
    let d = this.drafts.get(path);
    if (!d) {
      d = { path, lines: new Map(), branches: new Map(), functions: new Map() };
      this.drafts.set(path, d);
    }
    return d;
  }

  markUnplaced(path: string): void {
    this.unplaced.add(path);
  }

  /** Files named so far, with or without line records. */
  get fileCount(): number {
    return this.drafts.size;
  }

  /**
   * Files sorted by path, so the result does not depend on the order reports were read in. A file
   * listed without a single line record (a Java interface, a type-only module) is left out: it has
   * nothing to cover, and keeping it would only add 0-of-0 rows.
   */
  build(declared?: DeclaredCoverage): CoverageReport {
    const kept = [...this.drafts.values()].filter((d) => d.lines.size > 0 || d.branches.size > 0);
    const files = kept.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map(finish);
    const unplaced = files.map((f) => f.path).filter((p) => this.unplaced.has(p));
    return { files, ...(declared && (declared.lines || declared.branches) ? { declared } : {}), unplaced };
  }

  private place(raw: string, roots: readonly string[]): string {
    if (!this.repo) return raw;
    const placement = this.repo.place(raw, roots);
    // `<` and `>` never occur in real source paths (Windows forbids them); bundlers use them for
    // virtual modules such as esbuild's `dist/<define:DATA>`, which no repository file can match.
    if (!placement.placed || /[<>]/.test(raw)) this.unplaced.add(placement.path);
    return placement.path;
  }
}

function finish(d: FileDraft): FileCoverage {
  const functions = [...d.functions.values()];
  return { path: d.path, lines: d.lines, branches: d.branches, ...(functions.length > 0 ? { functions } : {}) };
}

/**
 * Several reports as one: same file → union of lines (max hits), branches per line (max covered,
 * max total), functions united, unplaced united. Declared totals are dropped: each header describes
 * its own part, and the merged figures are recomputed from the records anyway.
 */
export function mergeCoverage(reports: readonly CoverageReport[]): CoverageReport {
  const builder = new CoverageBuilder();
  for (const report of reports) {
    for (const file of report.files) {
      const draft = builder.draft(file.path);
      for (const [line, hits] of file.lines) addLine(draft, line, hits);
      for (const [line, count] of file.branches) addBranches(draft, line, count);
      for (const fn of file.functions ?? []) addFunction(draft, fn);
    }
    for (const path of report.unplaced) builder.markUnplaced(path);
  }
  return builder.build();
}
