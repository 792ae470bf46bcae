import { keyPrefix } from './cache-keys.js';
import type { CacheEvent, RestoreEvent, SaveEvent } from './cache-events.js';
import { managerOfKey } from './cache-messages.js';

/** The pieces of a runner log line, and what only the whole job log can settle. */

const STAMP = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?Z ?/;

/** Parses `2026-01-01T00:00:00.1234567Z text` into epoch ms and the text; no stamp → no time. */
export function splitStamp(line: string): { readonly ms?: number; readonly text: string } {
  const m = STAMP.exec(line);
  if (!m) return { text: line };
  const [, y, mo, d, h, mi, s, frac] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) + Math.round(Number(`0.${frac ?? '0'}`) * 1000);
  return { ms, text: line.slice(m[0].length) };
}

/**
 * The setup actions and gradle print the primary key only when they save it, in the post step.
 * A later save of the same cache (same tool, same stable key part, or any key after a miss)
 * gives the restore its key; and where the log said neither "hit for restore-key" nor the
 * primary key (toolkit v1), saving a different key means the restore matched a restore key.
 */
export function settleUnknowns(events: readonly CacheEvent[]): CacheEvent[] {
  return events.map((e, i) => {
    if (e.op !== 'restore') return e;
    const { exactUnknown, ...rest } = e as RestoreEvent & { exactUnknown?: boolean };
    if (rest.key !== undefined) return rest;
    const sameCache = (x: CacheEvent): x is SaveEvent =>
      x.op === 'save' && x.tool === e.tool && x.key !== undefined && (e.matchedKey === undefined || keyPrefix(x.key) === keyPrefix(e.matchedKey));
    const save = events.slice(i + 1).find(sameCache);
    if (!save?.key) return rest;
    const manager = rest.manager ?? (e.tool.startsWith('setup-') ? managerOfKey(save.key) : undefined);
    const outcome = exactUnknown && e.matchedKey ? (save.key === e.matchedKey ? 'hit' : 'partial') : rest.outcome;
    return { ...rest, key: save.key, outcome, ...(manager ? { manager } : {}) };
  });
}

