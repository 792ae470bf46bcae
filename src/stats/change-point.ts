/**
 * E-divisive change points (Matteson & James 2014, "A nonparametric approach for multiple change
 * point analysis of multivariate data", JASA 109:334–345) on a benchmark's default-branch history,
 * in the single-split form MongoDB uses for its performance CI (Daniel et al. 2020, "Change point
 * detection in software performance testing", ICPE).
 *
 * For a split of Z_1..Z_L at τ into X = Z_1..Z_τ (n = τ) and Y = Z_τ+1..Z_L (m = L − τ), with
 * exponent α ∈ (0, 2) (α = 1 here):
 *   Ê(X, Y) = (2/(nm)) Σ_i Σ_j |X_i − Y_j|^α − C(n,2)⁻¹ Σ_{i<k} |X_i − X_k|^α − C(m,2)⁻¹ Σ_{j<k} |Y_j − Y_k|^α
 *   Q̂(τ)   = (nm/(n + m)) · Ê(X, Y)                                        (M&J eqs. 5 and 6)
 * Ê is the energy distance (Székely & Rizzo): ≥ 0, and 0 only when the two laws are equal, so it sees
 * any change in distribution, not only in the mean. τ̂ = argmax Q̂ (with ≥ minSize points a side).
 *
 * Significance (M&J §3.2): permute the segment with the injected PRNG, recompute max Q̂,
 * p = (1 + #{Q̂_perm ≥ Q̂_obs}) / (1 + R). The permutations stop as soon as the answer is known
 * (Besag & Clifford 1991, "Sequential Monte Carlo p-values", Biometrika 78:301–304): once enough of
 * them reached Q̂_obs that p can no longer be ≤ significance, the rest cannot change the decision.
 * Noise segments stop after a handful; only real splits pay for all R.
 *
 * Bumps: a short up-and-back excursion (40 runs at 100, 10 at 130, 40 at 100) hardly moves the whole
 * segment's best split. Where that test finds nothing, a second one scans short windows of the
 * segment (seeded intervals, energy-split.ts) with the maximum over the windows as its statistic and
 * the same permutation test, so the number of windows is paid for. Either end found is then a split
 * like any other, and the recursion finds the other end. Each of the two tests runs at half the
 * significance (Bonferroni), so a segment's level stays at `significance`; bench/detector.mjs
 * measures false shifts on stable histories.
 *
 * Search first, filter after: every significant split is recursed into, whatever its size, and only
 * then are moves smaller than minMagnitude dropped, smallest first, each time re-measuring its
 * neighbours on the merged segments. (Filtering first stops the search at a first split that moves
 * the median 4.8% and hides the 5–6.6% shifts under it.) `bumps` then pairs a move with the next one
 * when the level comes back.
 *
 * Cost: O(L log L) per max-Q̂ search (energy-split.ts), times the permutations that are needed.
 * bench/detector.mjs measures it (200 benchmarks × 100 runs, one 5,000-run series).
 */
import { median } from './median.js';
import { bestWindowSplit, SplitSearch, windowsOf, type Split } from './energy-split.js';
import { createRng, uniformInt, type Rng } from './random.js';

export { bestSplit } from './energy-split.js';

/** Longest window of the bump scan: bumps up to about half of it in runs. */
const BUMP_WINDOW = 80;

export interface ChangePointOptions {
  /** Source of randomness for the permutations; default createRng(seed). */
  readonly rng?: Rng;
  readonly seed?: number;
  /** Permutations per test at most (default 199, so the smallest p is 0.005). */
  readonly permutations?: number;
  /** Largest permutation p that counts (default 0.05, as M&J). */
  readonly significance?: number;
  /** Fewest points on each side of a split (default 5; at least 2 for the within-sample means). */
  readonly minSize?: number;
  /** Smallest relative change of the median level that is reported (default 0.05). */
  readonly minMagnitude?: number;
  /** Exponent α of the distances, in (0, 2) (default 1). */
  readonly alpha?: number;
}

export interface ChangePoint {
  /** First index of the new level: the level moved between series[index − 1] and series[index]. */
  readonly index: number;
  /** Median of the segment before (back to the previous reported change point). */
  readonly before: number;
  /** Median of the segment after (up to the next reported change point). */
  readonly after: number;
  /** after / before − 1. */
  readonly change: number;
  readonly pValue: number;
  readonly statistic: number;
}

type Resolved = Required<Omit<ChangePointOptions, 'seed'>>;

/** Permutation p-value of `statistic`, stopped as soon as it must exceed the significance level (Besag–Clifford). */
function permutationPValue(ranks: Int32Array, observed: number, statistic: (rank: Int32Array) => Split | undefined, o: Resolved): number {
  const copy = Int32Array.from(ranks);
  // A permutation that re-creates the observed split ties with it; sums in another order may differ in the last bits.
  const bar = observed - 1e-9 * Math.abs(observed);
  // p = (1 + atLeast)/(1 + R) > significance as soon as atLeast reaches this.
  const enough = Math.max(1, Math.floor(o.significance * (1 + o.permutations)));
  let atLeast = 0;
  for (let r = 1; r <= o.permutations; r++) {
    shuffleRanks(o.rng, copy);
    const split = statistic(copy);
    if (split && split.q >= bar) atLeast++;
    if (atLeast >= enough) return Math.min(1, (1 + atLeast) / (1 + r));
  }
  return (1 + atLeast) / (1 + o.permutations);
}

