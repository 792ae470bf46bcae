/** Benchmark results, as every benchmark tool's output is read into. */

export type BetterDirection = 'bigger-is-better' | 'smaller-is-better';

/** The base unit a result's normalised values are in. */
export type BaseUnit = 's' | 'B' | '1/s' | 'B/s' | 'count' | 'ratio' | 'other';

export interface BenchmarkResult {
  /** The name as github-action-benchmark would give it (so histories carry over). */
  readonly name: string;
  /** The tool's headline value, in `unit`. */
  readonly value: number;
  /** The unit as the tool writes it, e.g. `ns/iter`, `ops/sec`. */
  readonly unit: string;
  /** The spread as the tool writes it (github-action-benchmark's `range`), when it gives one. */
  readonly range?: string;
  /** Free text github-action-benchmark shows in its tooltip (`extra`). */
  readonly extra?: string;
  readonly direction: BetterDirection;
  /** Every sample the tool wrote (repetitions, rounds, -count lines), in `unit`. */
  readonly samples?: readonly number[];
  /** The value (and samples) in a base unit, so `1.2 ms` and `1200 µs` compare. */
  readonly normalized?: { readonly unit: BaseUnit; readonly value: number; readonly samples?: readonly number[] };
}
