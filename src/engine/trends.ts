import type { BenchmarkResult } from '../model/benchmarks.js';
import type { BenchmarkTrend, LevelShift, TrendPoint } from '../model/outcome.js';
import type { TimingHistory } from '../model/history.js';
import { seriesOf } from '../gates/performance-gate.js';
import { bumps, eDivisive, type ChangePoint } from '../stats/change-point.js';
import { median } from '../stats/median.js';

export interface CurrentRun {
  readonly sha: string;
  readonly runId: string;
}

/**
 * Trends of the named benchmarks (all when `names` is absent). A past run whose stored unit differs
 * from the current one is left out rather than mixed in: a unit change is not a level change.
 */
export function benchmarkTrends(history: TimingHistory | undefined, head: readonly BenchmarkResult[], current?: CurrentRun, names?: ReadonlySet<string>): BenchmarkTrend[] {
  const now = seriesOf(head);
  const past = (history?.runs ?? []).filter((r) => r.benchmarks);
  const wanted = names ?? new Set([...now.keys(), ...past.flatMap((r) => Object.keys(r.benchmarks ?? {}))]);
  const out: BenchmarkTrend[] = [];
  for (const name of wanted) {
    const here = now.get(name);
    const stored = past.map((r) => ({ run: r, b: r.benchmarks?.[name] })).filter((x) => x.b && x.b.samples.length > 0);
    const unit = here?.unit ?? stored.at(-1)?.b?.unit;
    const direction = here?.direction ?? stored.at(-1)?.b?.direction;
    if (!unit || !direction) continue;
    const points: TrendPoint[] = stored.filter((x) => x.b?.unit === unit).map((x) => ({ sha: x.run.sha, runId: x.run.runId, value: median(x.b?.samples ?? []) }));
    if (here && current && here.values.length) points.push({ sha: current.sha, runId: current.runId, value: median(here.values), current: true });
    if (points.length) out.push({ name, unit, direction, points });
  }
  return out;
}

export interface LevelShiftOptions {
  /** Fewest runs on each side of a move (default 5). */
  readonly minRuns?: number;
  /** Smallest relative move of the median level reported (default 0.05). */
  readonly minChange?: number;
  /** Largest permutation p-value that counts (default 0.01: hundreds of benchmarks are searched). */
  readonly significance?: number;
  /** Benchmarks searched at most, in the order given (default 200): bounds the job's cost. */
  readonly maxBenchmarks?: number;
  /** Newest runs searched per benchmark (default 100): bounds the cost and keeps old runner eras out. */
  readonly window?: number;
}

/**
 * E-divisive change points over each trend (see stats/change-point.ts), as commit ranges. Every
 * benchmark gets its own fixed seed (derived from its name), so a re-run finds the same moves.
 */
export function levelShifts(trends: readonly BenchmarkTrend[], options: LevelShiftOptions = {}): LevelShift[] {
  const minRuns = options.minRuns ?? 5;
  const out: LevelShift[] = [];
  for (const t of trends.slice(0, options.maxBenchmarks ?? 200)) {
    const points = t.points.slice(-(options.window ?? 100));
    if (points.length < 2 * minRuns) continue;
    const values = points.map((p) => p.value);
    const found = eDivisive(values, { minSize: minRuns, minMagnitude: options.minChange ?? 0.05, significance: options.significance ?? 0.01, seed: seedOf(t.name) });
    const paired = bumps(found, options.minChange ?? 0.05);
    const ends = new Set(paired.map((b) => b.down));
    for (const cp of found) {
      if (ends.has(cp)) continue;
      const bump = paired.find((b) => b.up === cp);
      const shift = shiftAt(t, points, cp);
      if (!shift) continue;
      const back = bump ? { ...around(points, bump.down.index)!, after: bump.down.after, pValue: bump.down.pValue, runs: bump.down.index - cp.index } : undefined;
      out.push(back ? { ...shift, kind: 'bump', back } : shift);
    }
  }
  // Newest moves first: they are the ones a reader has not seen in an earlier report.
  return out.sort((a, b) => a.runsSince - b.runsSince || Math.abs(b.change) - Math.abs(a.change));
}

/** The commits either side of index: the last run at the old level and the first at the new. */
function around(points: readonly TrendPoint[], index: number) {
  const from = points[index - 1];
  const to = points[index];
  return from && to ? { from: { sha: from.sha, runId: from.runId }, to: { sha: to.sha, runId: to.runId } } : undefined;
}

function shiftAt(t: BenchmarkTrend, points: readonly TrendPoint[], cp: ChangePoint): LevelShift | undefined {
  const range = around(points, cp.index);
  if (!range) return undefined;
  const worse = t.direction === 'smaller-is-better' ? cp.change > 0 : cp.change < 0;
  return { kind: 'shift', name: t.name, unit: t.unit, ...range, before: cp.before, after: cp.after, change: cp.change, pValue: cp.pValue, worse, runsSince: points.length - cp.index };
}

/** FNV-1a of the name: a stable, well-spread seed per benchmark. */
function seedOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
