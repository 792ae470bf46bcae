import type { DiffFile } from '../change/diff.js';
import { coveragePercent as percent, coverageTotals, type CoverageReport, type CoverageTotals, type FileCoverage } from '../model/coverage.js';
import { failureStatus, type GateAction, type GateItem, type GateResult } from '../model/verdict.js';
import { matchesPatterns } from '../model/globs.js';

/**
 * Coverage gates: overall minimums (Sonar's conditions), patch coverage on the changed lines and
 * the drop against the base branch (Codecov's patch and project statuses), and per-path minimums.
 * Percentages are rounded to two decimals (half up, as coverage.py prints them, never up to 100
 * while a line is missed) before they are compared, so the number shown is the number judged.
 */

export type CoverageMetric = 'lines' | 'branches';

export interface CoverageBase {
  /** The base branch's overall coverage in percent, from history. */
  readonly lines?: number;
  readonly branches?: number;
  /** Names the base in messages, e.g. "main@1a2b3c4". Default "the base branch". */
  readonly label?: string;
}

export interface CoverageGateInput {
  /** This run's coverage, merged over every report; undefined when no report was read. */
  readonly report?: CoverageReport;
  /** The change against the merge base (`parseUnifiedDiff`); undefined without a base (a push). */
  readonly diff?: readonly DiffFile[];
  /** Undefined (or a metric undefined) while history holds no coverage for the base branch. */
  readonly base?: CoverageBase;
}

export interface CoverageGateOptions {
  /** 'block' fails the run, 'warn' only reports. Default 'block'. */
  readonly action?: GateAction;
  /** Overall minimum in percent per metric, or 'auto' = the base value minus `tolerance`. Default: none. */
  readonly minimum?: Partial<Record<CoverageMetric, number | 'auto'>>;
  /** Most percentage points a metric may fall below the base value (`tolerance` is added). Default: none. */
  readonly maxDrop?: Partial<Record<CoverageMetric, number>>;
  /**
   * Percentage points of slack for 'auto' and `maxDrop`. Default 0.1: deleting a few covered lines
   * moves a large project's coverage by hundredths, which should not fail a refactoring.
   */
  readonly tolerance?: number;
  /** Minimum line coverage of the coverable changed lines, in percent, or 'auto' (base lines − tolerance). Default: none. */
  readonly patch?: number | 'auto';
  /** With fewer coverable changed lines than this, the patch gate is skipped (and says so). Default 20. */
  readonly patchMinLines?: number;
  /** Minimum line coverage per glob, e.g. {"src/core/**": 90}; repo-relative, several space-separated globs with `!` exclusions allowed. Default: none. */
  readonly paths?: Readonly<Record<string, number>>;
}

const EPSILON = 1e-9;
const LISTED = 5;
const NOUN: Record<CoverageMetric, string> = { lines: 'line', branches: 'branch' };

interface Ctx {
  readonly action: GateAction;
  readonly tolerance: number;
  readonly report: CoverageReport;
  readonly totals: Record<CoverageMetric, CoverageTotals>;
  readonly base: CoverageBase;
  readonly baseLabel: string;
}

export function evaluateCoverageGates(input: CoverageGateInput, options: CoverageGateOptions): GateResult[] {
  const action = options.action ?? 'block';
  const { minimum = {}, maxDrop = {}, paths = {} } = options;
  const metrics: CoverageMetric[] = ['lines', 'branches'];
  const configured = metrics.some((m) => minimum[m] !== undefined || maxDrop[m] !== undefined) || options.patch !== undefined || Object.keys(paths).length > 0;
  if (!input.report) return [missingReport(action, configured)];
  if (!configured) return [];
  const base = input.base ?? {};
  const ctx: Ctx = { action, tolerance: options.tolerance ?? 0.1, report: input.report, totals: coverageTotals(input.report.files), base, baseLabel: base.label ?? 'the base branch' };
  // Patch first: the uncovered changed lines are what the author of a change can act on.
  const out: GateResult[] = options.patch === undefined ? [] : [patchGate(ctx, input.diff, options.patch, options.patchMinLines ?? 20)];
  for (const m of metrics) {
    const min = minimum[m];
    if (min !== undefined) out.push(overallGate(ctx, m, min));
    const drop = maxDrop[m];
    if (drop !== undefined) out.push(dropGate(ctx, m, drop));
  }
  for (const [glob, min] of Object.entries(paths)) out.push(pathGate(ctx, glob, min));
  return out;
}

type Fields = Omit<GateResult, 'status' | 'action' | 'category' | 'suggestions'> & { readonly suggestions?: readonly string[] };

function result(ctx: Pick<Ctx, 'action'>, ok: boolean | 'skipped', fields: Fields): GateResult {
  const status = ok === 'skipped' ? 'skipped' : ok ? 'passed' : failureStatus(ctx.action);
  return { category: 'coverage', unit: '%', suggestions: [], ...fields, status, action: ctx.action };
}

