import type { CoverageTotals, DeclaredCoverage } from '../../../model/coverage.js';
import type { Problem } from '../../../model/problems.js';
import type { Chunks, CoverageFormat, ParseContext, ParsedCoverage } from '../../format.js';
import { ProblemList } from './common.js';
import { type Located, streamJsonMembers } from './istanbul.js';
import { excerpt } from '../../../model/excerpt.js';

/**
 * istanbul's `coverage-summary.json` (the `json-summary` reporter): a `total` entry and one entry
 * per file, each holding only percentages and counts — no line records.
 *
 * Decision: the report carries the `total` as `declared` and no files. Inventing line records
 * ("lines 1..covered hit, the rest missed") would make the totals come out right but would answer
 * "is changed line 42 covered?" with made-up data, silently. So a summary gives totals only, and a
 * warning says so plainly; gates that need lines (diff coverage, annotations) have nothing to use.
 * The per-file entries are still read: their sum is checked against `total`.
 */

interface Sums {
  lines: CoverageTotals;
  branches: CoverageTotals;
  files: number;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `{ total, covered }` out of a summary metric such as `"lines": { "total": 10, "covered": 7, … }`. */
function metric(entry: Record<string, unknown>, name: string): CoverageTotals | undefined {
  const m = entry[name];
  if (!isObject(m)) return undefined;
  const { total, covered } = m;
  if (typeof total !== 'number' || typeof covered !== 'number' || !(total >= 0) || !(covered >= 0)) return undefined;
  return { covered, total };
}

export async function parseIstanbulSummary(file: string, chunks: Chunks, _ctx: ParseContext): Promise<ParsedCoverage> {
  const problems = new ProblemList(file);
  const sums: Sums = { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 }, files: 0 };
  let total: { at: Located; declared: DeclaredCoverage } | undefined;
  const { problem } = await streamJsonMembers(file, chunks, (key, value, at) => {
    const lines = isObject(value) ? metric(value, 'lines') : undefined;
    const branches = isObject(value) ? metric(value, 'branches') : undefined;
    if (!lines) return problems.add(`${excerpt(key)}: expected a summary entry with "lines": { "total", "covered" }`, at().line, at().column);
    if (key === 'total') {
      total = { at: at(), declared: { lines, ...(branches ? { branches } : {}) } };
      return;
    }
    sums.files++;
    sums.lines = add(sums.lines, lines);
    if (branches) sums.branches = add(sums.branches, branches);
  });
  problems.push(problem);
  if (problems.size === 0 && !total) problems.add('no "total" entry: not an istanbul coverage-summary.json');
  return { report: { files: [], unplaced: [], ...(total ? { declared: total.declared } : {}) }, problems: problems.list(), warnings: warnings(file, total, problem ? undefined : sums) };
}

function add(a: CoverageTotals, b: CoverageTotals): CoverageTotals {
  return { covered: a.covered + b.covered, total: a.total + b.total };
}

/** `sums` is undefined when the file was cut off: a partial sum proves nothing about the total. */
function warnings(file: string, total: { at: Located; declared: DeclaredCoverage } | undefined, sums: Sums | undefined): Problem[] {
  if (!total) return [];
  const where = { file, line: total.at.line };
  const files = sums ? `${sums.files} files` : 'file entries';
  const out: Problem[] = [
    {
      ...where,
      message: `coverage-summary.json holds totals only (${files}): per-line data is unavailable, so these are the report's own totals, not recomputed from line records, and line-level checks have nothing to read; use the istanbul "json" (coverage-final.json) or "lcov" reporter for line data`
    }
  ];
  // With no file entries (e.g. a summary written with only `total`) there is nothing to compare.
  if (!sums || sums.files === 0) return out;
  for (const what of ['lines', 'branches'] as const) {
    const declared = total.declared[what];
    const sum = sums[what];
    if (declared && (declared.covered !== sum.covered || declared.total !== sum.total)) {
      out.push({ ...where, message: `"total" declares ${what} ${declared.covered} of ${declared.total} covered, but the file entries add up to ${sum.covered} of ${sum.total}` });
    }
  }
  return out;
}

export const istanbulSummaryFormat: CoverageFormat = {
  id: 'istanbul-summary',
  kind: 'coverage',
  description: 'istanbul coverage-summary.json (the json-summary reporter): totals only, no line data',
  sniff: (head) => /^\s*\{\s*"total"\s*:\s*\{\s*"lines"\s*:/.test(head),
  parse: parseIstanbulSummary
};
