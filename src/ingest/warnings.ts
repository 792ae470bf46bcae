import type { Problem } from '../model/problems.js';

/** A million cases with one systematic mistake must not produce a million warnings. */
export const MAX_WARNINGS = 20;

/**
 * The warnings one report gave: located, not fatal (a time that is not a time, an entity left
 * unexpanded, counts taken from a suite's attributes). The first MAX_WARNINGS are kept; the rest
 * are counted and summed up in one line.
 */
export class Warnings {
  private readonly kept: Problem[] = [];
  private dropped = 0;

  constructor(readonly file: string) {}

  add(message: string, at?: { readonly line?: number; readonly column?: number }): void {
    if (this.kept.length >= MAX_WARNINGS) {
      this.dropped++;
      return;
    }
    this.kept.push({ file: this.file, ...(at?.line !== undefined && { line: at.line }), ...(at?.column !== undefined && { column: at.column }), message });
  }

  list(): Problem[] {
    return this.dropped ? [...this.kept, { file: this.file, message: `${this.dropped} more warnings like these were left out` }] : [...this.kept];
  }
}
