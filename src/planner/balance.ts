/**
 * The balancing moves behind `planShards`, on typed arrays so 100,000 tests stay inside a
 * planning budget of 100 ms. Tests are indices into the caller's list, which `longestFirst`
 * orders by estimate (longest first) and then by key, so every tie below that falls back to the
 * lower index falls back to the key: the same input always gives the same plan. Shards are
 * 0-based here; the plan adds 1.
 */

export interface Assignment {
  /** Test index → shard. */
  readonly shardOf: Int32Array;
  /** Shard → estimated seconds. */
  readonly loads: Float64Array;
}

/** Moves and swaps that change loads by less than this share of the makespan are noise. */
const EPSILON = 1e-9;
/** The improvement pass stops this close to the lower bound (0.01%). */
const CLOSE_ENOUGH = 1e-4;

/** Below this many tests a comparator sort is cheaper than the radix passes' 64 Ki counters. */
const RADIX_FROM = 4096;

/**
 * The distinct tests, longest first, ties by key: indices into `keys`. A comparator sort of
 * 100,000 indices costs more than the rest of planning together, so large lists are first put in
 * order of their estimate rounded to single precision by a two-pass radix sort (linear, stable),
 * and only runs that round alike (2⁻²⁴ apart, or equal) are sorted by exact estimate and key.
 * Repeated keys have equal estimates, so they meet in such a run and are dropped there.
 */
export function longestFirst(est: Float64Array, keys: readonly string[]): Uint32Array {
  const n = est.length;
  const single = new Float32Array(n);
  single.set(est);
  const bits = new Uint32Array(single.buffer); // ≥ 0, so the bits order like the values
  const items = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    bits[i] = n < RADIX_FROM ? 0 : ~bits[i]! >>> 0; // descending; small lists: one run, sorted below
    items[i] = i;
  }
  const order = n < RADIX_FROM ? items : radixSort(bits, radixSort(bits, items, 0), 16);
  let count = 0;
  for (let p = 0; p < n; ) {
    let end = p + 1; // order[p..end) round alike
    while (end < n && bits[order[end]!] === bits[order[p]!]) end++;
    if (end - p === 1) order[count++] = order[p]!;
    else {
      const run = Array.from(order.subarray(p, end)).sort((a, b) => est[b]! - est[a]! || compareKeys(keys[a]!, keys[b]!));
      for (let r = 0; r < run.length; r++) if (r === 0 || keys[run[r]!] !== keys[run[r - 1]!]) order[count++] = run[r]!;
    }
    p = end;
  }
  return order.subarray(0, count);
}

/** One stable counting pass over 16 bits of `bits[i]`, starting at bit `shift`. */
function radixSort(bits: Uint32Array, items: Uint32Array, shift: number): Uint32Array {
  const counts = new Uint32Array(65537);
  for (let p = 0; p < items.length; p++) counts[((bits[items[p]!]! >>> shift) & 0xffff) + 1]!++;
  for (let d = 1; d < counts.length; d++) counts[d]! += counts[d - 1]!;
  const out = new Uint32Array(items.length);
  for (let p = 0; p < items.length; p++) {
    const i = items[p]!;
    out[counts[(bits[i]! >>> shift) & 0xffff]!++] = i;
  }
  return out;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Longest processing time first: each test, longest first (the caller's order), onto the
 * currently lightest shard (a heap; equal loads go to the shard with fewer tests, so zero-second
 * tests spread out and no shard is left empty, then by index). Tests already placed
 * (`shardOf[i] >= 0`) stay where they are and count toward their shard: that is how new tests
 * join a sticky plan.
 */
export function greedy(est: Float64Array, k: number, shardOf = new Int32Array(est.length).fill(-1)): Assignment {
  const loads = new Float64Array(k);
  const counts = new Int32Array(k);
  for (let i = 0; i < shardOf.length; i++) {
    if (shardOf[i]! < 0) continue;
    loads[shardOf[i]!]! += est[i]!;
    counts[shardOf[i]!]!++;
  }
  const heap = new Int32Array(k);
  for (let s = 0; s < k; s++) heap[s] = s;
  for (let s = (k >> 1) - 1; s >= 0; s--) siftDown(heap, loads, counts, s);
  for (let i = 0; i < shardOf.length; i++) {
    if (shardOf[i]! >= 0) continue;
    const s = heap[0]!;
    shardOf[i] = s;
    loads[s]! += est[i]!;
    counts[s]!++;
    siftDown(heap, loads, counts, 0);
  }
  return { shardOf, loads };
}

/** Moves the shard at `at` down to its place (the "hole" variant: one write per level). */
function siftDown(heap: Int32Array, loads: Float64Array, counts: Int32Array, at: number): void {
  const shard = heap[at]!;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= heap.length) break;
    if (child + 1 < heap.length && lighter(loads, counts, heap[child + 1]!, heap[child]!)) child++;
    if (!lighter(loads, counts, heap[child]!, shard)) break;
    heap[at] = heap[child]!;
    at = child;
  }
  heap[at] = shard;
}

