import type { AutoShards } from '../planner/types.js';
import { UsageError } from './config-file.js';

/** `--shards N`, or `--shards auto` with a target and overhead (GitHub allows 256 jobs per matrix). */
export function shardCount(shards: string | undefined, target: string | undefined, overhead: string | undefined, max: string | undefined): number | AutoShards {
  if (shards === undefined) throw new UsageError('plan needs --shards N or --shards auto --target-seconds S.');
  if (shards !== 'auto') {
    const n = count(shards, '--shards');
    if (!n || n > 256) throw new UsageError(`--shards must be a number from 1 to 256, or auto; got "${shards}".`);
    return n;
  }
  const targetSeconds = positive(target, '--target-seconds');
  if (targetSeconds === undefined) throw new UsageError('--shards auto needs --target-seconds S (the wall time one shard job should stay under).');
  const maxShards = count(max, '--max-shards') ?? 256;
  if (maxShards < 1 || maxShards > 256) throw new UsageError(`--max-shards must be from 1 to 256, got ${maxShards}.`);
  return { targetSeconds, overheadSeconds: positive(overhead, '--overhead-seconds') ?? 0, maxShards };
}

function positive(raw: string | undefined, flag: string): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${flag} must be a number of seconds ≥ 0, got "${raw}".`);
  return n;
}

function count(raw: string | undefined, flag: string): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new UsageError(`${flag} must be a whole number ≥ 0, got "${raw}".`);
  return Number.parseInt(raw, 10);
}
