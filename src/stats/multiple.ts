/**
 * Benjamini–Hochberg adjusted p-values ("q-values"), as R's `p.adjust(p, method = "BH")`.
 *
 * Benjamini & Hochberg (1995, JRSS B 57:289–300): with p_(1) ≤ … ≤ p_(m), rejecting every
 * hypothesis with p_(i) ≤ (i/m)·q controls the false discovery rate at q for independent (and
 * positively dependent, Benjamini & Yekutieli 2001) tests. The adjusted value
 *   q_(i) = min_{k ≥ i} min(1, (m/k) · p_(k))
 * is the smallest level at which hypothesis (i) is rejected, so "q_i ≤ level" is the BH decision.
 * When every hypothesis is null, BH at level q has a family-wise error of at most q — which is
 * what "no false alarm in a PR with no real change" needs.
 */

export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  for (const p of pValues) if (!(p >= 0 && p <= 1)) throw new RangeError(`benjaminiHochberg: p-values must be in [0, 1], got ${p}`);
  // Indices by p descending (ties keep input order), so the running minimum runs from k = m down.
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p || a.i - b.i);
  const q = new Array<number>(m);
  let running = 1;
  order.forEach(({ p, i }, position) => {
    const rank = m - position; // 1-based rank in ascending order
    running = Math.min(running, (m / rank) * p);
    q[i] = running;
  });
  return q;
}
