/**
 * The max-Q̂ search of E-divisive (change-point.ts): for a segment Z_1..Z_L and a split at τ,
 *   Q̂(τ) = (nm/L) · [ (2/(nm)) Σ|X_i − Y_j|^α − C(n,2)⁻¹ Σ|X_i − X_k|^α − C(m,2)⁻¹ Σ|Y_j − Y_k|^α ],
 * X = Z_1..Z_τ, Y = the rest, maximised over minSize ≤ τ ≤ L − minSize.
 *
 * For α = 1 all the sums come from before[k] = Σ_{i<k} |x_k − x_i| and after[k] = Σ_{j>k} |x_k − x_j|,
 * and before[k] is one Fenwick-tree sweep over the ranks (x_k·#below − Σbelow + Σabove − x_k·#above):
 * O(L log L) per search instead of O(L²). Over a whole segment after[k] = S(x_k) − before[k], with
 * S(x) = Σ_j |x − x_j| depending on the value only, so one sweep does. Other α keep the O(L²) sums.
 *
 * A permutation only reorders the values, so a segment is sorted once and a permutation is a
 * shuffled array of ranks: no sorting per draw, and the buffers are reused.
 */

export interface Split {
  readonly tau: number;
  readonly q: number;
}

export class SplitSearch {
  private readonly sorted: Float64Array;
  /** S(x_r) for the value of rank r: its distance sum to the whole segment. */
  private readonly total: Float64Array;
  private readonly count: Float64Array;
  private readonly sum: Float64Array;
  private readonly before: Float64Array;
  private readonly after: Float64Array;

  constructor(values: ArrayLike<number>, private readonly minSize: number, private readonly alpha = 1) {
    const L = values.length;
    const sorted = Float64Array.from(values).sort();
    this.sorted = sorted;
    this.total = new Float64Array(L);
    let all = 0;
    for (let r = 0; r < L; r++) all += sorted[r]!;
    let below = 0;
    for (let r = 0; r < L; r++) {
      const x = sorted[r]!;
      this.total[r] = x * r - below + (all - below - x) - x * (L - 1 - r);
      below += x;
    }
    this.count = new Float64Array(L + 1);
    this.sum = new Float64Array(L + 1);
    this.before = new Float64Array(L);
    this.after = new Float64Array(L);
  }

  /** Ranks (0-based positions in the sorted segment) of `values` in their order; ties get distinct ranks. */
  static ranksOf(values: ArrayLike<number>): Int32Array {
    const order = Int32Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
    const rank = new Int32Array(values.length);
    order.forEach((i, r) => (rank[i] = r));
    return rank;
  }

  /** The best split of rank[from..to) (τ counted from `from`), or undefined when too short. */
  best(rank: Int32Array, from = 0, to = rank.length): Split | undefined {
    const L = to - from;
    if (L < 2 * this.minSize) return undefined;
    const before = this.before.subarray(from, to);
    const after = this.after.subarray(from, to);
    if (this.alpha !== 1) this.quadratic(rank, from, to);
    else if (L === rank.length) {
      this.sweep(rank, this.before, 0, L, 1);
      for (let k = 0; k < L; k++) this.after[k] = this.total[rank[k]!]! - this.before[k]!;
    } else {
      this.sweep(rank, this.before, from, to, 1);
      this.sweep(rank, this.after, to - 1, from - 1, -1);
    }
    return splitFromSums(before, after, this.minSize);
  }

  /**
   * out[k] = Σ |x_k − x_i| over the i visited before k, by Fenwick trees of counts and sums over
   * ranks. The trees are zero on entry and left zero (the visited paths are cleared, not the whole
   * tree: a short window of a long segment costs its own length).
   */
  private sweep(rank: Int32Array, out: Float64Array, from: number, to: number, step: number): void {
    const size = this.count.length - 1;
    const { count, sum, sorted } = this;
    let seen = 0;
    let seenSum = 0;
    for (let k = from; k !== to; k += step) {
      const r0 = rank[k]!;
      const x = sorted[r0]!;
      let below = 0;
      let belowSum = 0;
      for (let r = r0; r > 0; r -= r & -r) {
        below += count[r]!;
        belowSum += sum[r]!;
      }
      out[k] = x * below - belowSum + (seenSum - belowSum) - x * (seen - below);
      for (let r = r0 + 1; r <= size; r += r & -r) {
        count[r]! += 1;
        sum[r]! += x;
      }
      seen++;
      seenSum += x;
    }
    for (let k = from; k !== to; k += step) {
      for (let r = rank[k]! + 1; r <= size && count[r] !== 0; r += r & -r) {
        count[r] = 0;
        sum[r] = 0;
      }
    }
  }

  /** The same sums by the definition, for α ≠ 1. */
  private quadratic(rank: Int32Array, from: number, to: number): void {
    const { before, after, sorted, alpha } = this;
    before.fill(0, from, to);
    after.fill(0, from, to);
    for (let i = from; i < to; i++) {
      for (let j = i + 1; j < to; j++) {
        const d = Math.abs(sorted[rank[i]!]! - sorted[rank[j]!]!) ** alpha;
        after[i]! += d;
        before[j]! += d;
      }
    }
  }
}

/** The sweep over τ from before[k] = Σ_{i<k} d(i, k) and after[k] = Σ_{j>k} d(k, j). */
function splitFromSums(before: Float64Array, after: Float64Array, minSize: number): Split | undefined {
  const L = before.length;
  let total = 0;
  for (let k = 0; k < L; k++) total += before[k]!;
  // Move points one by one from Y to X: within-X, cross and within-Y sums update in O(1).
  let within = 0;
  let cross = 0;
  let rest = total;
  let best: Split | undefined;
  for (let k = 0; k < L - minSize; k++) {
    within += before[k]!;
    cross += after[k]! - before[k]!;
    rest -= after[k]!;
    const n = k + 1;
    const m = L - n;
    if (n < minSize) continue;
    const energy = (2 * cross) / (n * m) - within / ((n * (n - 1)) / 2) - rest / ((m * (m - 1)) / 2);
    const q = ((n * m) / L) * energy;
    if (!best || q > best.q) best = { tau: n, q };
  }
  return best;
}

/** argmax_τ Q̂(τ) over minSize ≤ τ ≤ L − minSize, or undefined when the segment is too short. */
export function bestSplit(values: ArrayLike<number>, minSize: number, alpha = 1): Split | undefined {
  if (values.length < 2 * minSize) return undefined;
  return new SplitSearch(values, minSize, alpha).best(SplitSearch.ranksOf(values));
}

/**
 * Short windows of a segment for the bump scan: lengths 4·minSize, 8·minSize, … up to `longest`
 * (and shorter than the segment), each scale overlapping by half, the last window ending at the end
 * (the seeded intervals of Kovács et al. 2023, "Seeded binary segmentation", Biometrika 110:249).
 */
export function windowsOf(length: number, minSize: number, longest: number): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (let w = 4 * minSize; w < length && w <= longest; w *= 2) {
    for (let s = 0; ; s += w / 2) {
      const start = Math.min(s, length - w);
      out.push([start, start + w]);
      if (start + w >= length) break;
    }
  }
  return out;
}

/** The best split over the windows: Q̂ of the best window, τ counted from the segment's start. */
export function bestWindowSplit(search: SplitSearch, rank: Int32Array, windows: ReadonlyArray<readonly [number, number]>): Split | undefined {
  let best: Split | undefined;
  for (const [from, to] of windows) {
    const s = search.best(rank, from, to);
    if (s && (!best || s.q > best.q)) best = { tau: from + s.tau, q: s.q };
  }
  return best;
}