function lighter(loads: Float64Array, counts: Int32Array, a: number, b: number): boolean {
  if (loads[a] !== loads[b]) return loads[a]! < loads[b]!;
  return counts[a] !== counts[b] ? counts[a]! < counts[b]! : a < b;
}

/**
 * A kept plan whose shard lost all its tests (and got no new ones) would run an empty job: give
 * each empty shard the largest test of the slowest shard that has two or more. Neither shard ends
 * above where the slowest was, so this never hurts the makespan.
 */
export function fillEmpty(est: Float64Array, a: Assignment): void {
  const counts = new Int32Array(a.loads.length);
  for (let i = 0; i < a.shardOf.length; i++) counts[a.shardOf[i]!]!++;
  if (!counts.includes(0)) return;
  const members = membersOf(a);
  for (let empty = 0; empty < members.length; empty++) {
    if (members[empty]!.length > 0) continue;
    let from = -1;
    for (let s = 0; s < members.length; s++) if (members[s]!.length > 1 && (from < 0 || a.loads[s]! > a.loads[from]!)) from = s;
    if (from < 0) return; // fewer tests than shards: the caller shrinks the count first
    const list = members[from]!;
    const out = list[list.length - 1]!;
    apply(est, a, members, from, empty, { out, delta: est[out]! });
  }
}

/** Shard members, each list by estimate ascending: the tests come longest first, so backwards. */
function membersOf(a: Assignment): number[][] {
  const members: number[][] = Array.from({ length: a.loads.length }, () => []);
  for (let i = a.shardOf.length - 1; i >= 0; i--) members[a.shardOf[i]!]!.push(i);
  return members;
}

export function slowest(loads: Float64Array): number {
  let best = 0;
  for (let s = 1; s < loads.length; s++) if (loads[s]! > loads[best]!) best = s;
  return best;
}

function lightest(loads: Float64Array): number {
  let best = 0;
  for (let s = 1; s < loads.length; s++) if (loads[s]! < loads[best]!) best = s;
  return best;
}

