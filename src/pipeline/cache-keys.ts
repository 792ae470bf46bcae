/**
 * What a cache key is made of. Keys are written as `<stable part><what the content depends on>`:
 * `Linux-npm-<sha256 of package-lock.json>`. The stable part names the cache across runs; a part
 * that changes every run (the run id, the commit, today's date) makes every lookup a miss unless
 * restore-keys fall back to the stable part.
 */

export type VolatileKind = 'hash' | 'number' | 'date';

export interface VolatilePart {
  readonly kind: VolatileKind;
  /** Where it starts in the key. */
  readonly at: number;
  readonly text: string;
}

const SEPARATORS = /[-_:|/.[\]@+=, ]/;
const DATE = /(?:19|20)\d\d[-_/.]?(?:0[1-9]|1[0-2])[-_/.]?(?:0[1-9]|[12]\d|3[01])(?!\d)/;

/**
 * The first part of the key that looks computed rather than written: a date, a hex digest (12+
 * hex digits with a digit in them: a file hash or a commit), or a number of 6+ digits (a run id
 * or a timestamp). Version numbers such as `24.04` or `v1` are too short to count.
 */
export function volatilePart(key: string): VolatilePart | undefined {
  const date = DATE.exec(key);
  let at = 0;
  for (const token of key.split(SEPARATORS)) {
    if (date && at >= date.index) break;
    if (/^[0-9a-f]{12,}$/i.test(token) && /\d/.test(token) && !/^\d+$/.test(token)) return { kind: 'hash', at, text: token };
    if (/^\d{6,}$/.test(token) && !(date && at + token.length > date.index)) return { kind: 'number', at, text: token };
    at += token.length + 1;
  }
  return date ? { kind: 'date', at: date.index, text: date[0] } : undefined;
}

/**
 * The stable part that names a cache across runs: the longest restore key the key starts with,
 * else everything before the first volatile part, else the whole key.
 */
export function keyPrefix(key: string, restoreKeys: readonly string[] = []): string {
  const declared = restoreKeys.filter((r) => r.length > 0 && r.length < key.length && key.startsWith(r)).sort((a, b) => b.length - a.length)[0];
  if (declared) return declared;
  const v = volatilePart(key);
  return v && v.at > 0 ? key.slice(0, v.at) : key;
}

/** Whether the key holds a digest of file contents (what `hashFiles()` gives: 64 hex digits). */
export function hasContentHash(key: string): boolean {
  return /(?:^|[^0-9a-f])[0-9a-f]{32,}(?:[^0-9a-f]|$)/i.test(key);
}
