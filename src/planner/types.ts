/**
 * The shard planner's data. Pure: the shell lists the tests and loads the timings; the planner
 * estimates, picks the shard count and assigns, and returns the plan as data.
 */

/** One run's (or one imported file version's) seconds per test key, at the plan's granularity. */
export type TimingSnapshot = ReadonlyMap<string, number>;

export interface PreviousPlan {
  readonly shards: number;
  /** Test key → 1-based shard index. */
  readonly assignment: ReadonlyMap<string, number>;
}

export interface AutoShards {
  /** The wall time one shard job should stay under, overhead included. */
  readonly targetSeconds: number;
  /** Per job: runner start, checkout, install. */
  readonly overheadSeconds: number;
  /** At most this many shards (GitHub allows 256 jobs per matrix). */
  readonly maxShards: number;
}

export interface PlanInput {
  /** The tests to run, as normalised keys (repo-relative files, or `file::case` ids). */
  readonly tests: readonly string[];
  /** Timings, oldest first. */
  readonly history: readonly TimingSnapshot[];
  readonly previous?: PreviousPlan;
  readonly shards: number | AutoShards;
  /** Keep previous shards unless the plan would exceed the lower bound by more than this (0.03 = 3%). */
  readonly margin?: number;
}

export type EstimateSource = 'history' | 'file' | 'folder' | 'suite' | 'default';

export interface Estimate {
  readonly seconds: number;
  readonly source: EstimateSource;
}

export interface PlannedShard {
  /** 1-based. */
  readonly index: number;
  readonly tests: readonly string[];
  readonly estimatedSeconds: number;
}

export interface ShardChoice {
  readonly shards: number;
  /** Slowest shard plus overhead. */
  readonly wallSeconds: number;
  /** Each job rounded up to a whole minute, as GitHub bills. */
  readonly billedMinutes: number;
}

export interface Plan {
  readonly shards: readonly PlannedShard[];
  /** Lower bound on the slowest shard: max(total / k, largest test). */
  readonly floorSeconds: number;
  readonly makespanSeconds: number;
  /** Sum of shard estimates ÷ (k × slowest shard). */
  readonly efficiency: number;
  readonly totalSeconds: number;
  /** Share of tests with timings (0..1). */
  readonly matchedShare: number;
  /** Share of estimated time that comes from tests with timings (0..1). */
  readonly matchedTimeShare: number;
  /** Tests without timings, largest estimate first (at most 20). */
  readonly unmatched: readonly string[];
  readonly newTests: number;
  /** Tests that changed shard since the previous plan (0 without one). */
  readonly moved: number;
  /** Whether the previous plan's assignment was kept (with repairs) or replaced. */
  readonly sticky: boolean;
  /** With auto: the chosen count and its neighbours. */
  readonly choices?: readonly ShardChoice[];
  /** With auto: false when even maxShards cannot meet the target. */
  readonly targetMet?: boolean;
}
