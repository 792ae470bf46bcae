import { describe, expect, it } from '@jest/globals';
import { evaluateMetricGates, parseMetricCondition, type MetricCondition, type MetricGateInput } from '../../../src/gates/metric-gate.js';
import type { BenchmarkResult } from '../../../src/model/benchmarks.js';
import type { Metric } from '../../../src/model/metrics.js';

function condition(text: string): MetricCondition {
  const parsed = parseMetricCondition(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.condition;
}
const METRICS: Metric[] = [
  { path: 'compliance.score', value: 70 },
  { path: 'compliance.controls.failed', value: 3 },
  { path: 'audio_quality_score', value: 3.0 },
  { path: 'p99_latency', value: 8.2, unit: 'ms' },
  { path: 'ratio', value: 0.1 + 0.2 }
];
const BENCHMARKS: BenchmarkResult[] = [
  { name: 'import wall time', value: 4.2, unit: 's', direction: 'smaller-is-better', normalized: { unit: 's', value: 4.2 } },
  { name: 'parse peak RSS', value: 1.5e9, unit: 'B', direction: 'smaller-is-better', normalized: { unit: 'B', value: 1.5e9 } },
  { name: 'fib(20)', value: 41_000, unit: 'ns/iter', direction: 'smaller-is-better' },
  { name: 'throughput', value: 1200, unit: 'ops/sec', direction: 'bigger-is-better' }
];
const INPUT: MetricGateInput = { metrics: METRICS, benchmarks: BENCHMARKS };
const one = (text: string, input: MetricGateInput = INPUT) => evaluateMetricGates(input, { conditions: [condition(text)] })[0];

describe('parseMetricCondition', () => {
  it.each([
    ['compliance.score >= 70', { path: 'compliance.score', op: '>=', threshold: 70 }],
    ['p99_latency<10', { path: 'p99_latency', op: '<', threshold: 10 }],
    ['  audio_quality_score   >=   3.0 ', { path: 'audio_quality_score', op: '>=', threshold: 3 }],
    ['import wall time < 5s', { path: 'import wall time', op: '<', threshold: 5, unit: 's' }],
    ['x <= 10 ms', { path: 'x', op: '<=', threshold: 10, unit: 'ms' }],
    ['mem < 2GB', { path: 'mem', op: '<', threshold: 2, unit: 'GB' }],
    ['rate > 1000/s', { path: 'rate', op: '>', threshold: 1000, unit: '/s' }],
    ['delta != -1.5e-3', { path: 'delta', op: '!=', threshold: -0.0015 }],
    ['Vec<u8> push < 5ms', { path: 'Vec<u8> push', op: '<', threshold: 5, unit: 'ms' }],
    ['n == .5', { path: 'n', op: '==', threshold: 0.5 }]
  ])('"%s"', (text, expected) => {
    const parsed = parseMetricCondition(text);
    expect(parsed).toEqual({ ok: true, condition: { ...expected, text: text.trim() } });
  });

  it.each([
    ['', 'empty condition: expected "<metric or benchmark> <operator> <number>", e.g. "compliance.score >= 70"'],
    ['compliance.score 70', 'no comparison operator in "compliance.score 70": use one of < <= > >= == !='],
    ['score = 70', 'no comparison operator in "score = 70" ("=" alone is not one: write "=="): use one of < <= > >= == !='],
    ['>= 70', 'no comparison operator in ">= 70": use one of < <= > >= == !='],
    ['score >= seventy', '"seventy" in "score >= seventy" is not a number (a unit may follow it: 5s, 10ms, 2GB, 1000/s)'],
    ['score >=', '"" in "score >=" is not a number (a unit may follow it: 5s, 10ms, 2GB, 1000/s)'],
    ['t < 5 fortnights', 'unknown unit "fortnights" in "t < 5 fortnights"; known units: ']
  ])('"%s" is rejected with a clear error', (text, error) => {
    const parsed = parseMetricCondition(text);
    expect(parsed.ok).toEqual(false);
    if (!parsed.ok) expect(parsed.error.startsWith(error)).toEqual(true);
  });
});

describe('metric gate against metrics', () => {
  it.each([
    ['compliance.score >= 70', 'passed'],
    ['compliance.score > 70', 'failed'],
    ['compliance.score <= 70', 'passed'],
    ['compliance.score < 70', 'failed'],
    ['compliance.score == 70', 'passed'],
    ['compliance.score != 70', 'failed'],
    ['audio_quality_score >= 3.0', 'passed'],
    ['ratio == 0.3', 'passed'],
    ['ratio > 0.3', 'failed'],
    ['p99_latency < 10', 'passed'],
    ['p99_latency < 0.01s', 'passed'],
    ['p99_latency < 8ms', 'failed']
  ])('%s → %s', (text, status) => {
    expect(one(text)?.status).toEqual(status);
  });

  it('a failure states the value, the condition and the fix', () => {
    const r = one('compliance.score >= 75');
    expect([r?.gate, r?.category, r?.metric, r?.comparator, r?.threshold, r?.actual, r?.message, r?.suggestions]).toEqual([
      'metrics', 'metrics', 'compliance.score', '>=', 75, 70,
      'compliance.score is 70, but the gate requires >= 75.',
      ['Bring compliance.score to >= 75, or change the condition "compliance.score >= 75" if the target moved on purpose.']
    ]);
  });

  it('a missing metric fails and names the existing ones, closest first', () => {
    const r = one('compliance.scroe >= 70');
    expect([r?.status, r?.actual, r?.message]).toEqual([
      'failed', null,
      'No metric or benchmark named "compliance.scroe". Closest: compliance.score, compliance.controls.failed, p99_latency, import wall time, parse peak RSS, and 4 more.'
    ]);
  });

  it('with no metrics at all, says none were read', () => {
    expect(one('x > 1', { metrics: [] })?.message).toEqual('No metric or benchmark named "x": no metrics or benchmarks were read at all.');
  });

  it('a unit that does not convert fails with both units named', () => {
    expect(one('p99_latency < 2GB')?.message).toEqual('Cannot check "p99_latency < 2GB": the metric is in ms, which does not convert to GB.');
  });

  it('warn action gives a warning', () => {
    expect(evaluateMetricGates(INPUT, { action: 'warn', conditions: [condition('compliance.score > 99')] })[0]?.status).toEqual('warning');
  });
});

describe('metric gate against benchmarks', () => {
  it.each([
    ['import wall time < 5', 'passed', 4.2, 's'],
    ['import wall time < 5s', 'passed', 4.2, 's'],
    ['import wall time < 4200ms', 'failed', 4200, 'ms'],
    ['import wall time <= 4200ms', 'passed', 4200, 'ms'],
    ['parse peak RSS < 2GB', 'passed', 1.5, 'GB'],
    ['parse peak RSS < 1GiB', 'failed', 1.39698386192, 'GiB'],
    ['fib(20) < 50us', 'passed', 41, 'us'],
    ['throughput >= 1000/s', 'passed', 1200, '/s']
  ])('%s → %s (actual %d %s)', (text, status, actual, unit) => {
    const r = one(text);
    expect([r?.gate, r?.category, r?.status, r?.actual, r?.unit]).toEqual(['benchmarks', 'performance', status, actual, unit]);
  });

  it('a benchmark message shows the value in the threshold unit', () => {
    expect(one('import wall time < 4s')?.message).toEqual('import wall time is 4.2 s, but the gate requires < 4 s.');
  });

  it('a metric of the same name wins over a benchmark', () => {
    const input = { metrics: [{ path: 'import wall time', value: 1 }], benchmarks: BENCHMARKS };
    expect([one('import wall time < 2', input)?.gate, one('import wall time < 2', input)?.actual]).toEqual(['metrics', 1]);
  });
});
