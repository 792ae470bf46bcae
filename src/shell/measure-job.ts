import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { measuredBenchmarks } from '../engine/measure-results.js';
import { benchmarksDocument } from '../ingest/formats/benchmarks/pipeline-gates-bench.js';
import type { BenchmarkResult } from '../model/benchmarks.js';
import { UsageError } from './config-file.js';
import { measureAbba, type RunSample } from './measure.js';
import { benchmarkValue, bytes } from '../report/format.js';

/** Where a measurement's warnings go: stderr in the CLI, a workflow warning in the Action. */
export interface MeasureLog {
  err(text: string): void;
}

export interface MeasureCommandOptions {
  readonly argv: readonly string[];
  readonly runs: number;
  readonly warmup: number;
  readonly baseDir?: string;
  readonly name: string;
  readonly out: string;
}

export interface Measured {
  readonly head: BenchmarkResult[];
  readonly base?: BenchmarkResult[];
  readonly files: { readonly head: string; readonly base?: string };
}

/**
 * `pipeline-gates measure -- COMMAND`: wall time and peak RSS of N runs (ABBA with --base-dir),
 * written as benchmark files that `compare` and the gate read.
 */
export async function measure(o: MeasureCommandOptions, io: MeasureLog): Promise<Measured> {
  const cwd = process.cwd();
  const result = await measureAbba({
    runs: o.runs,
    warmup: o.warmup,
    head: { argv: o.argv, cwd },
    ...(o.baseDir ? { base: { argv: o.argv, cwd: path.resolve(o.baseDir) } } : {})
  }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') throw new UsageError(`The command "${o.argv[0]}" was not found${o.baseDir ? ` (or the base dir ${o.baseDir} does not exist)` : ''}; commands run without a shell.`);
    throw err;
  });
  failIfAnyRunFailed(result.head, 'head', o.argv);
  failIfAnyRunFailed(result.base, 'base', o.argv);
  const head = measuredBenchmarks(o.name, result.head);
  const base = o.baseDir ? measuredBenchmarks(o.name, result.base) : undefined;
  await mkdir(o.out, { recursive: true });
  const files = { head: path.join(o.out, 'head.json'), ...(base ? { base: path.join(o.out, 'base.json') } : {}) };
  await writeFile(files.head, `${JSON.stringify(benchmarksDocument(head), null, 2)}\n`);
  if (base && files.base) await writeFile(files.base, `${JSON.stringify(benchmarksDocument(base), null, 2)}\n`);
  if (!result.head.some((r) => r.peakRssBytes !== undefined)) io.err('warning: peak RSS needs Linux /proc; only wall time was recorded\n');
  return { head, ...(base ? { base } : {}), files };
}

function failIfAnyRunFailed(runs: readonly RunSample[], side: string, argv: readonly string[]): void {
  const failed = runs.findIndex((r) => r.exitCode !== 0);
  if (failed === -1) return;
  throw new UsageError(`"${argv.join(' ')}" failed in ${side} run ${failed + 1} (exit ${String(runs[failed]?.exitCode)}): a failing command measures nothing useful.`);
}

export function describeMeasured(m: Measured): string {
  const line = (label: string, results: readonly BenchmarkResult[]) =>
    results.map((b) => `${label}${b.name}: median ${format(b)} over ${b.samples?.length ?? 1} runs`).join('\n');
  return `${line('', m.head)}${m.base ? `\n${line('base: ', m.base)}` : ''}\nwritten: ${m.files.head}${m.files.base ? `, ${m.files.base}` : ''}\n`;
}

function format(b: BenchmarkResult): string {
  return b.unit === 'B' ? bytes(b.value) : benchmarkValue(b.value, b.unit);
}
