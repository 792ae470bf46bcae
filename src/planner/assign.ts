/**
 * `planShards`: estimates, the shard count, and the assignment. Without a usable previous plan:
 * greedy longest-first plus an improvement pass. With one of the same count: sticky (known tests
 * keep their shard, new ones fill the lightest), repaired by as few moves as bring the slowest
 * shard within `margin` of the lower bound, else replanned, the new shards numbered to overlap
 * the old ones most. Stale timings make a perfect split on paper worth little; keeping tests in
 * place keeps per-shard caches warm and the plan readable. On the corpus replay (median realised
 * makespan ÷ floor, mean share of tests moved per plan): margin 0 replans every time (1.030, 38%),
 * 0.01 gives 1.031 / 2.7%, 0.03 gives 1.037 / 2.0% and 0.05 gives 1.052 / 0.9%.
 */
import { fillEmpty, greedy, improve, longestFirst, repair, slowest, type Assignment } from './balance.js';
import { storedSeconds } from '../model/format.js';
import { estimateArrays, SOURCES, type EstimateOptions } from './estimate.js';
import type { AutoShards, Plan, PlanInput, PlannedShard, ShardChoice } from './types.js';

export const DEFAULT_MARGIN = 0.03;
/** GitHub runs at most 256 jobs per matrix. */
export const MAX_SHARDS = 256;
const UNMATCHED_LISTED = 20;
/** Float slack for comparisons of summed seconds. */
const EPS = 1e-9;

/**
 * The distinct tests, longest estimate first (ties by key), with their estimates; every index
 * below points into these arrays, so "lower index" breaks every tie the same way.
 */
interface Work {
  readonly keys: readonly string[];
  readonly est: Float64Array;
  /** Whether the estimate came from timings of the test itself. */
  readonly timed: Uint8Array;
  readonly total: number;
  readonly largest: number;
  /** Test index → the previous plan's 0-based shard, or −1. */
  readonly previous?: Int32Array;
  readonly previousCount: number;
  readonly margin: number;
}

interface Placed {
  readonly assignment: Assignment;
  readonly sticky: boolean;
}

export interface PlanOptions {
  /** The estimator's knobs; the defaults are the benchmark's choice (`bench/planner.mjs --sweep`). */
  readonly estimate?: EstimateOptions;
}

export function planShards(input: PlanInput, options: PlanOptions = {}): Plan {
  const margin = input.margin ?? DEFAULT_MARGIN;
  if (!(margin >= 0 && Number.isFinite(margin))) throw new RangeError(`margin must be a finite number ≥ 0, got ${margin}`);
  const work = prepare(input, margin, options.estimate);
  if (typeof input.shards === 'number') {
    const k = checkCount('shards', input.shards, Number.MAX_SAFE_INTEGER);
    const placed = place(work, Math.min(k, work.keys.length), Infinity);
    return toPlan(work, placed);
  }
  return planAuto(work, input.shards);
}

function prepare(input: PlanInput, margin: number, estimate?: EstimateOptions): Work {
  const raw = estimateArrays(input.tests, input.history, estimate);
  const order = longestFirst(raw.seconds, input.tests);
  const n = order.length;
  const keys = new Array<string>(n);
  const est = new Float64Array(n);
  const timed = new Uint8Array(n);
  const history = SOURCES.indexOf('history');
  let total = 0;
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    keys[p] = input.tests[i]!;
    est[p] = raw.seconds[i]!;
    timed[p] = raw.source[i] === history ? 1 : 0;
    total += est[p]!;
  }
  const prev = input.previous;
  const previousCount = prev && Number.isInteger(prev.shards) && prev.shards > 0 ? prev.shards : 0;
  let previous: Int32Array | undefined;
  if (prev && previousCount > 0) {
    previous = new Int32Array(keys.length).fill(-1);
    for (let i = 0; i < n; i++) {
      const index = prev.assignment.get(keys[i]!);
      if (index !== undefined && Number.isInteger(index) && index >= 1 && index <= previousCount) previous[i] = index - 1;
    }
  }
  return { keys, est, timed, total, largest: est[0] ?? 0, previous, previousCount, margin };
}

function checkCount(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new RangeError(`${name} must be a whole number from 1 to ${max}, got ${value}`);
  return value;
}

