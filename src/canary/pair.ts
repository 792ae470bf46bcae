import type { CanaryConfig } from './config.js';
import type { CanaryMetricSamples, CanaryThresholds } from './judge.js';
import type { GatheredSide, SideSamples } from './samples.js';

/** What the judge needs, plus notes for the reader about what was left out or assumed. */
export interface PairedMetrics {
  readonly metrics: CanaryMetricSamples[];
  readonly notes: string[];
}

/**
 * Lines up both sides' samples per metric with its settings. With `canary.metrics` configured,
 * exactly those metrics are judged (one missing from the files is NoData, so a typo cannot pass
 * silently); otherwise every metric found on either side is, with the direction its file
 * declares, else increase-is-bad (latency, errors and saturation are the usual canary metrics).
 */
export function pairSides(baseline: GatheredSide, canary: GatheredSide, config: CanaryConfig): PairedMetrics {
  const configured = Object.keys(config.metrics);
  const names = configured.length ? configured : [...new Set([...baseline.samples.keys(), ...canary.samples.keys()])];
  const assumed: string[] = [];
  const metrics = names.map((name): CanaryMetricSamples => {
    const cfg = Object.hasOwn(config.metrics, name) ? config.metrics[name] : undefined;
    const declared = baseline.directions.get(name) ?? canary.directions.get(name);
    if (!cfg && !declared) assumed.push(name);
    const b = baseline.samples.get(name);
    const c = canary.samples.get(name);
    const note = nanNote(b, c);
    return {
      name,
      baseline: b?.values ?? [],
      canary: c?.values ?? [],
      settings: {
        direction: cfg?.direction ?? declared ?? 'increase-is-bad',
        allowedChange: cfg?.['allowed-change'] ?? 0.1,
        critical: cfg?.critical ?? false,
        weight: cfg?.weight ?? 1
      },
      ...(note && { note })
    };
  });
  const notes: string[] = [];
  const unjudged = [...new Set([...baseline.unjudged, ...canary.unjudged])];
  if (unjudged.length) notes.push(`not judged (not in canary.metrics): ${unjudged.join(', ')}`);
  if (assumed.length) notes.push(`direction assumed increase-is-bad (configure canary.metrics.<name>.direction): ${assumed.join(', ')}`);
  return { metrics, notes };
}

/** The config's thresholds in the judge's terms, with command-line overrides. */
export function thresholdsOf(config: CanaryConfig, overrides: { pass?: number; marginal?: number } = {}): CanaryThresholds {
  return {
    pass: overrides.pass ?? config.thresholds.pass,
    marginal: overrides.marginal ?? config.thresholds.marginal,
    maxNodata: config['max-nodata']
  };
}

function nanNote(b: SideSamples | undefined, c: SideSamples | undefined): string | undefined {
  const parts = [['baseline', b?.nan ?? 0], ['canary', c?.nan ?? 0]].filter(([, n]) => n).map(([side, n]) => `${side} ${n}`);
  return parts.length ? `NaN points left out (no value in that step): ${parts.join(', ')}` : undefined;
}
