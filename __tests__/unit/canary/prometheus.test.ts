import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePrometheus, sampleValue, sniffPrometheus } from '../../../src/canary/prometheus.js';
import { byteChunks, stringChunks } from '../builders.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/canary/prometheus');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const parse = (json: string, file = 'prom.json') => parsePrometheus(file, stringChunks(json));
const series = (values: string, extra = '') => `{"status":"success"${extra},"data":{"resultType":"matrix","result":[{"metric":{"deployment":"canary"},"values":${values}}]}}`;

describe('a saved query_range response', () => {
  it('histogram_quantile p99: one unnamed series, 31 points 30 s apart, "NaN" kept as NaN', async () => {
    const r = await parse(fixture('baseline-latency-p99.json'));
    expect([r.resultType, r.problems, r.warnings, r.series.length]).toEqual(['matrix', [], [], 1]);
    const [s] = r.series;
    expect(s!.labels).toEqual({ deployment: 'baseline' });
    expect(s!.timestamps).toHaveLength(31);
    expect([s!.timestamps[0], s!.timestamps[30]]).toEqual([1718000000, 1718000900]);
    expect(s!.values[0]).toBe(0.2438814695192642);
    expect(s!.values.filter(Number.isNaN)).toHaveLength(1);
    expect(Number.isNaN(s!.values[7])).toBe(true);
    expect([s!.path, s!.line]).toEqual(['data.result[0]', 1]);
  });
  it('rate() of 5xx per instance: three labelled series, in file order', async () => {
    const r = await parse(fixture('canary-errors-regressed.json'));
    expect(r.series.map((s) => s.labels.instance)).toEqual(['10.0.2.1:8080', '10.0.2.2:8080', '10.0.2.3:8080']);
    expect(r.series[0]!.labels).toEqual({ code: '500', deployment: 'canary', handler: '/api/checkout', instance: '10.0.2.1:8080', job: 'checkout', method: 'POST' });
    expect(r.series.every((s) => s.values.length === 31)).toBe(true);
  });
  it.each([1, 7, 4096])('byte chunks of %p bytes read the same', async (size) => {
    const whole = await parse(fixture('baseline-errors.json'));
    expect(await parsePrometheus('prom.json', byteChunks(fixture('baseline-errors.json'), size))).toEqual(whole);
  });
  it('key order is free: jq -S puts data before status and result before resultType', async () => {
    const sorted = '{"data":{"result":[{"metric":{},"values":[[1,"2"],[31,"3.5"]]}],"resultType":"matrix"},"status":"success"}';
    expect(sniffPrometheus(sorted)).toBe(true);
    const r = await parse(sorted);
    expect(r.series.map((s) => s.values)).toEqual([[2, 3.5]]);
  });
  it('"+Inf", "-Inf", exponents and fractional timestamps read as Prometheus wrote them', async () => {
    const r = await parse(series('[[1718000000.5,"+Inf"],[1718000030,"-Inf"],[1718000060,"1e-3"],[1718000090,"12"]]'));
    expect(r.series[0]!.values).toEqual([Infinity, -Infinity, 0.001, 12]);
    expect(r.series[0]!.timestamps[0]).toBe(1718000000.5);
  });
  it('an instant query (vector): one sample per series', async () => {
    const json = '{"status":"success","data":{"resultType":"vector","result":[{"metric":{"pod":"a"},"value":[1718000000,"0.5"]},{"metric":{"pod":"b"},"value":[1718000000,"0.7"]}]}}';
    expect((await parse(json)).series.map((s) => [s.labels.pod, s.values])).toEqual([['a', [0.5]], ['b', [0.7]]]);
  });
  it('an empty result is no series and no problem (the query matched nothing)', async () => {
    expect(await parse('{"status":"success","data":{"resultType":"matrix","result":[]}}')).toEqual({ resultType: 'matrix', series: [], problems: [], warnings: [] });
  });
  it('Prometheus warnings become warnings', async () => {
    const r = await parse(series('[[1,"1"]]', ',"warnings":["query range exceeded retention; partial data"]'));
    expect(r.warnings).toEqual([{ file: 'prom.json', line: 1, column: 32, message: 'Prometheus: query range exceeded retention; partial data' }]);
    expect(r.series).toHaveLength(1);
  });
});