function missingReport(action: GateAction, configured: boolean): GateResult {
  return result({ action }, configured ? false : 'skipped', {
    gate: 'coverage',
    metric: 'coverage reports',
    comparator: '>=',
    threshold: 1,
    actual: 0,
    message: configured ? 'No coverage report was read, but coverage gates are configured.' : 'No coverage report was read; no coverage gate is configured.',
    suggestions: configured ? ['Check that the test step writes a coverage report (lcov, Cobertura, JaCoCo, …) and that the coverage pattern matches it.'] : []
  });
}

function overallGate(ctx: Ctx, m: CoverageMetric, min: number | 'auto'): GateResult {
  const t = ctx.totals[m];
  const actual = percent(t);
  const baseValue = ctx.base[m];
  const head = { gate: `coverage.${m}`, metric: `${NOUN[m]} coverage`, comparator: '>=', actual, base: baseValue ?? null } as const;
  if (min === 'auto' && baseValue === undefined) {
    return result(ctx, 'skipped', { ...head, threshold: 0, message: `${noBase(ctx, m)} The minimum is 'auto', so nothing is compared yet.${actual === null ? '' : ` Now: ${fmt(actual)}%.`}` });
  }
  const threshold = min === 'auto' ? round2((baseValue as number) - ctx.tolerance) : min;
  if (actual === null) return noData(ctx, m, { ...head, threshold });
  const ok = actual + EPSILON >= threshold;
  const what = `${cap(NOUN[m])} coverage ${fmt(actual)}% (${t.covered} of ${t.total} ${m})`;
  const rule = min === 'auto' ? `${fmt(threshold)}% ('auto': ${baseText(ctx, baseValue)} minus ${fmt(ctx.tolerance)} pp)` : `${fmt(threshold)}%`;
  const message = ok ? `${what}, at least ${rule} required.` : `${what} is below the minimum of ${rule}.${min === 'auto' ? '' : baseSuffix(ctx, baseValue)}`;
  return result(ctx, ok, { ...head, threshold, message, ...(ok ? {} : worst(ctx.report.files, m)) });
}

function dropGate(ctx: Ctx, m: CoverageMetric, maxDrop: number): GateResult {
  const actualPct = percent(ctx.totals[m]);
  const baseValue = ctx.base[m];
  const threshold = round2(maxDrop + ctx.tolerance);
  const head = { gate: `coverage.${m}.drop`, metric: `${NOUN[m]} coverage drop`, comparator: '<=', threshold, base: baseValue ?? null, unit: 'pp' } as const;
  if (baseValue === undefined) return result(ctx, 'skipped', { ...head, actual: null, message: `${noBase(ctx, m)} The drop is measured from then on.` });
  if (actualPct === null) return noData(ctx, m, { ...head, actual: null });
  const drop = round2(baseValue - actualPct);
  const ok = drop <= threshold + EPSILON;
  const change = drop > 0 ? `down ${fmt(drop)} pp` : drop < 0 ? `up ${fmt(-drop)} pp` : 'unchanged';
  const message = `${cap(NOUN[m])} coverage ${fmt(actualPct)}% against ${fmt(baseValue)}% on ${ctx.baseLabel}: ${change} (at most ${fmt(maxDrop)} pp down allowed, plus ${fmt(ctx.tolerance)} pp tolerance).`;
  return result(ctx, ok, { ...head, actual: drop, message, ...(ok ? {} : worst(ctx.report.files, m)) });
}

function pathGate(ctx: Ctx, glob: string, min: number): GateResult {
  // A key may list several globs, space-separated, with `!glob` exclusions: "src/** !src/generated/**".
  const patterns = glob.split(/\s+/).filter(Boolean);
  const files = ctx.report.files.filter((f) => matchesPatterns(f.path, patterns));
  const t = coverageTotals(files).lines;
  const actual = percent(t);
  const head = { gate: 'coverage.paths', metric: `line coverage of ${glob}`, comparator: '>=', threshold: min, actual } as const;
  if (files.length === 0) {
    const unplaced = ctx.report.unplaced.length ? ` ${ctx.report.unplaced.length} report paths could not be placed in the repository.` : '';
    const some = ctx.report.files.slice(0, 3).map((f) => f.path).join(', ');
    return result(ctx, false, { ...head, message: `No file in the coverage report matches ${glob}.${unplaced}`, suggestions: [`Globs are repo-relative (the report has e.g. ${some || 'no files'}); check the pattern in the coverage paths.`] });
  }
  if (actual === null) return result(ctx, false, { ...head, message: `The ${files.length} files matching ${glob} have no coverable lines.` });
  const ok = actual + EPSILON >= min;
  const what = `Line coverage of ${glob} ${fmt(actual)}% (${t.covered} of ${t.total} lines in ${files.length} ${files.length === 1 ? 'file' : 'files'})`;
  return result(ctx, ok, { ...head, message: ok ? `${what}, at least ${fmt(min)}% required.` : `${what} is below the minimum of ${fmt(min)}%.`, ...(ok ? {} : worst(files, 'lines')) });
}

