import type { BenchmarkResult, BetterDirection } from '../../../model/benchmarks.js';
import type { Problem } from '../../../model/problems.js';
import type { BenchmarksFormat } from '../../format.js';
import { JsonContentError, streamJson } from '../../stream/json-stream.js';
import { median as medianOf } from '../../../stats/median.js';

/**
 * Our own benchmark file, written by `pipeline-gates measure`: every sample kept, units and
 * direction explicit, so nothing is inferred from a tool's text.
 * `{"schema": "pipeline-gates/benchmarks", "version": 1, "benchmarks": [{name, unit, direction, value, samples}]}`
 */
export const BENCHMARKS_SCHEMA = 'pipeline-gates/benchmarks';

export function benchmarksDocument(benchmarks: readonly BenchmarkResult[]): Record<string, unknown> {
  return { schema: BENCHMARKS_SCHEMA, version: 1, benchmarks };
}

const DIRECTIONS: readonly BetterDirection[] = ['bigger-is-better', 'smaller-is-better'];

export const pipelineGatesBenchFormat: BenchmarksFormat = {
  id: 'pipeline-gates-bench',
  kind: 'benchmarks',
  description: 'Pipeline Gates benchmark JSON (written by pipeline-gates measure)',
  sniff: (head) => head.includes(`"${BENCHMARKS_SCHEMA}"`),
  async parse(file, chunks) {
    const benchmarks: BenchmarkResult[] = [];
    const read = await streamJson(file, chunks, ['$.schema', '$.benchmarks.*'], ({ path, value }) => {
      if (path[0] === 'schema') {
        if (value !== BENCHMARKS_SCHEMA) throw new JsonContentError(`expected "schema": "${BENCHMARKS_SCHEMA}"`);
        return;
      }
      benchmarks.push(toResult(value, path[1]));
    });
    const problems: Problem[] = read.problem ? [read.problem] : [];
    return { benchmarks, problems, warnings: [] };
  }
};

function toResult(value: unknown, index: unknown): BenchmarkResult {
  const v = value as Record<string, unknown> | null;
  const at = `benchmarks[${String(index)}]`;
  if (!v || typeof v !== 'object') throw new JsonContentError(`${at}: expected an object`);
  const { name, unit, direction, samples } = v;
  if (typeof name !== 'string' || !name) throw new JsonContentError(`${at}: "name" must be a non-empty string`);
  if (typeof unit !== 'string') throw new JsonContentError(`${at}: "unit" must be a string`);
  if (!DIRECTIONS.includes(direction as BetterDirection)) throw new JsonContentError(`${at}: "direction" must be bigger-is-better or smaller-is-better`);
  if (!Array.isArray(samples) || samples.length === 0 || !samples.every((s) => typeof s === 'number' && Number.isFinite(s))) {
    throw new JsonContentError(`${at}: "samples" must be a non-empty array of numbers`);
  }
  const median = medianOf(samples as number[]);
  const base = unit === 's' || unit === 'B' ? { normalized: { unit: unit as 's' | 'B', value: median, samples: samples as number[] } } : {};
  return { name, unit, direction: direction as BetterDirection, value: median, samples: samples as number[], ...base };
}
