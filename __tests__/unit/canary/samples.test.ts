import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { canarySchema, type CanaryConfig, type CanaryConfigInput } from '../../../src/canary/config.js';
import { pairSides, thresholdsOf } from '../../../src/canary/pair.js';
import { gatherSide, parseFileArg, readSampleFile, type SampleSource } from '../../../src/canary/samples.js';
import type { PrometheusSeries } from '../../../src/canary/prometheus.js';
import { stringChunks } from '../builders.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/canary');
const read = async (arg: string, text?: string) => {
  const spec = parseFileArg(arg);
  const content = text ?? readFileSync(path.join(FIXTURES, spec.file), 'utf8');
  return readSampleFile(spec, content.slice(0, 4096), stringChunks(content));
};
const config = (input: CanaryConfigInput = {}): CanaryConfig => canarySchema.parse(input);
const series = (labels: Record<string, string>, values: number[]): PrometheusSeries => ({ labels, values, timestamps: values.map((_, i) => 1718000000 + 30 * i), path: 'data.result[0]' });
const prom = (file: string, list: PrometheusSeries[], name?: string): SampleSource => ({ kind: 'prometheus', file, series: list, ...(name && { name }) });
const samplesOf = (side: ReturnType<typeof gatherSide>) => Object.fromEntries([...side.samples].map(([k, v]) => [k, v.nan ? { values: v.values, nan: v.nan } : v.values]));

describe('file arguments', () => {
  it.each([
    ['canary.json', { file: 'canary.json' }],
    ['latency_p99=prom/canary.json', { file: 'prom/canary.json', name: 'latency_p99' }],
    ['http.p99:ms=c.json', { file: 'c.json', name: 'http.p99:ms' }],
    ['./a=b.json', { file: './a=b.json' }],
    ['dir/x=y.json', { file: 'dir/x=y.json' }],
    ['=c.json', { file: '=c.json' }],
    ['name=', { file: 'name=' }]
  ])('%s → %p', (arg, expected) => {
    expect(parseFileArg(arg)).toEqual(expected);
  });
});

describe('reading a sample file', () => {
  it('a Prometheus answer is detected from its content and keeps its NAME=', async () => {
    const r = await read('latency_p99=prometheus/baseline-latency-p99.json');
    expect(r.source).toMatchObject({ kind: 'prometheus', file: 'prometheus/baseline-latency-p99.json', name: 'latency_p99' });
    expect(r.source?.kind === 'prometheus' && r.source.series.length).toBe(1);
  });
  it('anything else is our metrics JSON: arrays are samples', async () => {
    const r = await read('metrics/baseline.json');
    expect(r.source?.kind === 'metrics' && r.source.metrics.map((m) => [m.path, m.samples?.length, m.direction])).toEqual([
      ['cpu_seconds_per_request', 15, undefined],
      ['memory_mb', 15, 'smaller-is-better']
    ]);
  });
  it('NAME= on a metrics JSON is refused: its keys already name its metrics', async () => {
    expect((await read('cpu=metrics/baseline.json')).problems).toEqual([
      { file: 'metrics/baseline.json', message: 'cpu=… names the series of a Prometheus response, but this is not one (a metrics JSON names its metrics by its keys); give the file alone' }
    ]);
  });
  it('a Prometheus error answer and a broken metrics file come back as located problems, no source', async () => {
    const error = await read('prometheus/error-response.json');
    expect([error.source, error.problems.map((p) => p.message.split(':')[0])]).toEqual([undefined, ['Prometheus answered with an error (bad_data)']]);
    const broken = await read('m.json', '{"latency": [1, "2"]}');
    expect([broken.source, broken.problems]).toEqual([undefined, [{ file: 'm.json', line: 1, column: 17, message: 'latency[1]: “2” is a string; write the number 2 without quotes' }]]);
  });
});