/** First position in `list` (ascending by est) whose estimate is ≥ `value` (> with `strict`). */
function lowerBound(est: Float64Array, list: readonly number[], value: number, strict = false): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const e = est[list[mid]!]!;
    if (e < value || (strict && e === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Step {
  /** The tests leaving the source shard and (for a swap) the one coming back. */
  readonly out: number;
  readonly back?: number;
  /** Seconds the source shard loses. */
  readonly delta: number;
}

function apply(est: Float64Array, a: Assignment, members: number[][], from: number, to: number, step: Step): void {
  const moveOne = (i: number, src: number, dst: number): void => {
    const list = members[src]!;
    list.splice(list.indexOf(i), 1);
    const target = members[dst]!;
    target.splice(lowerBound(est, target, est[i]!), 0, i);
    a.shardOf[i] = dst;
  };
  moveOne(step.out, from, to);
  if (step.back !== undefined) moveOne(step.back, to, from);
  a.loads[from]! -= step.delta;
  a.loads[to]! += step.delta;
}

/**
 * The move or swap between `from` and `to` whose load change is nearest `ideal`, among those with
 * a change strictly inside (0, `limit`). Moves are tried first and win ties, since they touch one
 * test instead of two.
 */
function bestStep(est: Float64Array, members: number[][], from: number, to: number, ideal: number, limit: number): Step | undefined {
  let best: Step | undefined;
  const consider = (step: Step): void => {
    if (step.delta <= 0 || step.delta >= limit) return;
    if (!best || Math.abs(step.delta - ideal) < Math.abs(best.delta - ideal)) best = step;
  };
  const src = members[from]!;
  const dst = members[to]!;
  const at = lowerBound(est, src, ideal);
  for (const p of [at - 1, at]) if (p >= 0 && p < src.length) consider({ out: src[p]!, delta: est[src[p]!]! });
  for (const out of src) {
    // the incoming test nearest est[out] − ideal keeps the swap's change nearest ideal
    const q = lowerBound(est, dst, est[out]! - ideal);
    for (const p of [q - 1, q]) if (p >= 0 && p < dst.length) consider({ out, back: dst[p]!, delta: est[out]! - est[dst[p]!]! });
  }
  return best;
}

/**
 * The improvement pass after greedy: while some move or swap between the slowest and the lightest
 * shard lowers the slowest, make the one that evens the pair best. Each step lowers the slowest
 * shard and leaves the lightest below where the slowest was, so the sorted loads fall and the
 * loop ends; `rounds` caps it anyway. It stops early within `CLOSE_ENOUGH` of the lower bound
 * max(total / k, largest): nothing can beat the bound, and the rest is far below timing noise.
 */
export function improve(est: Float64Array, a: Assignment, rounds = 4 * a.loads.length + 64): void {
  if (a.loads.length < 2) return;
  const floor = Math.max(a.loads.reduce((sum, load) => sum + load, 0) / a.loads.length, est.reduce((m, e) => Math.max(m, e), 0));
  if (a.loads[slowest(a.loads)]! <= floor * (1 + CLOSE_ENOUGH)) return;
  const members = membersOf(a);
  for (let r = 0; r < rounds; r++) {
    const from = slowest(a.loads);
    if (a.loads[from]! <= floor * (1 + CLOSE_ENOUGH)) return;
    const to = lightest(a.loads);
    const gap = a.loads[from]! - a.loads[to]!;
    if (gap <= EPSILON * a.loads[from]!) return;
    const step = bestStep(est, members, from, to, gap / 2, gap);
    if (!step || step.delta <= EPSILON * a.loads[from]!) return;
    apply(est, a, members, from, to, step);
  }
}

/**
 * Sticky repair: bring every shard to `target` or below with as few tests moved as possible.
 * From the slowest shard onto the lightest: one test that fixes the whole excess when one fits
 * (the smallest such, keeping the most room), else the largest that fits (it fixes the most),
 * else a swap that fits. False when no step fits: the caller replans from scratch.
 */
export function repair(est: Float64Array, a: Assignment, target: number): boolean {
  const slack = target * EPSILON;
  if (a.loads[slowest(a.loads)]! <= target + slack) return true;
  const members = membersOf(a);
  for (let r = 0; r <= a.shardOf.length; r++) {
    const from = slowest(a.loads);
    const excess = a.loads[from]! - target;
    if (excess <= slack) return true;
    const to = lightest(a.loads);
    if (to === from) return false;
    const step = repairStep(est, members[from]!, members[to]!, excess, target - a.loads[to]! + slack);
    if (!step) return false;
    apply(est, a, members, from, to, step);
  }
  return false;
}

function repairStep(est: Float64Array, src: readonly number[], dst: readonly number[], excess: number, room: number): Step | undefined {
  const fitting = lowerBound(est, src, room, true); // src[0 .. fitting) fit in the room
  const fixer = lowerBound(est, src, excess);
  if (fixer < fitting) return { out: src[fixer]!, delta: est[src[fixer]!]! };
  const largest = src[fitting - 1];
  if (largest !== undefined && est[largest]! > 0) return { out: largest, delta: est[largest]! };
  // nothing fits alone: swap a test for a smaller one from the lightest shard; per outgoing test
  // the incoming one that changes the most within the room; of those, the smallest change that
  // fixes the excess, else the largest change
  const better = (delta: number, than: number): boolean =>
    delta >= excess !== than >= excess ? delta >= excess : delta >= excess ? delta < than : delta > than;
  let best: Step | undefined;
  for (const out of src) {
    const back = dst[lowerBound(est, dst, est[out]! - room)]; // the smallest that keeps within room
    if (back === undefined) continue;
    const delta = est[out]! - est[back]!;
    if (delta > 0 && (!best || better(delta, best.delta))) best = { out, back, delta };
  }
  return best;
}
