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
 * Percent covered to two decimals, rounded half up as coverage.py and pytest-cov print it (3 of 7
 * lines: 42.86), except that it never rounds to 100 while a line is missed or to 0 while one is
 * covered (coverage.py's rule: 99.999 shows as 99.99). null when there is nothing to cover. Gates
 * compare this figure, history stores it and the JSON report shows it, so the number shown is the
 * number judged, and a base value read back from history compares exactly.
 */
export function coveragePercent(t: CoverageTotals): number | null {
  if (t.total === 0) return null;
  // covered × 20000 ÷ total is an integer exactly when the value sits on a half, so the halves
  // round up exactly, with no 0.29 × 100 = 28.999… surprises.
  const pct = Math.floor((t.covered * 20000) / t.total / 2 + 0.5) / 100;
  if (pct === 100 && t.covered < t.total) return 99.99;
  if (pct === 0 && t.covered > 0) return 0.01;
  return pct;
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
