import picomatch from 'picomatch';

/**
 * What a file pattern means, everywhere a user gives one: report inputs, test lists, timings, the
 * docs rule, per-path coverage, `reports.formats`. One library (picomatch) matches, and the shell
 * walks the disk with tinyglobby, which matches with picomatch too, under the same options, so a
 * pattern selects the same files whether it is matched against a diff or walked on disk.
 *
 * - `*` and `**` also match names starting with a dot: `**\/*.md` sees `.changeset/x.md`.
 * - `src/**` matches `src` itself and everything below it.
 * - `[!abc]` is a negated class, as in bash (picomatch needs `posix` for that).
 * - Patterns are repo-relative and case-sensitive, as git paths are; a leading `./` is dropped.
 * - In a list, a pattern starting with `!` excludes what it matches from all the others, as in
 *   actions/upload-artifact.
 */
export const GLOB_OPTIONS = { dot: true, posix: true } as const;

export interface PatternList {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

/** A pattern list split into what it includes and what its `!` lines exclude. */
export function splitPatterns(patterns: readonly string[]): PatternList {
  return {
    include: patterns.filter((p) => !p.startsWith('!')),
    exclude: patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1))
  };
}

const compiled = new Map<string, (file: string) => boolean>();

/** True when the repo-relative `file` matches `glob`. */
export function matchesGlob(file: string, glob: string): boolean {
  let test = compiled.get(glob);
  if (!test) {
    test = picomatch(glob.replace(/^\.\//, ''), GLOB_OPTIONS);
    compiled.set(glob, test);
  }
  return test(file.replace(/\\/g, '/').replace(/^\.\//, ''));
}

/** True when `pattern` has glob syntax (`*`, `?`, `[…]`, `{…}`); false for a plain path. */
export function isGlob(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob;
}

/** True when `file` matches at least one pattern of the list and none of its `!` exclusions. */
export function matchesPatterns(file: string, patterns: readonly string[]): boolean {
  const { include, exclude } = splitPatterns(patterns);
  return include.some((g) => matchesGlob(file, g)) && !exclude.some((g) => matchesGlob(file, g));
}