describe('which samples belong to which metric', () => {
  it('NAME=FILE: every series of the file, pooled, NaN points counted and left out', () => {
    const side = gatherSide([prom('p99.json', [series({ pod: 'a' }, [0.2, NaN, 0.3]), series({ pod: 'b' }, [0.25])], 'latency_p99')], {});
    expect(samplesOf(side)).toEqual({ latency_p99: { values: [0.2, 0.3, 0.25], nan: 1 } });
  });
  it('a configured query picks series across instances; other series are listed as not judged', () => {
    const cfg = config({ metrics: { errors_5xx: { direction: 'increase-is-bad', query: '{code=~"5.."}' } } });
    const side = gatherSide([prom('errors.json', [series({ code: '500', instance: 'a' }, [0, 0.1]), series({ code: '503', instance: 'b' }, [0.2]), series({ code: '200', instance: 'a' }, [9])])], cfg.metrics);
    expect([samplesOf(side), side.unjudged]).toEqual([{ errors_5xx: [0, 0.1, 0.2] }, ['{code="200", instance="a"}']]);
  });
  it('a configured metric without a query takes the series named like it (__name__)', () => {
    const cfg = config({ metrics: { up: { direction: 'decrease-is-bad' } } });
    const side = gatherSide([prom('up.json', [series({ __name__: 'up', job: 'a' }, [1, 1]), series({ __name__: 'down' }, [0])])], cfg.metrics);
    expect([samplesOf(side), side.unjudged]).toEqual([{ up: [1, 1] }, ['down']]);
  });
  it('a NAME= file of a configured metric is filtered by that metric’s query', () => {
    const cfg = config({ metrics: { p99: { direction: 'increase-is-bad', query: '{deployment="canary"}' } } });
    const side = gatherSide([prom('both.json', [series({ deployment: 'baseline' }, [1]), series({ deployment: 'canary' }, [2])], 'p99')], cfg.metrics);
    expect(samplesOf(side)).toEqual({ p99: [2] });
  });
  it('without configured metrics, unnamed series are metrics named by their selector', () => {
    const side = gatherSide([prom('raw.json', [series({ __name__: 'http_requests_total', code: '500' }, [3])])], {});
    expect(samplesOf(side)).toEqual({ 'http_requests_total{code="500"}': [3] });
  });
  it('an unnamed series without labels cannot be told apart from another file’s: a problem with the fix', () => {
    const side = gatherSide([prom('p99.json', [{ ...series({}, [0.2]), line: 1 }])], {});
    expect(side.problems).toEqual([
      { file: 'p99.json', line: 1, message: 'data.result[0] has no metric name or labels to call it by: give the file as NAME=FILE (e.g. latency_p99=p99.json) or configure canary.metrics.<name>.query' }
    ]);
  });
  it('metrics JSON: arrays are samples, a single number is one sample, files on one side pool', () => {
    const a: SampleSource = { kind: 'metrics', file: 'a.json', metrics: [{ path: 'cpu', value: 2, samples: [1, 2, 3] }, { path: 'rss', value: 400 }] };
    const b: SampleSource = { kind: 'metrics', file: 'b.json', metrics: [{ path: 'cpu', value: 4, samples: [4] }] };
    expect(samplesOf(gatherSide([a, b], {}))).toEqual({ cpu: [1, 2, 3, 4], rss: [400] });
  });
});

describe('pairing both sides with their settings', () => {
  const side = (entries: Record<string, number[]>, directions: Record<string, 'increase-is-bad' | 'decrease-is-bad'> = {}, unjudged: string[] = []) => ({
    samples: new Map(Object.entries(entries).map(([k, v]) => [k, { values: v, nan: 0 }])),
    directions: new Map(Object.entries(directions)),
    unjudged,
    problems: []
  });
  it('configured: exactly the configured metrics, a missing one with no samples (so NoData, not a silent pass)', () => {
    const cfg = config({ metrics: { p99: { direction: 'increase-is-bad', critical: true, weight: 3 }, errros: { direction: 'increase-is-bad' } } });
    const paired = pairSides(side({ p99: [1, 2] }, {}, ['cpu']), side({ p99: [3], errors: [0] }, {}, ['errors']), cfg);
    expect(paired.metrics).toEqual([
      { name: 'p99', baseline: [1, 2], canary: [3], settings: { direction: 'increase-is-bad', allowedChange: 0.1, critical: true, weight: 3 } },
      { name: 'errros', baseline: [], canary: [], settings: { direction: 'increase-is-bad', allowedChange: 0.1, critical: false, weight: 1 } }
    ]);
    expect(paired.notes).toEqual(['not judged (not in canary.metrics): cpu, errors']);
  });
  it('unconfigured: every metric on either side, the file’s direction or increase-is-bad (said so)', () => {
    const paired = pairSides(side({ rss: [1] }, { rss: 'increase-is-bad' }), side({ rss: [2], rps: [5] }, { rps: 'decrease-is-bad' }), config());
    expect(paired.metrics.map((m) => [m.name, m.baseline, m.canary, m.settings.direction])).toEqual([
      ['rss', [1], [2], 'increase-is-bad'],
      ['rps', [], [5], 'decrease-is-bad']
    ]);
    expect(pairSides(side({ cpu: [1] }), side({ cpu: [1] }), config()).notes).toEqual(['direction assumed increase-is-bad (configure canary.metrics.<name>.direction): cpu']);
  });
  it('thresholds: the config’s, overridden by flags', () => {
    const cfg = config({ thresholds: { pass: 90, marginal: 60 }, 'max-nodata': 0.2 });
    expect(thresholdsOf(cfg)).toEqual({ pass: 90, marginal: 60, maxNodata: 0.2 });
    expect(thresholdsOf(cfg, { pass: 99 })).toEqual({ pass: 99, marginal: 60, maxNodata: 0.2 });
  });
});
