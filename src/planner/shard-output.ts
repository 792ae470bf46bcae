import type { PlanDocument } from './document.js';

/** One shard's tests in the three forms a test command can take them. */
export interface ShardTests {
  readonly index: number;
  readonly total: number;
  readonly tests: readonly string[];
  /** Space-separated and quoted for a POSIX shell: safe to paste after a test command. */
  readonly words: string;
  /** One per line, for `--tests-file`-style options and xargs -d '\n'. */
  readonly lines: string;
  readonly json: string;
}

export type ShardLookup = { ok: true; shard: ShardTests } | { ok: false; message: string };

export function shardTests(plan: PlanDocument, index: number): ShardLookup {
  const shard = plan.shards.find((s) => s.index === index);
  if (!shard) return { ok: false, message: `the plan has shards 1 to ${plan.shards.length}; there is no shard ${index}` };
  const tests = shard.tests;
  return {
    ok: true,
    shard: { index, total: plan.shards.length, tests, words: tests.map(shellQuote).join(' '), lines: tests.length ? `${tests.join('\n')}\n` : '', json: JSON.stringify(tests) }
  };
}

/** Leaves plain paths alone and single-quotes anything else ('it'"'"'s' style for quotes). */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_./:@%+=,-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'"'"'`)}'`;
}
