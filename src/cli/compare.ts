import { evaluatePerformanceGate, type BenchmarkComparison } from '../gates/performance-gate.js';
import { readReport } from '../ingest/read.js';
import type { BenchmarkResult } from '../model/benchmarks.js';
import { formatProblem } from '../model/problems.js';
import { UsageError } from '../shell/config-file.js';
import { reportFiles } from '../shell/report-files.js';
import { loadRepoPaths } from '../shell/repo.js';
import type { CliStreams } from './main.js';
import { sig3 } from '../report/format.js';

export interface CompareOptions {
  readonly base: readonly string[];
  readonly head: readonly string[];
  readonly q: number;
  readonly minEffect: number;
  readonly format?: string;
  readonly json: boolean;
}

/**
 * `pipeline-gates compare --base F... --head F...`: the same-job A/B detector on benchmark files of
 * any supported tool. Several files per side are several samples. Exit 1 when a benchmark
 * regressed, 0 otherwise, 2 when a file cannot be read.
 */
export async function compareCommand(o: CompareOptions, io: CliStreams): Promise<number> {
  const base = await readAll(o.base, '--base', o.format, io);
  const head = await readAll(o.head, '--head', o.format, io);
  const { comparisons, gate } = evaluatePerformanceGate(
    { head, base },
    { action: 'block', historyAction: 'warn', q: o.q, minEffect: o.minEffect, maxRegression: {} }
  );
  const missing = [...new Set(base.map((b) => b.name))].filter((n) => !comparisons.some((c) => c.name === n));
  if (o.json) {
    io.out(`${JSON.stringify({ q: o.q, minEffect: o.minEffect, benchmarks: comparisons.map(jsonOf), onlyInBase: missing }, null, 2)}\n`);
  } else {
    io.out(table(comparisons));
    if (missing.length) io.out(`\nOnly in the base (removed?): ${missing.join(', ')}\n`);
    io.out(`\n${gate.message}\n`);
  }
  return comparisons.some((c) => c.verdict === 'regression') ? 1 : 0;
}

async function readAll(files: readonly string[], flag: string, format: string | undefined, io: CliStreams): Promise<BenchmarkResult[]> {
  if (files.length === 0) throw new UsageError(`compare needs ${flag} FILE (one or more benchmark files).`);
  const root = process.cwd();
  const ctx = { repo: await loadRepoPaths(root) };
  const open = reportFiles(root).open;
  const out: BenchmarkResult[] = [];
  for (const file of files) {
    const r = await readReport(file, open, { ctx, kind: 'benchmarks', ...(format ? { format } : {}) });
    if (r.kind === 'unreadable' || r.problems.length) throw new UsageError(`${flag} ${file} could not be read as benchmark results.`, r.problems);
    if (r.kind !== 'benchmarks') continue;
    for (const w of r.warnings) io.err(`warning: ${formatProblem(w)}\n`);
    if (r.benchmarks.length === 0) throw new UsageError(`${flag} ${file} (${r.format}) holds no benchmark results.`);
    out.push(...r.benchmarks);
  }
  return out;
}

function jsonOf(c: BenchmarkComparison): Record<string, unknown> {
  return {
    name: c.name,
    verdict: c.verdict,
    ratio: c.ratio,
    ci: c.ci,
    pValue: c.pValue,
    qValue: c.qValue,
    samples: c.samples,
    strong: c.strong,
    unit: c.unit,
    direction: c.direction,
    reason: c.reason
  };
}

function table(rows: readonly BenchmarkComparison[]): string {
  const head = ['benchmark', 'verdict', 'ratio', '95% CI', 'q', 'samples (base/head)'];
  const body = rows.map((c) => [
    c.name,
    c.verdict + (c.strong ? ' (strong)' : ''),
    c.ratio === null ? '—' : `×${sig3(c.ratio)}`,
    c.ci ? `×${sig3(c.ci[0])} – ×${sig3(c.ci[1])}` : '—',
    c.qValue === null ? '—' : c.qValue.toPrecision(2),
    `${c.samples.base}/${c.samples.head}`
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((x, i) => x.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const reasons = rows.filter((c) => c.verdict === 'insufficient').map((c) => `  ${c.name}: ${c.reason}`);
  return `${[line(head), ...body.map(line)].join('\n')}\n${reasons.length ? `\nNot judged:\n${reasons.join('\n')}\n` : ''}`;
}
