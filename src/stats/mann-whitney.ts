/**
 * One-sided Mann–Whitney U test (the Wilcoxon rank-sum test) for "head is stochastically larger
 * than base", the way R's `wilcox.test(head, base, alternative = "greater")` computes it.
 *
 * Statistic (Mann & Whitney 1947; Hollander, Wolfe & Chicken, Nonparametric Statistical Methods, §4.1):
 *   U = #{(i, j): head_i > base_j} + ½ · #{(i, j): head_i = base_j} = W − m(m + 1)/2,
 * W being the sum of the head ranks (mid-ranks for ties) in the pooled sample, m = |head|, n = |base|.
 * R prints U as "W". Under H0 (one distribution) E[U] = mn/2 and, without ties, Var[U] = mn(N + 1)/12.
 *
 * p-value = P(U ≥ u_observed) under H0:
 * - exact (no ties and m·n ≤ EXACT_MAX_PRODUCT): the null distribution of U by Mann & Whitney's
 *   recurrence (1947) — see `exactDistribution`;
 * - otherwise the normal approximation with R's tie and continuity corrections:
 *   z = (U − mn/2 − ½) / σ,  σ² = (mn/12) · [(N + 1) − Σ(t³ − t) / (N(N − 1))]   (t = size of each tie
 *   group; the large-sample approximation of H&W §4.1 with its tie correction), p = 1 − Φ(z).
 *
 * The exact/approximate switch. R uses the exact law when m < 50 and n < 50 and there are no ties.
 * We use it when m·n ≤ 2,500: that holds all of R's exact region (49·49 = 2,401), so we agree with R
 * there, and adds the unbalanced designs where the normal tail is worst (at 5 × 400 an exact
 * p = 1.0e-4 comes out as 6.2e-4 from the approximation, 1.0e-3 as 2.1e-3). The recurrence costs
 * Σ_{i≤m, j≤n} (ij + 1) ≈ (mn)²/4 additions: 1.6 million at the limit, about 8 ms once, then cached.
 * Past the limit the approximation is close, and in the far tail errs on the safe side (a larger p):
 * at 50 × 51 it is within 0.2% of the exact p at 0.05, 2% above at 0.01, 11% at 1e-3, 27% at 1e-4.
 * Ties make the untied exact law wrong, so ties always use the normal approximation, as R does.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

/** Largest m·n for which the exact null distribution is used (see the header). */
export const EXACT_MAX_PRODUCT = 2500;
/** Largest m·n for which `exact: true` is honoured (≈ 25 million additions, ~0.1 s); past it, normal. */
export const EXACT_FORCED_MAX_PRODUCT = 10_000;

/** The switch: exact without ties and within the size limit (or forced within the hard limit). */
export function useExact(m: number, n: number, ties: boolean, exact?: boolean): boolean {
  if (ties || exact === false) return false;
  return m * n <= (exact === true ? EXACT_FORCED_MAX_PRODUCT : EXACT_MAX_PRODUCT);
}

export type PValueMethod = 'exact' | 'normal';

export interface MannWhitneyOptions {
  /**
   * Force (true) or forbid (false) the exact law, as R's `exact`. Ties always use the normal law, and
   * so does m·n past EXACT_FORCED_MAX_PRODUCT; the result's `method` says which was used.
   */
  readonly exact?: boolean;
  /** The continuity correction of the normal approximation, as R's `correct` (default true). */
  readonly correct?: boolean;
}

export interface MannWhitneyResult {
  /** U for head (R's "W"): pairs with head > base, ties counting one half. */
  readonly u: number;
  /** One-sided p = P(U ≥ u) under H0: small when head is larger than base. */
  readonly pValue: number;
  readonly method: PValueMethod;
  readonly ties: boolean;
  readonly sizes: { readonly head: number; readonly base: number };
}

/**
 * U for the first sample and the tie term Σ(t³ − t), from mid-ranks of the pooled sample. Both
 * samples are sorted on their own (native typed-array sort) and merged, so no comparator runs.
 */
export function rankSum(head: readonly number[], base: readonly number[]): { u: number; tieTerm: number } {
  const h = Float64Array.from(head).sort();
  const b = Float64Array.from(base).sort();
  let [i, j, below, rankSumHead, tieTerm] = [0, 0, 0, 0, 0];
  while (i < h.length || j < b.length) {
    const value = Math.min(i < h.length ? h[i]! : Infinity, j < b.length ? b[j]! : Infinity);
    const i0 = i;
    const j0 = j;
    while (i < h.length && h[i] === value) i++;
    while (j < b.length && b[j] === value) j++;
    const t = i - i0 + (j - j0);
    rankSumHead += (i - i0) * (below + (t + 1) / 2); // every value of the group gets the mid-rank
    tieTerm += t * t * t - t;
    below += t;
  }
  return { u: rankSumHead - (h.length * (h.length + 1)) / 2, tieTerm };
}

export interface MannWhitneyBoth extends Omit<MannWhitneyResult, 'pValue'> {
  /** P(U ≥ u): head larger (R's alternative "greater"). */
  readonly pGreater: number;
  /** P(U ≤ u): head smaller (R's alternative "less"). */
  readonly pLess: number;
}

