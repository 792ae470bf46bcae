import path from 'node:path';
import { boundedNumber, wholeNumber, type Namer } from '../config/values.js';
import { benchmarksDocument } from '../ingest/formats/benchmarks/pipeline-gates-bench.js';
import type { BenchmarkResult } from '../model/benchmarks.js';
import { UsageError } from '../model/problems.js';
import { benchmarkValue, bytes } from '../model/format.js';
import { median } from '../stats/median.js';

/**
 * The measure command (`pipeline-gates measure -- CMD`, and the gate's `measure:` block): run a
 * command N times, base and head alternating ABBA when a base checkout is given, and write wall
 * time and peak RSS as benchmark files that `compare` and the gate read. The shell runs the
 * command once per call (`MeasureIo.run`); the schedule and the results are decided here.
 */

/** One run of the command. */
export interface RunSample {
  readonly seconds: number;
  /** Bytes; undefined where /proc is not available. */
  readonly peakRssBytes?: number;
  readonly exitCode: number | null;
}

export interface MeasureOptionsText {
  readonly runs?: string;
  readonly warmup?: string;
  readonly 'base-dir'?: string;
  readonly name?: string;
  readonly out?: string;
}

export interface MeasureSettings {
  readonly argv: readonly string[];
  readonly runs: number;
  readonly warmup: number;
  readonly baseDir?: string;
  readonly name: string;
  readonly out: string;
}

export function measureSettings(o: MeasureOptionsText, argv: readonly string[], name: Namer): MeasureSettings {
  if (argv.length === 0) throw new UsageError('measure needs the command after "--", e.g. pipeline-gates measure --runs 10 -- node -e "import(\'./dist/index.js\')".');
  return {
    argv,
    runs: boundedNumber(o.runs, name('runs'), 1, Number.MAX_SAFE_INTEGER, 'at least 1') ?? 10,
    warmup: wholeNumber(o.warmup, name('warmup')) ?? 1,
    ...(o['base-dir'] ? { baseDir: o['base-dir'] } : {}),
    name: o.name || 'command',
    out: o.out || '.pipeline-gates/measure'
  };
}

export interface MeasureIo {
  /** Runs the command once: in the base checkout for `base`, else in the working directory. */
  run(argv: readonly string[], side: 'head' | 'base'): Promise<RunSample>;
  writeFile(file: string, text: string): Promise<void>;
}

export interface Measured {
  readonly head: BenchmarkResult[];
  readonly base?: BenchmarkResult[];
  readonly files: { readonly head: string; readonly base?: string };
  readonly warnings: readonly string[];
}

export async function runMeasureJob(s: MeasureSettings, io: MeasureIo): Promise<Measured> {
  const runs = await abba(s, io);
  failIfAnyRunFailed(runs.head, 'head', s.argv);
  failIfAnyRunFailed(runs.base, 'base', s.argv);
  const head = measuredBenchmarks(s.name, runs.head);
  const base = s.baseDir ? measuredBenchmarks(s.name, runs.base) : undefined;
  const files = { head: path.join(s.out, 'head.json'), ...(base ? { base: path.join(s.out, 'base.json') } : {}) };
  await io.writeFile(files.head, `${JSON.stringify(benchmarksDocument(head), null, 2)}\n`);
  if (base && files.base) await io.writeFile(files.base, `${JSON.stringify(benchmarksDocument(base), null, 2)}\n`);
  const warnings = runs.head.some((r) => r.peakRssBytes !== undefined) ? [] : ['peak RSS needs Linux /proc; only wall time was recorded'];
  return { head, ...(base ? { base } : {}), files, warnings };
}

/**
 * Base and head alternate in ABBA order (A B B A A B B A …) so a drift in the machine's speed
 * during the job hits both equally; warm-up runs of each come first and are discarded.
 */
async function abba(s: MeasureSettings, io: MeasureIo): Promise<{ head: RunSample[]; base: RunSample[] }> {
  for (let i = 0; i < s.warmup; i++) {
    if (s.baseDir) await io.run(s.argv, 'base');
    await io.run(s.argv, 'head');
  }
  const head: RunSample[] = [];
  const base: RunSample[] = [];
  for (let i = 0; i < s.runs; i++) {
    const baseFirst = i % 2 === 0;
    if (s.baseDir && baseFirst) base.push(await io.run(s.argv, 'base'));
    head.push(await io.run(s.argv, 'head'));
    if (s.baseDir && !baseFirst) base.push(await io.run(s.argv, 'base'));
  }
  return { head, base };
}

function failIfAnyRunFailed(runs: readonly RunSample[], side: string, argv: readonly string[]): void {
  const failed = runs.findIndex((r) => r.exitCode !== 0);
  if (failed === -1) return;
  throw new UsageError(`"${argv.join(' ')}" failed in ${side} run ${failed + 1} (exit ${String(runs[failed]?.exitCode)}): a failing command measures nothing useful.`);
}

/** Runs of one command become two benchmarks: wall time and peak memory, with every sample kept. */
export function measuredBenchmarks(name: string, runs: readonly Pick<RunSample, 'seconds' | 'peakRssBytes'>[]): BenchmarkResult[] {
  const seconds = runs.map((r) => r.seconds);
  const out: BenchmarkResult[] = [result(`${name} wall time`, seconds, 's', 's')];
  const rss = runs.map((r) => r.peakRssBytes).filter((b): b is number => b !== undefined);
  if (rss.length === runs.length && rss.length > 0) out.push(result(`${name} peak RSS`, rss, 'B', 'B'));
  return out;
}

function result(name: string, samples: number[], unit: string, base: 's' | 'B'): BenchmarkResult {
  const value = median(samples);
  return { name, value, unit, direction: 'smaller-is-better', samples, normalized: { unit: base, value, samples } };
}

/** Two lines a person reads: the median of each benchmark, and where the files went. */
export function describeMeasured(m: Measured): string {
  const line = (label: string, results: readonly BenchmarkResult[]) => results.map((b) => `${label}${b.name}: median ${format(b)} over ${b.samples?.length ?? 1} runs`).join('\n');
  return `${line('', m.head)}${m.base ? `\n${line('base: ', m.base)}` : ''}\nwritten: ${m.files.head}${m.files.base ? `, ${m.files.base}` : ''}\n`;
}

function format(b: BenchmarkResult): string {
  return b.unit === 'B' ? bytes(b.value) : benchmarkValue(b.value, b.unit);
}
