import type { ResolvedSettings } from '../config/settings.js';
import { parseMetricCondition } from '../gates/metric-gate.js';
import type { Metric } from '../model/metrics.js';

/**
 * The plan's pipeline targets, on by default as warnings: a run under 15 minutes to the gate,
 * test shards that finish within 80% of each other's time, and caches that find something on at
 * least 80% of lookups. Warnings, because runner queues and cold caches move these numbers for
 * reasons a pull request cannot fix.
 */
export const DEFAULT_PIPELINE_GATES = ['pipeline.duration-minutes < 15', 'pipeline.shard-efficiency >= 0.8', 'pipeline.cache-hit-rate >= 0.8'] as const;

type Condition = ResolvedSettings['conditions'][number];

/**
 * The default conditions to add for this run: only for metrics that were measured (a missing
 * figure is already explained in the pipeline notes; a gate would only repeat it as a warning),
 * and never where the config sets its own condition on the same metric.
 */
export function defaultPipelineConditions(measured: readonly Metric[], configured: readonly Condition[]): Condition[] {
  const have = new Set(measured.map((m) => m.path));
  const mine = new Set(configured.map((c) => c.condition.path));
  return DEFAULT_PIPELINE_GATES.flatMap((text) => {
    const parsed = parseMetricCondition(text);
    if (!parsed.ok || !have.has(parsed.condition.path) || mine.has(parsed.condition.path)) return [];
    return [{ condition: parsed.condition, action: 'warn' as const, gate: `metrics.${parsed.condition.path}` }];
  });
}