/** max(total / k, largest): no plan can beat it. */
function floorOf(work: Work, k: number): number {
  return k === 0 ? 0 : Math.max(work.total / k, work.largest);
}

/** Greedy plus improvement, from nothing. */
function fresh(work: Work, k: number): Assignment {
  const assignment = greedy(work.est, k);
  improve(work.est, assignment);
  return assignment;
}

/**
 * The assignment for `k` shards: sticky when the previous plan has `k` shards and knows at least
 * one of the tests, and repair reaches the smaller of (1 + margin) × floor and `limit` (auto's
 * budget); otherwise fresh, its shards renamed to overlap the previous plan most.
 */
function place(work: Work, k: number, limit: number): Placed {
  if (k === 0) return { assignment: { shardOf: new Int32Array(0), loads: new Float64Array(0) }, sticky: false };
  const prev = work.previous;
  if (prev && work.previousCount === k && prev.some((s) => s >= 0)) {
    const kept = greedy(work.est, k, Int32Array.from(prev));
    fillEmpty(work.est, kept);
    if (repair(work.est, kept, Math.min((1 + work.margin) * floorOf(work, k), limit))) return { assignment: kept, sticky: true };
  }
  const assignment = fresh(work, k);
  if (prev) relabel(assignment, prev, work.previousCount);
  return { assignment, sticky: false };
}

/**
 * Renames the shards of a fresh plan so each keeps as many tests as possible where the previous
 * plan had them (greedy on overlap, ties by shard index): a replan then moves only the tests it
 * must, and caches keyed by shard stay warm.
 */
export function relabel(a: Assignment, previous: Int32Array, previousCount: number): void {
  const k = a.loads.length;
  const overlap = new Map<number, number>(); // new shard × previousCount + old shard → tests
  for (let i = 0; i < previous.length; i++) {
    const old = previous[i]!;
    if (old < 0 || old >= k) continue; // a label this plan does not have cannot be kept
    const pair = a.shardOf[i]! * previousCount + old;
    overlap.set(pair, (overlap.get(pair) ?? 0) + 1);
  }
  const pairs = [...overlap.keys()].sort((x, y) => overlap.get(y)! - overlap.get(x)! || x - y);
  const label = new Int32Array(k).fill(-1);
  const taken = new Uint8Array(k);
  for (const pair of pairs) {
    const [s, old] = [Math.floor(pair / previousCount), pair % previousCount];
    if (label[s] === -1 && !taken[old]) [label[s], taken[old]] = [old, 1];
  }
  let free = 0;
  for (let s = 0; s < k; s++) {
    if (label[s] !== -1) continue;
    while (taken[free]) free++;
    [label[s], taken[free]] = [free, 1];
  }
  const loads = Float64Array.from(a.loads);
  for (let s = 0; s < k; s++) a.loads[label[s]!] = loads[s]!;
  for (let i = 0; i < a.shardOf.length; i++) a.shardOf[i] = label[a.shardOf[i]!]!;
}

/**
 * Auto: the fewest shards whose slowest fresh shard plus overhead meets the target. The count
 * needs at least total ÷ budget shards and cannot help when the largest test alone exceeds the
 * budget; between those, a binary search (the fresh makespan falls as shards are added, up to
 * greedy's small wobbles).
 *
 * When even `maxShards` misses the target, more shards are not better by themselves: one long
 * test bounds the wall time however many jobs there are, and every extra job bills its overhead.
 * Then the count is the fewest whose wall time is within `NEAR_BEST` of the best one reachable
 * (the wall time at `maxShards`), found by the same search with that as the budget.
 */
