/** The normalised coverage model every coverage format is read into. */

export interface BranchCount {
  readonly covered: number;
  readonly total: number;
}

export interface FunctionCoverage {
  readonly name: string;
  readonly line?: number;
  readonly hits: number;
}

export interface FileCoverage {
  /** Repo-relative when it could be placed (see `unplaced`), else as the report wrote it. */
  readonly path: string;
  /** Line number → hit count, for every coverable line. */
  readonly lines: ReadonlyMap<number, number>;
  /** Line number → branch outcomes on that line. */
  readonly branches: ReadonlyMap<number, BranchCount>;
  readonly functions?: readonly FunctionCoverage[];
}

export interface CoverageTotals {
  readonly covered: number;
  readonly total: number;
}

/**
 * Percent covered, rounded DOWN to two decimals (as Codecov does, so no figure ever shows more
 * coverage than there is); null when there is nothing to cover. The epsilon keeps 0.29 * 100 from
 * flooring to 28.99. Gates, history and the JSON report all use this, so a base value read back
 * from history compares exactly with the figure the gate showed.
 */
export function coveragePercent(t: CoverageTotals): number | null {
  return t.total === 0 ? null : Math.floor((t.covered / t.total) * 10000 + 1e-6) / 100;
}

/** What a report's header claims; compared with what its records add up to, never trusted. */
export interface DeclaredCoverage {
  readonly lines?: CoverageTotals;
  readonly branches?: CoverageTotals;
}

export interface CoverageReport {
  readonly files: readonly FileCoverage[];
  readonly declared?: DeclaredCoverage;
  /** Paths that could not be placed in the repository, as the report wrote them. */
  readonly unplaced: readonly string[];
}

/** Totals are always recomputed from the line and branch records. */
export function coverageTotals(files: readonly FileCoverage[]): { lines: CoverageTotals; branches: CoverageTotals } {
  let linesCovered = 0;
  let linesTotal = 0;
  let branchesCovered = 0;
  let branchesTotal = 0;
  for (const f of files) {
    for (const hits of f.lines.values()) {
      linesTotal++;
      if (hits > 0) linesCovered++;
    }
    for (const b of f.branches.values()) {
      branchesCovered += b.covered;
      branchesTotal += b.total;
    }
  }
  return { lines: { covered: linesCovered, total: linesTotal }, branches: { covered: branchesCovered, total: branchesTotal } };
}
