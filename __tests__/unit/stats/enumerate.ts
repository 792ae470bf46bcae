/**
 * Brute force for the tests: the exact null law of U by listing every one of the C(m + n, m)
 * equally likely placements of the head ranks, independent of the recurrence under test.
 */
export function enumerateU(m: number, n: number): number[] {
  const counts = new Array<number>(m * n + 1).fill(0);
  const N = m + n;
  const visit = (start: number, left: number, rankSum: number): void => {
    if (left === 0) {
      counts[rankSum - (m * (m + 1)) / 2]!++;
      return;
    }
    for (let r = start; r <= N - left + 1; r++) visit(r + 1, left - 1, rankSum + r);
  };
  visit(1, m, 0);
  return counts;
}

export function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return Math.round(c);
}

/** U counted straight from its definition: pairs head > base, ties one half. */
export function uByPairs(head: readonly number[], base: readonly number[]): number {
  let u = 0;
  for (const h of head) for (const b of base) u += h > b ? 1 : h === b ? 0.5 : 0;
  return u;
}