function planAuto(work: Work, auto: AutoShards): Plan {
  const max = Math.min(checkCount('maxShards', auto.maxShards, MAX_SHARDS), work.keys.length);
  if (!(auto.targetSeconds > 0) || !(auto.overheadSeconds >= 0) || !Number.isFinite(auto.targetSeconds + auto.overheadSeconds)) {
    throw new RangeError(`targetSeconds must be > 0 and overheadSeconds ≥ 0, got ${auto.targetSeconds} and ${auto.overheadSeconds}`);
  }
  if (work.keys.length === 0) return { ...toPlan(work, place(work, 0, Infinity)), choices: [], targetMet: true };
  const memo = new Map<number, Float64Array>();
  const loadsFor = (k: number): Float64Array => {
    if (!memo.has(k)) memo.set(k, fresh(work, k).loads);
    return memo.get(k)!;
  };
  const target = auto.targetSeconds - auto.overheadSeconds;
  const feasible = target >= 0 && work.largest <= target && Math.ceil(work.total / target - EPS) <= max && maxOf(loadsFor(max)) <= target;
  const budget = feasible ? target : nearBest(maxOf(loadsFor(max)), auto.overheadSeconds);
  const k = fewestWithin(work, budget, max, (c) => maxOf(loadsFor(c)) <= budget);
  const placed = place(work, k, budget);
  const plan = toPlan(work, placed);
  const counts = new Set<number>();
  for (let c = Math.max(1, k - 2); c <= Math.min(max, k + 2); c++) counts.add(c);
  if (!feasible) counts.add(max); // what the most shards would cost for (almost) the same wall time
  const choices = [...counts].map((c) => choice(c === k ? placed.assignment.loads : loadsFor(c), auto.overheadSeconds));
  return { ...plan, choices, targetMet: feasible };
}

/**
 * How far above the best reachable wall time a shard count may end, as a share of that wall
 * time. Estimates rest on past runs that vary ±5% on shared runners, so a 2% difference cannot be
 * told from noise, while each extra job bills at least its overhead, rounded up to a minute.
 */
export const NEAR_BEST = 0.02;

/** The makespan budget that keeps the wall time (makespan + overhead) within `NEAR_BEST` of the best. */
function nearBest(bestMakespan: number, overhead: number): number {
  return bestMakespan + NEAR_BEST * (bestMakespan + overhead);
}

/** The fewest shards from ⌈total ÷ budget⌉ to `max` that `meets` the budget (binary search; `max` meets it). */
function fewestWithin(work: Work, budget: number, max: number, meets: (k: number) => boolean): number {
  let lo = work.total > 0 ? Math.min(max, Math.max(1, Math.ceil(work.total / budget - EPS))) : 1;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (meets(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function choice(loads: Float64Array, overhead: number): ShardChoice {
  let billed = 0;
  for (const load of loads) billed += Math.ceil((load + overhead) / 60 - EPS);
  return { shards: loads.length, wallSeconds: storedSeconds(maxOf(loads) + overhead), billedMinutes: billed };
}

function maxOf(loads: Float64Array): number {
  return loads.length === 0 ? 0 : loads[slowest(loads)]!;
}

function toPlan(work: Work, placed: Placed): Plan {
  const { shardOf, loads } = placed.assignment;
  const k = loads.length;
  const lists: string[][] = Array.from({ length: k }, () => []);
  let moved = 0;
  work.keys.forEach((key, i) => {
    // longest first, so a runner that parallelises inside the shard (jest workers, xdist) starts
    // the long tests first and does not end on one
    lists[shardOf[i]!]!.push(key);
    const before = work.previous?.[i] ?? -1;
    if (before >= 0 && before !== shardOf[i]) moved++;
  });
  const shards: PlannedShard[] = lists.map((tests, s) => ({ index: s + 1, tests, estimatedSeconds: loads[s]! }));
  const makespan = maxOf(loads);
  return {
    shards,
    floorSeconds: floorOf(work, k),
    makespanSeconds: makespan,
    efficiency: makespan > 0 ? work.total / (k * makespan) : 1,
    totalSeconds: work.total,
    ...matching(work),
    moved,
    sticky: placed.sticky
  };
}

/** How much of the plan rests on timings, and the tests it had to guess (largest first). */
function matching(work: Work): Pick<Plan, 'matchedShare' | 'matchedTimeShare' | 'unmatched' | 'newTests'> {
  let matched = 0;
  let matchedSeconds = 0;
  const guessed: number[] = [];
  for (let i = 0; i < work.keys.length; i++) {
    if (work.timed[i]) {
      matched++;
      matchedSeconds += work.est[i]!;
    } else guessed.push(i); // in plan order: largest estimate first
  }
  const n = work.keys.length;
  return {
    matchedShare: n === 0 ? 1 : matched / n,
    matchedTimeShare: work.total > 0 ? matchedSeconds / work.total : n === 0 ? 1 : matched / n,
    unmatched: guessed.slice(0, UNMATCHED_LISTED).map((i) => work.keys[i]!),
    newTests: guessed.length
  };
}
