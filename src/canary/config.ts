import { z } from 'zod';
import { parseSelector } from './selector.js';

/**
 * The `canary:` section of `.github/pipeline-gates.yml`: which metrics decide a canary, how, and
 * the score thresholds. Written like src/config/schema.ts (strict objects, a description on every
 * field); it is part of the main schema, so the config loader reads, locates and explains it.
 *
 *   canary:
 *     metrics:
 *       latency_p99: { direction: increase-is-bad, allowed-change: 0.1, critical: true }
 *       error_rate:  { direction: increase-is-bad, allowed-change: 0.5, critical: true, weight: 2 }
 *       throughput:  { direction: decrease-is-bad, query: 'job:http_requests:rate1m{job="checkout"}' }
 *     thresholds: { pass: 95, marginal: 75 }
 *     max-nodata: 0.5
 */

export const CANARY_DIRECTIONS = ['increase-is-bad', 'decrease-is-bad'] as const;

const query = z
  .string()
  .min(1)
  .superRefine((text, ctx) => {
    const parsed = parseSelector(text);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
  })
  .describe('A PromQL series selector that picks this metric\'s series from Prometheus files, e.g. \'http_requests_total{code=~"5.."}\' or \'{quantile="0.99"}\'');

export const canaryMetricSchema = z
  .strictObject({
    direction: z.enum(CANARY_DIRECTIONS).describe('increase-is-bad for latency, errors, CPU; decrease-is-bad for throughput, success rate'),
    'allowed-change': z
      .number()
      .min(0)
      .lt(1)
      .default(0.1)
      .describe('Relative change tolerated in the bad direction before the metric fails, as a fraction (0.1 = 10%)'),
    critical: z.boolean().default(false).describe('A critical metric that fails (or has no data) scores the canary 0: rollback'),
    weight: z.number().gt(0).default(1).describe('Share of the score this metric carries, relative to the other metrics'),
    query: query.optional()
  })
  .describe('How one metric is judged');

const percent = z.number().min(0).max(100);

const thresholds = z
  .strictObject({
    pass: percent.default(95).describe('Score (0–100) at or above which the canary is promoted'),
    marginal: percent.default(75).describe('Score at or above which the canary is held for a longer look; below it, rollback')
  })
  .refine((t) => t.marginal < t.pass, { path: ['marginal'], message: 'must be below thresholds.pass (the band between them is hold)' })
  .prefault({})
  .describe('Score thresholds: promote ≥ pass > hold ≥ marginal > rollback');

export const canarySchema = z
  .strictObject({
    metrics: z
      .record(z.string().min(1), canaryMetricSchema)
      .default({})
      .describe('Metric name → how it is judged. Without metrics, every metric in the files is judged with its file direction (or increase-is-bad)'),
    thresholds,
    'max-nodata': z
      .number()
      .min(0)
      .max(1)
      .default(0.5)
      .describe('Largest share of the total weight that may have no data; more scores the canary 0 (rollback)')
  })
  .prefault({})
  .describe('Canary analysis: compare canary and baseline metric samples and decide promote, hold or rollback');

export type CanaryConfig = z.output<typeof canarySchema>;
export type CanaryConfigInput = z.input<typeof canarySchema>;
export type CanaryMetricConfig = z.output<typeof canaryMetricSchema>;

/** Every default: no configured metrics, thresholds 95/75, max-nodata 0.5. */
export function defaultCanaryConfig(): CanaryConfig {
  return canarySchema.parse(undefined);
}

/** A threshold written as text (a flag or an input): a number from 0 to 100, else undefined. */
export function parseScore(raw: string): number | undefined {
  const n = Number(raw);
  return raw.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined;
}
