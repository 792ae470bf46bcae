import { withCacheHistory, type CacheHistoryCounts } from './cache-history.js';
import type { PipelineMetrics } from './metrics.js';

/**
 * The pipeline report with what only the history can add: per-cache totals over the recorded
 * runs and the caches saved in every one of them but never restored. The engine calls this once
 * the history is restored; without cache figures the report passes through unchanged.
 */
export function withPipelineHistory(details: PipelineMetrics, previous: readonly { readonly caches?: Readonly<Record<string, CacheHistoryCounts>> | undefined }[]): PipelineMetrics {
  if (!details.caches) return details;
  return { ...details, caches: withCacheHistory(details.caches, previous) };
}