/** Fisher–Yates on a typed array, drawing as shuffleInPlace does. */
function shuffleRanks(rng: Rng, a: Int32Array): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = uniformInt(rng, i + 1);
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}

function resolve(options: ChangePointOptions): Resolved {
  const o = {
    rng: options.rng ?? createRng(options.seed ?? 0x5eed),
    permutations: options.permutations ?? 199,
    significance: options.significance ?? 0.05,
    minSize: options.minSize ?? 5,
    minMagnitude: options.minMagnitude ?? 0.05,
    alpha: options.alpha ?? 1
  };
  if (!(o.minSize >= 2 && Number.isInteger(o.minSize))) throw new RangeError(`eDivisive: minSize must be an integer ≥ 2, got ${o.minSize}`);
  if (!(o.alpha > 0 && o.alpha < 2)) throw new RangeError(`eDivisive: alpha must be in (0, 2), got ${o.alpha}`);
  if (!(Number.isInteger(o.permutations) && o.permutations >= 1)) throw new RangeError(`eDivisive: permutations must be a positive integer, got ${o.permutations}`);
  if (!(o.significance > 0 && o.significance < 1)) throw new RangeError(`eDivisive: significance must be in (0, 1), got ${o.significance}`);
  return o;
}

export function eDivisive(series: readonly number[], options: ChangePointOptions = {}): ChangePoint[] {
  if (!series.every(Number.isFinite)) throw new RangeError('eDivisive: values must be finite');
  const o = resolve(options);
  const found: Array<{ index: number; pValue: number; statistic: number }> = [];
  // Depth-first over segments [start, end), left part first, so the PRNG is used in a fixed order.
  const stack: Array<[number, number]> = [[0, series.length]];
  while (stack.length > 0) {
    const [start, end] = stack.pop()!;
    if (end - start < 2 * o.minSize) continue;
    const split = significantSplit(series.slice(start, end), o);
    if (!split) continue;
    found.push({ index: start + split.tau, pValue: split.pValue, statistic: split.q });
    stack.push([start + split.tau, end], [start, start + split.tau]);
  }
  return keepLargeMoves(series, found.sort((a, b) => a.index - b.index), o.minMagnitude);
}

/**
 * The segment's best single split when significant; else the bump scan: the best split inside its
 * short windows, as one statistic (the maximum over the windows) with its own permutation test. A
 * 40/10/40 bump moves the whole segment's best split by nothing, but a window around either end
 * sees a clean step.
 */
function significantSplit(segment: number[], o: Resolved): (Split & { pValue: number }) | undefined {
  const search = new SplitSearch(segment, o.minSize, o.alpha);
  const ranks = SplitSearch.ranksOf(segment);
  const whole = search.best(ranks);
  if (!whole) return undefined;
  const half = { ...o, significance: o.significance / 2 };
  const pWhole = permutationPValue(ranks, whole.q, (r) => search.best(r), half);
  if (pWhole <= half.significance) return { ...whole, pValue: pWhole };
  const windows = windowsOf(segment.length, o.minSize, BUMP_WINDOW);
  const local = windows.length ? bestWindowSplit(search, ranks, windows) : undefined;
  if (!local) return undefined;
  const pLocal = permutationPValue(ranks, local.q, (r) => bestWindowSplit(search, r, windows), half);
  return pLocal <= half.significance ? { ...local, pValue: pLocal } : undefined;
}

const relative = (before: number, after: number) => (before === 0 ? (after === 0 ? 0 : Infinity) : (after - before) / Math.abs(before));

/**
 * Measures each move between the medians of its neighbouring segments and drops the smallest one
 * below `minMagnitude`, again and again (its neighbours are re-measured on the merged segment).
 */
function keepLargeMoves(series: readonly number[], points: Array<{ index: number; pValue: number; statistic: number }>, minMagnitude: number): ChangePoint[] {
  const kept = [...points];
  const measure = (): ChangePoint[] =>
    kept.map((p, i) => {
      const before = median(series.slice(kept[i - 1]?.index ?? 0, p.index));
      const after = median(series.slice(p.index, kept[i + 1]?.index ?? series.length));
      return { ...p, before, after, change: relative(before, after) };
    });
  for (;;) {
    const moves = measure();
    let smallest = -1;
    moves.forEach((m, i) => {
      if (Math.abs(m.change) < minMagnitude && (smallest < 0 || Math.abs(m.change) < Math.abs(moves[smallest]!.change))) smallest = i;
    });
    if (smallest < 0) return moves;
    kept.splice(smallest, 1);
  }
}

/** A move and the next one when the level comes back (to within `tolerance` of where it started). */
export interface Bump {
  readonly up: ChangePoint;
  readonly down: ChangePoint;
}

/** Pairs of consecutive moves in opposite directions whose outer levels agree within `tolerance` (relative). */
export function bumps(points: readonly ChangePoint[], tolerance: number): Bump[] {
  const out: Bump[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [up, down] = [points[i]!, points[i + 1]!];
    if (Math.sign(up.change) === Math.sign(down.change)) continue;
    if (Math.abs(relative(up.before, down.after)) > tolerance) continue;
    out.push({ up, down });
    i++;
  }
  return out;
}
