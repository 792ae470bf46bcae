import type { Chunks } from '../ingest/format.js';
import { metricsFormat } from '../ingest/formats/metrics/metrics.js';
import { RepoPaths } from '../ingest/paths.js';
import { parsePrometheus, sniffPrometheus, type PrometheusSeries } from './prometheus.js';
import type { Metric } from '../model/metrics.js';
import type { Problem } from '../model/problems.js';
import type { CanaryDirection } from '../stats/canary.js';
import type { CanaryConfig } from './config.js';
import { describeSeries, parseSelector, type SeriesSelector } from './selector.js';

/**
 * Canary samples per metric and side, from two kinds of file:
 * - our metrics JSON, where an array is a metric's samples: `{"latency_p99": [0.21, 0.19, …]}` or
 *   `{"latency_p99": {"samples": […], "direction": "smaller-is-better"}}` (a single number is one
 *   sample);
 * - a saved Prometheus response, whose series' points are the samples. A query that aggregates
 *   (`histogram_quantile(0.99, sum by (le) (…))`) leaves series without a name, so such a file is
 *   named on the command line: `latency_p99=canary-latency.json`. Otherwise a configured metric
 *   takes the series its `query:` selects, or else the series whose `__name__` is the metric name;
 *   with no metrics configured each series is a metric named by its selector.
 * Several files on one side pool their samples, as several runs are several samples.
 */

export interface SampleFileSpec {
  readonly file: string;
  /** From `NAME=FILE`: every series in the (Prometheus) file belongs to metric NAME. */
  readonly name?: string;
}

export type SampleSource =
  | { readonly kind: 'metrics'; readonly file: string; readonly metrics: readonly Metric[] }
  | { readonly kind: 'prometheus'; readonly file: string; readonly name?: string; readonly series: readonly PrometheusSeries[] };

export interface SampleRead {
  readonly source?: SampleSource;
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
}

/** One side's samples of one metric. */
export interface SideSamples {
  readonly values: number[];
  /** NaN points left out (Prometheus's "no value in this step", e.g. no requests in the window). */
  nan: number;
}

export interface GatheredSide {
  readonly samples: ReadonlyMap<string, SideSamples>;
  /** Directions the metrics files declare (`smaller-is-better` → increase-is-bad). */
  readonly directions: ReadonlyMap<string, CanaryDirection>;
  /** Metrics or series in the files that no configured metric takes. */
  readonly unjudged: readonly string[];
  readonly problems: readonly Problem[];
}

const METRIC_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

/**
 * `NAME=FILE` when the text before the first "=" is a metric name (letters, digits, `_ . : -`);
 * anything else is a plain path, so `./a=b.json` still names a file called `a=b.json`.
 */
export function parseFileArg(arg: string): SampleFileSpec {
  const eq = arg.indexOf('=');
  if (eq > 0 && METRIC_NAME.test(arg.slice(0, eq)) && eq < arg.length - 1) return { file: arg.slice(eq + 1), name: arg.slice(0, eq) };
  return { file: arg };
}

/** Reads one file: Prometheus when it looks like an API response, else our metrics JSON. */
export async function readSampleFile(spec: SampleFileSpec, head: string, chunks: Chunks): Promise<SampleRead> {
  if (sniffPrometheus(head.replace(/^\uFEFF/, ''))) {
    const parsed = await parsePrometheus(spec.file, chunks);
    if (parsed.problems.length) return { problems: parsed.problems, warnings: parsed.warnings };
    return { source: { kind: 'prometheus', file: spec.file, ...(spec.name && { name: spec.name }), series: parsed.series }, problems: [], warnings: parsed.warnings };
  }
  if (spec.name) {
    const message = `${spec.name}=… names the series of a Prometheus response, but this is not one (a metrics JSON names its metrics by its keys); give the file alone`;
    return { problems: [{ file: spec.file, message }], warnings: [] };
  }
  const parsed = await metricsFormat.parse(spec.file, chunks, { repo: new RepoPaths('/') });
  return parsed.problems.length ? { problems: parsed.problems, warnings: [] } : { source: { kind: 'metrics', file: spec.file, metrics: parsed.metrics }, problems: [], warnings: [] };
}

/** Samples per metric name on one side, chosen as the module comment describes. */
export function gatherSide(sources: readonly SampleSource[], metrics: CanaryConfig['metrics']): GatheredSide {
  const configured = Object.keys(metrics).length > 0;
  const samples = new Map<string, SideSamples>();
  const directions = new Map<string, CanaryDirection>();
  const unjudged = new Set<string>();
  const problems: Problem[] = [];
  const selectors = new Map<string, SeriesSelector>();
  for (const [name, cfg] of Object.entries(metrics)) {
    const parsed = cfg.query ? parseSelector(cfg.query) : undefined;
    if (parsed?.ok) selectors.set(name, parsed.selector);
  }
  const add = (name: string, values: readonly number[]): void => {
    if (configured && !Object.hasOwn(metrics, name)) return void unjudged.add(name);
    const side = samples.get(name) ?? { values: [], nan: 0 };
    samples.set(name, side);
    for (const v of values) {
      if (Number.isNaN(v)) side.nan++;
      else side.values.push(v);
    }
  };
  for (const source of sources) {
    if (source.kind === 'metrics') {
      for (const m of source.metrics) {
        add(m.path, m.samples ?? [m.value]);
        if (m.direction) directions.set(m.path, m.direction === 'smaller-is-better' ? 'increase-is-bad' : 'decrease-is-bad');
      }
    } else if (source.name !== undefined) {
      const selector = selectors.get(source.name);
      for (const s of source.series) if (!selector || selector.test(s.labels)) add(source.name, s.values);
    } else {
      for (const s of source.series) {
        if (!configured && Object.keys(s.labels).length === 0) {
          problems.push({
            file: source.file,
            ...(s.line !== undefined && { line: s.line }),
            message: `${s.path} has no metric name or labels to call it by: give the file as NAME=FILE (e.g. latency_p99=${source.file}) or configure canary.metrics.<name>.query`
          });
          continue;
        }
        const owners = configured ? Object.keys(metrics).filter((name) => selectors.get(name)?.test(s.labels) ?? s.labels.__name__ === name) : [describeSeries(s.labels)];
        if (owners.length === 0) unjudged.add(describeSeries(s.labels));
        for (const owner of owners) add(owner, s.values);
      }
    }
  }
  return { samples, directions, unjudged: [...unjudged], problems };
}
