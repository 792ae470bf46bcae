import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Chunks, ParsedMetrics } from '../../../../../src/ingest/format.js';
import { metricsFormat } from '../../../../../src/ingest/formats/metrics/metrics.js';
import { RepoPaths } from '../../../../../src/ingest/paths.js';
import { byteChunks, stringChunks } from '../../../builders.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/metrics');
const FILE = 'reports/metrics.json';
const text = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const parse = (chunks: Chunks): Promise<ParsedMetrics> => metricsFormat.parse(FILE, chunks, { repo: new RepoPaths('/work') });
const doc = (json: string) => parse(stringChunks(json));

const SERVICE = [
  { path: 'compliance.score', value: 72 },
  { path: 'compliance.controls.passed', value: 41 },
  { path: 'compliance.controls.failed', value: 3 },
  { path: 'bundle.size', value: 182.4, unit: 'KiB', direction: 'smaller-is-better' },
  { path: 'p99_latency', value: 8.2, unit: 'ms', direction: 'smaller-is-better' },
  { path: 'cold_start', value: 412, samples: [412, 398, 430, 405, 441, 399, 420], unit: 'ms', direction: 'smaller-is-better' },
  { path: 'throughput_rps', value: 1220.5, samples: [1210, 1188, 1254, 1231] },
  { path: 'lighthouse.accessibility', value: 0.97 },
  { path: 'lighthouse.performance', value: 0.81, direction: 'bigger-is-better' }
];

describe('a metrics file of nested, long-form and sampled metrics', () => {
  it('reads dotted paths, units, directions and sample medians in document order', async () => {
    expect(await parse(stringChunks(text('service.json')))).toEqual({ metrics: SERVICE, problems: [] });
  });
  it.each([1, 5, 4096])('byte chunks of %p bytes read the same', async (size) => {
    expect(await parse(byteChunks(text('service.json'), size))).toEqual({ metrics: SERVICE, problems: [] });
  });
  it('a UTF-8 BOM and CRLF line endings read the same', async () => {
    expect(await parse(byteChunks(`\uFEFF${text('service.json').replace(/\n/g, '\r\n')}`, 64))).toEqual({ metrics: SERVICE, problems: [] });
  });
});

describe('mistakes are located problems; the good metrics beside them still count', () => {
  it('mistakes.json', async () => {
    const r = await parse(byteChunks(text('mistakes.json'), 16));
    expect(r.metrics).toEqual([
      { path: 'flaky_tests', value: 4 },
      { path: 'p95_latency', value: 12.5 },
      { path: 'memory', value: 512 }
    ]);
    expect(r.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '2:15 coverage: “72.5” is a string; write the number 72.5 without quotes',
      '4:20 cache_enabled: expected a number, found true (write 1 or 0 if it counts something)',
      '5:43 p95_latency.unti: “unti” is not a metric field: an object with "value" or "samples" is one metric and may only have value, samples, unit, direction',
      '6:13 errors: expected a number, found null (leave out a metric that was not measured)',
      '7:27 startup.samples: an empty array has no samples to take a value from',
      '8:42 memory.direction: direction must be "bigger-is-better" or "smaller-is-better", found “lower”',
      '9:27 queue.depth[1]: “4” is a string; write the number 4 without quotes'
    ]);
  });
});

describe('shapes', () => {
  it.each([
    ['value and samples: value wins, samples kept', '{"t": {"value": 3, "samples": [1, 2]}}', [{ path: 't', value: 3, samples: [1, 2] }]],
    ['an object under "value" makes a group, so a metric can be called value', '{"g": {"value": {"value": 1}, "x": 2}}', [{ path: 'g.value', value: 1 }, { path: 'g.x', value: 2 }]],
    ['"values" is not "value": a group', '{"g": {"values": 3}}', [{ path: 'g.values', value: 3 }]],
    ['a top-level "value" is a metric named value', '{"value": 3}', [{ path: 'value', value: 3 }]],
    ['negative, exponent and zero', '{"a": -1.5e3, "b": 0}', [{ path: 'a', value: -1500 }, { path: 'b', value: 0 }]],
    ['an empty object has no metrics', '{}', []],
    ['an empty group has no metrics', '{"g": {}}', []],
    ['a number at the very end of a cut-free document', '{"a": 1}', [{ path: 'a', value: 1 }]]
  ])('%s', async (_situation, json, metrics) => {
    expect(await doc(json)).toEqual({ metrics, problems: [] });
  });
});

