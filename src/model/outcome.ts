import type { PerformanceEvaluation } from '../gates/performance-gate.js';
import type { ContainerScan } from '../pipeline/container-gate.js';
import type { PipelineMetrics } from '../pipeline/metrics.js';
import type { BenchmarkResult, BetterDirection } from './benchmarks.js';
import type { CoverageReport } from './coverage.js';
import type { Finding } from './findings.js';
import type { TimingHistory } from './history.js';
import type { Metric } from './metrics.js';
import type { Problem } from './problems.js';
import type { TestSummary } from './test-summary.js';
import type { Verdict } from './verdict.js';

/**
 * What the gate job found: the verdict and everything read to reach it. The engine produces it
 * (src/engine/gate-job.ts); the renderers in src/report/ and the shells read it, so it lives here,
 * below both.
 */
export interface GateOutcome {
  readonly verdict: Verdict;
  readonly tests: TestSummary;
  /** Reports that could not be read, located. */
  readonly problems: readonly Problem[];
  /** Report files read, with the format each was read as. */
  readonly files: readonly { readonly file: string; readonly format: string }[];
  readonly unmatchedPatterns: readonly string[];
  /** The history as restored before this run (the base for comparisons). */
  readonly previous?: TimingHistory;
  readonly historySource?: string;
  readonly warnings: readonly string[];
  /** Realised shard times when this run was split by a pinned plan. */
  readonly shards?: ShardBalance;
  readonly coverage?: CoverageReport;
  readonly findings: readonly Finding[];
  readonly metrics: readonly Metric[];
  readonly benchmarks: readonly BenchmarkResult[];
  readonly performance?: PerformanceEvaluation;
  /** Where benchmark levels moved over the recorded history (only when change points were searched). */
  readonly levelShifts?: readonly LevelShift[];
  /** Trends of the regressed and shifted benchmarks, for charts beside their rows. */
  readonly trends?: readonly BenchmarkTrend[];
  readonly pipeline?: PipelineMetrics;
  readonly containers?: ContainerScan;
}

export interface RealisedShard {
  readonly index: number;
  readonly estimatedSeconds: number;
  /** Sum of this run's reported times for the shard's tests (process start-up not included). */
  readonly realisedSeconds: number;
  /** Tests of the shard that reported a time. */
  readonly reported: number;
  readonly tests: number;
}

export interface ShardBalance {
  readonly shards: readonly RealisedShard[];
  /** Σ realised ÷ (k × slowest): 1 means perfectly even shards. */
  readonly efficiency: number;
  readonly slowestSeconds: number;
}

/**
 * A benchmark's level over the recorded default-branch runs, one value per run (the median of its
 * samples), oldest first, with this run's value last. It feeds two things: the change-point search
 * after a merge, and the trend chart beside a regressed benchmark.
 */
export interface BenchmarkTrend {
  readonly name: string;
  readonly unit: string;
  readonly direction: BetterDirection;
  readonly points: readonly TrendPoint[];
}

export interface TrendPoint {
  readonly sha: string;
  readonly runId: string;
  readonly value: number;
  /** True for the run being reported (not yet in the history). */
  readonly current?: boolean;
}

/**
 * Where a benchmark's level moved: between `from` (last run at the old level) and `to` (first at the
 * new). A bump is a move that came back: `back` says where (its own from/to), and the level after it.
 */
export interface LevelShift {
  readonly kind: 'shift' | 'bump';
  readonly name: string;
  readonly unit: string;
  readonly from: { readonly sha: string; readonly runId: string };
  readonly to: { readonly sha: string; readonly runId: string };
  readonly before: number;
  readonly after: number;
  /** after ÷ before − 1. */
  readonly change: number;
  readonly pValue: number;
  /** The move is in the bad direction for this benchmark (slower, or less throughput). */
  readonly worse: boolean;
  /** Runs recorded since the level moved, this one included: 1 means this very run moved it. */
  readonly runsSince: number;
  readonly back?: {
    readonly from: { readonly sha: string; readonly runId: string };
    readonly to: { readonly sha: string; readonly runId: string };
    /** The level after the bump. */
    readonly after: number;
    readonly pValue: number;
    /** Runs at the bump's level. */
    readonly runs: number;
  };
}