/** Both one-sided p-values from one ranking (the detector tests both directions). */
export function mannWhitney(head: readonly number[], base: readonly number[], options: MannWhitneyOptions = {}): MannWhitneyBoth {
  const m = head.length;
  const n = base.length;
  if (m === 0 || n === 0) throw new RangeError('mannWhitney: both samples need at least one value');
  if (!head.every(Number.isFinite) || !base.every(Number.isFinite)) throw new RangeError('mannWhitney: values must be finite');
  const { u, tieTerm } = rankSum(head, base);
  const ties = tieTerm > 0;
  const sizes = { head: m, base: n };
  if (useExact(m, n, ties, options.exact)) {
    return { u, pGreater: exactUpperTail(u, m, n), pLess: exactLowerTail(u, m, n), method: 'exact', ties, sizes };
  }
  const correct = options.correct ?? true;
  // "less" is "greater" for the mirrored statistic mn − U (R: z = (U − mn/2 + ½)/σ, p = Φ(z)).
  const pLess = normalUpperTail(m * n - u, m, n, tieTerm, correct);
  return { u, pGreater: normalUpperTail(u, m, n, tieTerm, correct), pLess, method: 'normal', ties, sizes };
}

export function mannWhitneyGreater(head: readonly number[], base: readonly number[], options: MannWhitneyOptions = {}): MannWhitneyResult {
  const { pGreater, pLess: _less, ...rest } = mannWhitney(head, base, options);
  return { ...rest, pValue: pGreater };
}

/** The tie-corrected σ of U (Hollander & Wolfe §4.1; R's SIGMA). */
export function uSigma(m: number, n: number, tieTerm: number): number {
  const big = m + n;
  const tie = big > 1 ? tieTerm / (big * (big - 1)) : 0;
  return Math.sqrt(((m * n) / 12) * (big + 1 - tie));
}

/**
 * P(U ≥ u) by the normal approximation with R's corrections. With every value tied σ = 0 and the
 * data carry no evidence either way: z = −½/0 = −∞ and p = 1, which is also what R returns.
 */
export function normalUpperTail(u: number, m: number, n: number, tieTerm: number, correct = true): number {
  const sigma = uSigma(m, n, tieTerm);
  const centred = u - (m * n) / 2 - (correct ? 0.5 : 0);
  if (sigma === 0) return centred > 0 ? 0 : 1;
  // Φ(−z) rather than 1 − Φ(z), so tiny p-values keep their digits.
  return normalCdf(-centred / sigma, 0, 1);
}

// ---- the exact null distribution ------------------------------------------------------------

const cache = new Map<string, Float64Array>();
const CACHE_LIMIT = 64;

/**
 * P(U = u) for u = 0..mn under H0, by Mann & Whitney's recurrence (1947), in probabilities:
 *   p_{m,n}(u) = m/(m+n) · p_{m−1,n}(u − n) + n/(m+n) · p_{m,n−1}(u),   p_{m,0} = p_{0,n} = [1].
 * (The largest pooled value is a head value with probability m/(m+n), and then beats all n base
 * values.) Every term is a positive weight of probabilities, so nothing cancels or overflows, even
 * where the counts C(m+n, m) exceed 2^53. The law of U_{m,n} equals that of U_{n,m}, so one table
 * serves both orders. Cached (a pure memo: same input, same output).
 */
export function exactDistribution(m: number, n: number): Float64Array {
  const [small, large] = m <= n ? [m, n] : [n, m];
  const key = `${small},${large}`;
  const hit = cache.get(key);
  if (hit) return hit;
  // row[j] = p_{i,j} for the current i; start at i = 0, where U ≡ 0.
  let row: Float64Array[] = Array.from({ length: large + 1 }, () => Float64Array.of(1));
  for (let i = 1; i <= small; i++) {
    const next: Float64Array[] = [Float64Array.of(1)];
    for (let j = 1; j <= large; j++) {
      const dist = new Float64Array(i * j + 1);
      const fromHead = row[j]!; // p_{i−1,j}, shifted by j
      const fromBase = next[j - 1]!; // p_{i,j−1}
      const wHead = i / (i + j);
      const wBase = j / (i + j);
      for (let u = 0; u < fromHead.length; u++) dist[u + j]! += wHead * fromHead[u]!;
      for (let u = 0; u < fromBase.length; u++) dist[u]! += wBase * fromBase[u]!;
      next.push(dist);
    }
    row = next;
  }
  const result = row[large]!;
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, result);
  return result;
}

/** P(U ≥ u) from the exact law (u an integer when there are no ties). */
export function exactUpperTail(u: number, m: number, n: number): number {
  const dist = exactDistribution(m, n);
  let sum = 0;
  // Sum the tail from its small end upwards so the smallest terms are not lost.
  for (let k = dist.length - 1; k >= Math.max(0, Math.ceil(u)); k--) sum += dist[k]!;
  return Math.min(1, sum);
}

/**
 * R's qwilcox(p, m, n): the smallest q with P(U ≤ q) ≥ p (R subtracts 10·DBL_EPSILON from p so a
 * cumulative sum that lands just below p through rounding still counts).
 */
export function exactQuantile(p: number, m: number, n: number): number {
  const dist = exactDistribution(m, n);
  const target = p - 10 * Number.EPSILON;
  let cumulative = 0;
  for (let q = 0; q < dist.length; q++) {
    cumulative += dist[q]!;
    if (cumulative >= target) return q;
  }
  return dist.length - 1;
}

/** P(U ≤ q) from the exact law. */
export function exactLowerTail(q: number, m: number, n: number): number {
  const dist = exactDistribution(m, n);
  let sum = 0;
  for (let k = 0; k <= Math.min(q, dist.length - 1); k++) sum += dist[k]!;
  return Math.min(1, sum);
}

/**
 * The smallest p-value the exact test can give: 1 / C(m + n, m), reached when every head value is
 * above every base value. When it exceeds the level, no data can be significant: "insufficient".
 */
export function minimumPValue(m: number, n: number): number {
  if (m <= 0 || n <= 0) return 1;
  const k = Math.min(m, n);
  let p = 1;
  for (let i = 1; i <= k; i++) p *= i / (m + n - k + i);
  return p;
}