describe('broken files', () => {
  it.each([
    ['an empty file', '', { message: 'the file is empty: expected a JSON object of named numbers' }],
    ['a top-level array', '[1, 2, 3]', { line: 1, column: 1, message: 'expected a JSON object of named numbers, found an array' }],
    ['a single number', '\n 42', { line: 2, column: 2, message: 'expected a JSON object of named numbers, found a single value' }],
    ['a syntax error', '{"a": 1,\n "b" 2}', { line: 2, column: 6, message: 'invalid JSON: expected ":", found the number 2' }],
    ['a truncated file', '{"a": 1, "b": [1, 2', { line: 1, column: 20, message: 'unexpected end of file: expected "," or "]"' }],
    ['a duplicate key', '{"a": 1,\n "a": 2}', { line: 2, column: 7, message: 'a: this key appears twice in its object; only the last value is read' }],
    ['a dotted key and a nested object naming the same metric', '{"a.b": 1,\n "a": {"b": 2}}', { line: 2, column: 13, message: 'a.b: the metric "a.b" is given twice (a dotted key and a nested object name the same path)' }],
    ['an empty name', '{"": 1}', { line: 1, column: 6, message: 'a metric name cannot be empty' }],
    ['a number too large', '{"a": 1e999}', { line: 1, column: 7, message: 'a: the number is too large' }],
    ['samples that are not an array', '{"a": {"samples": 3}}', { line: 1, column: 19, message: 'a.samples: samples must be an array of numbers' }],
    ['an empty unit', '{"a": {"value": 1, "unit": ""}}', { line: 1, column: 28, message: 'a.unit: unit must be a non-empty string' }],
    ['an array inside samples', '{"a": [1, [2]]}', { line: 1, column: 11, message: 'a[1]: expected a number, found an array' }]
  ])('%s', async (_situation, json, problem) => {
    const r = await doc(json);
    expect(r.problems).toEqual([{ file: FILE, ...problem }]);
  });

  it('a file that is not valid JSON gives no metrics, even those before the error', async () => {
    expect((await doc('{"a": 1, "b": 2, "c" 3}')).metrics).toEqual([]);
  });
});

describe('sniff is conservative: only an explicit format: metrics reads anything unusual', () => {
  it.each([
    ['named numbers', true, '{"compliance": {"score": 72}}', 'metrics.json'],
    ['the long form with unit and direction', true, text('service.json'), 'perf.json'],
    ['a head cut mid-document', true, text('service.json').slice(0, 60), 'perf.json'],
    ['not a .json file', false, '{"score": 72}', 'metrics.txt'],
    ['no numbers at all', false, '{"a": {}}', 'm.json'],
    ['a boolean', false, '{"score": 72, "ok": true}', 'm.json'],
    ['a string that is not a unit', false, '{"score": 72, "commit": "abc"}', 'm.json'],
    ['an array at the top', false, '[1, 2]', 'm.json'],
    ['SARIF', false, '{"version": "2.1.0", "runs": []}', 'scan.json'],
    ['istanbul coverage-summary', false, '{"total": {"lines": {"total": 10, "covered": 5, "skipped": 0, "pct": 50}}}', 'coverage-summary.json'],
    ['istanbul coverage-final', false, '{"/src/a.js": {"path": "/src/a.js", "statementMap": {}}}', 'coverage-final.json'],
    ['pytest-split durations', false, '{"tests/test_a.py::test_x": 0.12, "tests/test_b.py::test_y": 1.5}', '.test_durations.json'],
    ['knapsack report', false, '{"spec/models/user_spec.rb": 1.2}', 'knapsack_rspec_report.json'],
    ['Google Benchmark', false, '{"context": {"num_cpus": 8}, "benchmarks": [{"real_time": 1}]}', 'bench.json'],
    ['invalid JSON', false, '{"a": 1,, "b": 2}', 'm.json']
  ])('%s → %p', (_situation, expected, head, fileName) => {
    expect(metricsFormat.sniff(head, fileName)).toBe(expected);
  });
});