describe('errors name the file, the JSON path and the fix', () => {
  it('status "error": quotes errorType and error', async () => {
    const r = await parse(fixture('error-response.json'), 'canary.json');
    expect(r.series).toEqual([]);
    expect(r.problems).toEqual([
      {
        file: 'canary.json',
        line: 1,
        column: 11,
        message: 'Prometheus answered with an error (bad_data): invalid parameter "query": 1:55: parse error: unexpected "}" in label matching, expected string; fix the query and export it again'
      }
    ]);
  });
  it.each([
    ['a value that is not a Prometheus float', series('[[1,"0.2"],[31,"fast"]]'), 'data.result[0].values[1]: expected [<unix time>, "<value>"]: the value is “fast”, not a number Prometheus writes (e.g. "0.25", "NaN", "+Inf")'],
    ['a point that is not a pair', series('[[1,"0.2"],[31]]'), 'data.result[0].values[1]: expected [<unix time>, "<value>"], found “[31]”'],
    ['a timestamp that is a string', series('[["1718000000","0.2"]]'), 'data.result[0].values[0]: expected [<unix time>, "<value>"]: the time is “1718000000”'],
    ['values that are not an array', series('{"a":1}'), 'data.result[0].values: expected an array of [<unix time>, "<value>"] pairs, found an object'],
    ['a label value that is a number', '{"status":"success","data":{"resultType":"vector","result":[{"metric":{"code":500},"value":[1,"1"]}]}}', 'data.result[0].metric.code: a label value must be a string, found 500'],
    ['a vector series without value', '{"status":"success","data":{"resultType":"vector","result":[{"metric":{}}]}}', 'data.result[0].value: is missing: a vector series has "value"']
  ])('%s', async (_, json, message) => {
    const r = await parse(json);
    expect(r.series).toEqual([]);
    expect(r.problems.map((p) => [p.file, p.line, p.message])).toEqual([['prom.json', 1, message]]);
  });
  it('a pretty-printed file: the problem is placed at the line where its series starts', async () => {
    const pretty = JSON.stringify(JSON.parse(series('[[1,"0.2"]]').replace('"values":[[1,"0.2"]]', '"values":[[1,"0.2"]]},{"metric":{},"values":[[1,"x"]]')), null, 2);
    const r = await parse(pretty);
    expect(r.problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([[17, 'data.result[1].values[0]']]);
  });
  it.each([
    ['scalar', '{"status":"success","data":{"resultType":"scalar","result":[1718000000,"1"]}}', 'data.resultType is "scalar": a scalar names no series; query a vector (e.g. sum by (deployment) (…)) instead'],
    ['no data', '{"status":"success"}', 'data.resultType is missing: expected a Prometheus API response: {"status":"success","data":{"resultType":"matrix","result":[{"metric":{…},"values":[[<unix time>,"<value>"],…]}]}}'],
    ['result not an array', '{"status":"success","data":{"resultType":"matrix","result":{"a":1}}}', 'data.result: expected an array of series, found an object'],
    ['unknown status', '{"status":"partial","data":{"resultType":"matrix","result":[]}}', 'status: expected "success" or "error", found “partial”'],
    ['a top-level array', '[1,2]', 'expected a Prometheus API response: {"status":"success","data":{"resultType":"matrix","result":[{"metric":{…},"values":[[<unix time>,"<value>"],…]}]}}, found an array']
  ])('wrong shape: %s', async (_, json, message) => {
    const r = await parse(json);
    expect([r.series, r.problems.map((p) => p.message)]).toEqual([[], [message]]);
  });
  it('invalid JSON is located', async () => {
    const r = await parse('{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"2"],]}]}}');
    expect(r.problems).toEqual([{ file: 'prom.json', line: 1, column: 92, message: 'invalid JSON: expected a value, found "]"' }]);
  });
});

describe('detection', () => {
  it.each([
    ['a query_range answer', true, fixture('baseline-latency-p99.json')],
    ['an error answer', true, fixture('error-response.json')],
    ['our metrics JSON', false, '{"latency": [1, 2, 3]}'],
    ['a metrics JSON with a "status" key', false, '{"status": {"samples": [1, 2]}}'],
    ['a JSON array', false, '[{"status":"success"}]']
  ])('%s → %p', (_, expected, head) => {
    expect(sniffPrometheus(head)).toBe(expected);
  });
  it.each([
    ['0.25', 0.25],
    ['-3', -3],
    ['1.5e+06', 1.5e6],
    ['+Inf', Infinity],
    ['Inf', Infinity],
    ['', undefined],
    ['0x10', undefined],
    [' 1', undefined],
    [true, undefined]
  ])('sample value %p → %p', (raw, expected) => {
    expect(sampleValue(raw)).toBe(expected);
  });
});
