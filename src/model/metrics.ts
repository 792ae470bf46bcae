/** Named numbers from a metrics file (`{"compliance": {"score": 72}}` → `compliance.score`). */

export type Direction = 'bigger-is-better' | 'smaller-is-better';

export interface Metric {
  /** Dotted path, e.g. `compliance.score`. */
  readonly path: string;
  readonly value: number;
  /** All samples when the file gives an array (canary analysis uses them); value is their median. */
  readonly samples?: readonly number[];
  readonly unit?: string;
  readonly direction?: Direction;
}
