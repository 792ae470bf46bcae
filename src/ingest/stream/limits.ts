/**
 * What one report may hold before we stop reading it with a located error, instead of taking
 * seconds and gigabytes (or crashing V8) on a hostile or broken file. Real reports stay far below:
 * JUnit nests a few levels, SARIF about ten; no real tag, JSON string or text line nears 16 MiB.
 * Tests inject lower values to stay small.
 */
export interface Limits {
  /** Elements (XML) or arrays and objects (JSON) open at once. */
  readonly maxDepth: number;
  /** Characters in one tag, attribute value, comment, DOCTYPE, JSON token or text line. */
  readonly maxToken: number;
}

export const LIMITS: Limits = { maxDepth: 1000, maxToken: 16 * 1024 * 1024 };

/** "16 MiB", "1,000 characters": limits as users read them. */
export function describeSize(chars: number): string {
  return chars >= 1024 * 1024 && chars % (1024 * 1024) === 0 ? `${chars / (1024 * 1024)} MiB` : `${chars.toLocaleString('en-US')} characters`;
}

/**
 * Names and messages are kept to a bounded prefix: a test named by a 10 MB attribute must not
 * become 10 MB in every renderer, comment and history document.
 */
export const MAX_NAME = 2000;
export const MAX_MESSAGE = 8 * 1024;
