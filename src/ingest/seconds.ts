import { excerpt } from '../model/excerpt.js';

/**
 * Test times as reports write them, checked. A time that is not a duration in seconds (`0x10`,
 * `1,5`, `-3`, `NaN`, `Infinity`, `1e23`) is not guessed at: the caller warns, counts the test and
 * keeps its time out of history and the shard planner, where one absurd value would skew every
 * plan that follows.
 */

/** Longest plausible time of one test, suite or file: 1,000,000 s is 11.6 days. */
export const MAX_SECONDS = 1_000_000;

/** Plain decimal notation: digits, an optional fraction and exponent; no sign, comma, hex or words. */
const DECIMAL = /^\s*(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*$/;
/**
 * Maven Surefire's "1,204.332": comma-grouped thousands with a point fraction cannot be misread.
 * A lone comma ("1,5", "1,234") can (decimal comma or thousands?), so it is rejected like junk.
 */
const GROUPED = /^\s*\d{1,3}(?:,\d{3})+\.\d+\s*$/;

/** Seconds from report text: 0 when absent or empty; undefined when it is not a duration. */
export function parseSeconds(raw: string | undefined): number | undefined {
  if (raw === undefined) return 0;
  // Every test has a time: plain "0.123" is settled without a regex.
  const n = +raw;
  if (n >= 0 && n <= MAX_SECONDS && digitsAndPoint(raw)) return n;
  if (raw.trim() === '') return 0;
  if (DECIMAL.test(raw)) return checkSeconds(Number(raw));
  return GROUPED.test(raw) ? checkSeconds(Number(raw.replace(/,/g, ''))) : undefined;
}

function digitsAndPoint(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c < 48 || c > 57) && c !== 46) return false;
  }
  return raw.length > 0;
}

/** A number a JSON report gives (already converted to seconds): undefined unless 0 ≤ n ≤ MAX_SECONDS. */
export function checkSeconds(n: unknown): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= MAX_SECONDS ? n : undefined;
}

/** The warning for a bad time, quoting at most a short excerpt of it. */
export function badTime(raw: unknown, whose: string): string {
  const shown = typeof raw === 'string' ? excerpt(raw) : typeof raw === 'number' ? String(raw) : raw === null ? 'null' : typeof raw;
  return `the time ${shown} of ${whose} is not a duration in seconds (0 to ${MAX_SECONDS.toLocaleString('en-US')}): the test counts, its time is left out of history and shard planning`;
}
