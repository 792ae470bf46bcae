import { cap, fraction, type Namer } from '../config/values.js';
import { evaluatePerformanceGate, type BenchmarkComparison } from '../gates/performance-gate.js';
import type { RepoPaths } from '../ingest/paths.js';
import { readReport } from '../ingest/read.js';
import type { BenchmarkResult } from '../model/benchmarks.js';
import { UsageError, type Problem } from '../model/problems.js';
import type { GateResult } from '../model/verdict.js';
import { requireFiles, type ReportFiles } from './files.js';

/**
 * The compare command (`pipeline-gates compare`): the same-job A/B detector on benchmark files of
 * any supported tool. Several files per side are several samples.
 */

export interface CompareOptionsText {
  readonly base?: readonly string[];
  readonly head?: readonly string[];
  readonly q?: string;
  readonly 'min-effect'?: string;
  readonly format?: string;
}

export interface CompareSettings {
  readonly base: readonly string[];
  readonly head: readonly string[];
  /** False discovery rate across the benchmarks. */
  readonly q: number;
  /** Smallest change that counts, as a fraction. */
  readonly minEffect: number;
  readonly format?: string;
  readonly name: Namer;
}

export function compareSettings(o: CompareOptionsText, name: Namer): CompareSettings {
  for (const side of ['base', 'head'] as const) if (!o[side]?.length) throw new UsageError(`compare needs ${name(side)} FILE (one or more benchmark files).`);
  return {
    base: o.base ?? [],
    head: o.head ?? [],
    q: fraction(o.q, name('q'), false) ?? 0.01,
    minEffect: fraction(o['min-effect'], name('min-effect'), true) ?? 0.03,
    ...(o.format ? { format: o.format } : {}),
    name
  };
}

export interface CompareResult {
  readonly comparisons: readonly BenchmarkComparison[];
  readonly gate: GateResult;
  /** Benchmarks the base has and the head does not (removed, or renamed). */
  readonly onlyInBase: readonly string[];
  readonly warnings: readonly Problem[];
}

export async function runCompareJob(s: CompareSettings, io: { files: ReportFiles; repo: RepoPaths }): Promise<CompareResult> {
  const warnings: Problem[] = [];
  const base = await readSide(s.base, s.name('base'), s.format, io, warnings);
  const head = await readSide(s.head, s.name('head'), s.format, io, warnings);
  const { comparisons, gate } = evaluatePerformanceGate({ head, base }, { action: 'block', historyAction: 'warn', q: s.q, minEffect: s.minEffect, maxRegression: {} });
  const onlyInBase = [...new Set(base.map((b) => b.name))].filter((n) => !comparisons.some((c) => c.name === n));
  return { comparisons, gate, onlyInBase, warnings };
}

async function readSide(patterns: readonly string[], name: string, format: string | undefined, io: { files: ReportFiles; repo: RepoPaths }, warnings: Problem[]): Promise<BenchmarkResult[]> {
  const out: BenchmarkResult[] = [];
  for (const file of await requireFiles(patterns, io.files, name)) {
    const r = await readReport(file, io.files.open, { ctx: { repo: io.repo }, kind: 'benchmarks', ...(format ? { format } : {}) });
    if (r.kind === 'unreadable' || r.problems.length) throw new UsageError(`${cap(name)} ${file} could not be read as benchmark results.`, r.problems);
    if (r.kind !== 'benchmarks') continue;
    warnings.push(...r.warnings);
    if (r.benchmarks.length === 0) throw new UsageError(`${cap(name)} ${file} (${r.format}) holds no benchmark results.`);
    out.push(...r.benchmarks);
  }
  return out;
}
