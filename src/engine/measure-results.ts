import type { BenchmarkResult } from '../model/benchmarks.js';
import { median } from '../stats/median.js';

export interface MeasuredRun {
  readonly seconds: number;
  readonly peakRssBytes?: number;
}

/** Runs of one command become two benchmarks: wall time and peak memory, with every sample kept. */
export function measuredBenchmarks(name: string, runs: readonly MeasuredRun[]): BenchmarkResult[] {
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
