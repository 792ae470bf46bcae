/**
 * "Did you mean": the names nearest to a misspelt one, by edit distance. One helper for metric
 * names in conditions and for CLI flags.
 */

/** Levenshtein distance, two rows at a time. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost));
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/** The candidates by closeness to `name` (case-insensitive), nearest first; ties by name. */
export function nearest(name: string, candidates: Iterable<string>): string[] {
  return [...new Set(candidates)]
    .map((n) => ({ n, d: editDistance(name.toLowerCase(), n.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1))
    .map((x) => x.n);
}

/** The one candidate close enough to be a typo of `name` (a third of its letters off at most). */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const [best] = nearest(name, candidates);
  if (best === undefined || name === '') return undefined;
  return editDistance(name.toLowerCase(), best.toLowerCase()) <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}