/** Lines are never absent from a report worth the name; branches are, in several formats. */
function noData(ctx: Ctx, m: CoverageMetric, head: Omit<Fields, 'message'>): GateResult {
  if (m === 'branches') {
    return result(ctx, 'skipped', { ...head, message: 'The coverage report has no branch data (Go coverprofiles and some lcov and Cobertura producers record none).' });
  }
  return result(ctx, false, { ...head, message: 'The coverage report holds no coverable lines: nothing was measured.', suggestions: ['Check that the tests ran with coverage on and that the report is the full one, not an empty placeholder.'] });
}

function patchGate(ctx: Ctx, diff: readonly DiffFile[] | undefined, patch: number | 'auto', minLines: number): GateResult {
  const head = { gate: 'coverage.patch', metric: 'patch coverage', comparator: '>=', threshold: patch === 'auto' ? 0 : patch, actual: null } as const;
  if (!diff) return result(ctx, 'skipped', { ...head, message: 'No diff against a base branch: patch coverage is measured on pull requests.' });
  if (patch === 'auto' && ctx.base.lines === undefined) return result(ctx, 'skipped', { ...head, message: `${noBase(ctx, 'lines')} The patch minimum is 'auto', so nothing is compared yet.` });
  const threshold = patch === 'auto' ? round2((ctx.base.lines as number) - ctx.tolerance) : patch;
  const p = patchCoverage(ctx.report.files, diff);
  const coverable = p.covered + p.uncovered;
  const actual = percent({ covered: p.covered, total: coverable });
  const fields = { ...head, threshold, actual, suggestions: unlistedSuggestion(ctx.report.files, p.unlisted) };
  const notCoverable = p.changed - coverable;
  const unlisted = p.unlisted.length ? ` (${p.unlistedLines} in ${p.unlisted.length} ${p.unlisted.length === 1 ? 'file' : 'files'} the report does not list)` : '';
  if (p.changed === 0) return result(ctx, 'skipped', { ...fields, message: 'The change adds or rewrites no lines (only deletions, renames or binary files).' });
  if (coverable < minLines) {
    const covered = coverable ? ` (${p.covered} covered)` : '';
    return result(ctx, 'skipped', { ...fields, message: `Only ${coverable} of ${p.changed} changed lines are coverable${unlisted}, fewer than ${minLines}: too few to judge patch coverage${covered}.` });
  }
  const ok = (actual as number) + EPSILON >= threshold;
  const what = `Patch coverage ${fmt(actual as number)}% (${p.covered} of ${coverable} coverable changed lines)`;
  const rest = notCoverable ? ` ${notCoverable} changed ${notCoverable === 1 ? 'line is' : 'lines are'} not coverable${unlisted}.` : '';
  const message = `${what}${ok ? ', at least' : ' is below the minimum of'} ${fmt(threshold)}%${ok ? ' required' : ''}.${rest}`;
  if (ok) return result(ctx, true, { ...fields, message });
  const items: GateItem[] = p.files.slice(0, LISTED).map((f) => ({
    text: `${f.path}:${formatLineRanges(f.lines)} — ${f.lines.length} changed ${f.lines.length === 1 ? 'line' : 'lines'} not covered`,
    location: { file: f.path, line: f.lines[0] as number, endLine: f.lines[f.lines.length - 1] as number }
  }));
  const where = p.files.slice(0, 3).map((f) => `${f.path}:${formatLineRanges(f.lines, 4)}`).join('; ');
  return result(ctx, false, {
    ...fields,
    message,
    suggestions: [`Add tests that run the uncovered changed lines: ${where}${p.files.length > 3 ? `; and ${p.files.length - 3} more files` : ''}.`, ...fields.suggestions],
    items,
    ...(p.files.length > LISTED ? { moreItems: p.files.length - LISTED } : {})
  });
}

interface PatchCoverage {
  /** Changed lines in files that still exist as text. */
  changed: number;
  covered: number;
  uncovered: number;
  /** Files with uncovered changed lines, most uncovered first. */
  files: { path: string; lines: number[] }[];
  /** Changed files the report does not list at all, and their changed lines. */
  unlisted: string[];
  unlistedLines: number;
}

