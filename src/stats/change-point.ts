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
 * Significance (M&J §3.2): permute the segment R times with the injected PRNG, recompute max Q̂,
 * p = (1 + #{Q̂_perm ≥ Q̂_obs}) / (1 + R). Accepted when p ≤ significance AND the level moved by at
 * least minMagnitude (relative change of the segment medians: a real but tiny move is not news).
 * Then recursive bisection: each side of an accepted split is searched the same way.
 *
 * Cost: one max-Q̂ search is O(L²) (row sums, then one sweep), so a segment costs O((R + 1)·L²):
 * 200 × 100² = 2·10⁶ distance terms for a 100-run history.
 */
import { median } from './median.js';
import { createRng, shuffleInPlace, type Rng } from './random.js';

export interface ChangePointOptions {
  /** Source of randomness for the permutations; default createRng(seed). */
  readonly rng?: Rng;
  readonly seed?: number;
  /** Permutations per test (default 199, so the smallest p is 0.005). */
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
  readonly before: number;
  readonly after: number;
  /** after / before − 1 (medians of the two sides within the searched segment). */
  readonly change: number;
  readonly pValue: number;
  readonly statistic: number;
}

interface Split {
  readonly tau: number;
  readonly q: number;
}

/** argmax_τ Q̂(τ) over minSize ≤ τ ≤ L − minSize, or undefined when the segment is too short. */
export function bestSplit(values: ArrayLike<number>, minSize: number, alpha = 1): Split | undefined {
  const L = values.length;
  if (L < 2 * minSize) return undefined;
  const dist = alpha === 1 ? (a: number, b: number) => Math.abs(a - b) : (a: number, b: number) => Math.abs(a - b) ** alpha;
  // before[k] = Σ_{i<k} d(i, k); after[k] = Σ_{j>k} d(k, j).
  const before = new Float64Array(L);
  const after = new Float64Array(L);
  let total = 0;
  for (let i = 0; i < L; i++) {
    for (let j = i + 1; j < L; j++) {
      const d = dist(values[i]!, values[j]!);
      after[i]! += d;
      before[j]! += d;
      total += d;
    }
  }
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

function permutationPValue(segment: number[], observed: number, o: Required<Omit<ChangePointOptions, 'seed'>>): number {
  const copy = [...segment];
  let atLeast = 0;
  for (let r = 0; r < o.permutations; r++) {
    shuffleInPlace(o.rng, copy);
    const split = bestSplit(copy, o.minSize, o.alpha);
    if (split && split.q >= observed) atLeast++;
  }
  return (1 + atLeast) / (1 + o.permutations);
}

export function eDivisive(series: readonly number[], options: ChangePointOptions = {}): ChangePoint[] {
  const o = {
    rng: options.rng ?? createRng(options.seed ?? 0x5eed),
    permutations: options.permutations ?? 199,
    significance: options.significance ?? 0.05,
    minSize: options.minSize ?? 5,
    minMagnitude: options.minMagnitude ?? 0.05,
    alpha: options.alpha ?? 1
  };
  if (!series.every(Number.isFinite)) throw new RangeError('eDivisive: values must be finite');
  if (!(o.minSize >= 2 && Number.isInteger(o.minSize))) throw new RangeError(`eDivisive: minSize must be an integer ≥ 2, got ${o.minSize}`);
  if (!(o.alpha > 0 && o.alpha < 2)) throw new RangeError(`eDivisive: alpha must be in (0, 2), got ${o.alpha}`);
  if (!(Number.isInteger(o.permutations) && o.permutations >= 1)) throw new RangeError(`eDivisive: permutations must be a positive integer, got ${o.permutations}`);
  const found: ChangePoint[] = [];
  // Depth-first over segments [start, end), left part first, so the PRNG is used in a fixed order.
  const stack: Array<[number, number]> = [[0, series.length]];
  while (stack.length > 0) {
    const [start, end] = stack.pop()!;
    const segment = series.slice(start, end);
    const split = bestSplit(segment, o.minSize, o.alpha);
    if (!split) continue;
    const before = median(segment.slice(0, split.tau));
    const after = median(segment.slice(split.tau));
    const change = before === 0 ? (after === 0 ? 0 : Infinity) : (after - before) / Math.abs(before);
    if (Math.abs(change) < o.minMagnitude) continue;
    const pValue = permutationPValue(segment, split.q, o);
    if (pValue > o.significance) continue;
    found.push({ index: start + split.tau, before, after, change, pValue, statistic: split.q });
    stack.push([start + split.tau, end], [start, start + split.tau]);
  }
  return found.sort((a, b) => a.index - b.index);
}
