/**
 * What a list of file patterns means, everywhere a user gives one (report inputs, test lists,
 * timings, the docs rule, per-path coverage): each line is a glob, and a line starting with `!`
 * excludes what it matches from all the other lines, as in actions/upload-artifact.
 */
export interface PatternList {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

export function splitPatterns(patterns: readonly string[]): PatternList {
  return {
    include: patterns.filter((p) => !p.startsWith('!')),
    exclude: patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1))
  };
}