/** A changed line is coverable when the report lists it; otherwise it is a comment, a blank, config, … */
export function patchCoverage(files: readonly FileCoverage[], diff: readonly DiffFile[]): PatchCoverage {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const out: PatchCoverage = { changed: 0, covered: 0, uncovered: 0, files: [], unlisted: [], unlistedLines: 0 };
  for (const d of diff) {
    if (d.newPath === null || d.binary || d.addedLines.length === 0) continue;
    out.changed += d.addedLines.length;
    const fc = byPath.get(d.newPath);
    if (!fc) {
      out.unlisted.push(d.newPath);
      out.unlistedLines += d.addedLines.length;
      continue;
    }
    const missed: number[] = [];
    for (const line of d.addedLines) {
      const hits = fc.lines.get(line);
      if (hits === undefined) continue;
      if (hits > 0) out.covered++;
      else missed.push(line);
    }
    out.uncovered += missed.length;
    if (missed.length) out.files.push({ path: d.newPath, lines: missed });
  }
  out.files.sort((a, b) => b.lines.length - a.lines.length || (a.path < b.path ? -1 : 1));
  return out;
}

/**
 * A source file no test loads is missing from most reports (lcov, istanbul without `all`), and
 * its lines then look "not coverable". Say so when a changed file has an extension the report covers.
 */
function unlistedSuggestion(files: readonly FileCoverage[], unlisted: readonly string[]): string[] {
  const extensions = new Set(files.map((f) => extension(f.path)).filter((e) => e !== ''));
  const suspicious = unlisted.filter((p) => extensions.has(extension(p)));
  if (suspicious.length === 0) return [];
  const names = suspicious.slice(0, 3).join(', ') + (suspicious.length > 3 ? `, and ${suspicious.length - 3} more` : '');
  return [`${names} changed but ${suspicious.length === 1 ? 'is' : 'are'} not in the coverage report: if tests should run ${suspicious.length === 1 ? 'it' : 'them'}, make the coverage tool include every source file (jest collectCoverageFrom, coverage.py --source, nyc all).`];
}

/** The least covered files (most uncovered), as suggestions and items. */
function worst(files: readonly FileCoverage[], m: CoverageMetric): Pick<GateResult, 'suggestions' | 'items' | 'moreItems'> {
  const rows = files
    .map((f) => {
      const t = coverageTotals([f])[m];
      const missedLines = m === 'lines' ? [...f.lines].filter(([, h]) => h === 0) : [...f.branches].filter(([, b]) => b.covered < b.total);
      const lines = missedLines.map(([l]) => l).sort((a, b) => a - b);
      return { path: f.path, t, missed: t.total - t.covered, lines };
    })
    .filter((r) => r.missed > 0)
    .sort((a, b) => b.missed - a.missed || (a.path < b.path ? -1 : 1));
  const items: GateItem[] = rows.slice(0, LISTED).map((r) => ({
    text: `${r.path}: ${fmt(percent(r.t) as number)}% of ${m} covered, ${r.missed} not (${m === 'lines' ? '' : 'on lines '}${formatLineRanges(r.lines, 4)})`,
    location: { file: r.path, line: r.lines[0] as number }
  }));
  const names = rows.slice(0, 3).map((r) => `${r.path} (${r.missed} ${m} uncovered)`).join(', ');
  return { suggestions: names ? [`Add tests for the least covered files: ${names}.`] : [], items, ...(rows.length > LISTED ? { moreItems: rows.length - LISTED } : {}) };
}

/** `[10, 11, 12, 18]` → `10-12, 18`; beyond `max` ranges, "and N more lines". */
export function formatLineRanges(lines: readonly number[], max = 10): string {
  const ranges: [number, number][] = [];
  for (const l of [...lines].sort((a, b) => a - b)) {
    const last = ranges[ranges.length - 1];
    if (last && l <= last[1] + 1) last[1] = Math.max(last[1], l);
    else ranges.push([l, l]);
  }
  const shown = ranges.slice(0, max).map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`));
  const rest = ranges.slice(max).reduce((n, [a, b]) => n + b - a + 1, 0);
  return shown.join(', ') + (rest ? `, and ${rest} more ${rest === 1 ? 'line' : 'lines'}` : '');
}

function noBase(ctx: Ctx, m: CoverageMetric): string {
  return `No base yet: ${ctx.baseLabel} has no ${NOUN[m]} coverage in history (it is saved by pushes to the default branch).`;
}

function baseText(ctx: Ctx, value: number | undefined): string {
  return value === undefined ? ctx.baseLabel : `${fmt(value)}% on ${ctx.baseLabel}`;
}

function baseSuffix(ctx: Ctx, value: number | undefined): string {
  return value === undefined ? '' : ` The base, ${ctx.baseLabel}, has ${fmt(value)}%.`;
}


function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function fmt(x: number): string {
  return String(round2(x));
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function extension(p: string): string {
  const name = p.slice(p.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}
