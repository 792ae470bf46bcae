import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decide, judgeCanary, type CanaryDecision, type CanaryMetricSamples, type CanaryMetricSettings, type CanaryThresholds } from '../../../src/canary/judge.js';

// p99 latency in ms over 12 one-minute windows; the canary draws below are other windows of the
// same service (noise), or the same windows scaled (a regression).
const LATENCY = [200, 204, 198, 201, 199, 203, 197, 202, 206, 205, 196, 207];
const NOISE = [201, 199, 205, 198, 203, 200, 196, 204, 202, 207, 197, 199];
const THROUGHPUT = [1210, 1188, 1254, 1231, 1202, 1240, 1219, 1226, 1195, 1248];
const scaled = (xs: readonly number[], f: number) => xs.map((x) => x * f);

const DEFAULTS: CanaryThresholds = { pass: 95, marginal: 75, maxNodata: 0.5 };
const up = (over: Partial<CanaryMetricSettings> = {}): CanaryMetricSettings => ({ direction: 'increase-is-bad', allowedChange: 0.1, critical: false, weight: 1, ...over });
const metric = (name: string, baseline: readonly number[], canary: readonly number[], over: Partial<CanaryMetricSettings> = {}): CanaryMetricSamples => ({ name, baseline, canary, settings: up(over) });

const healthy = [
  metric('latency_p99', LATENCY, NOISE),
  metric('throughput', THROUGHPUT, scaled(THROUGHPUT, 1.01), { direction: 'decrease-is-bad' }),
  metric('cpu', [0.31, 0.29, 0.3, 0.33, 0.28, 0.32], [0.3, 0.31, 0.29, 0.32, 0.3, 0.31])
];

describe('canary decisions', () => {
  it.each<[string, CanaryMetricSamples[], Partial<CanaryThresholds>, CanaryDecision, number, string[]]>([
    ['noise only: every metric passes → promote at 100', healthy, {}, 'promote', 100, ['Pass', 'Pass', 'Pass']],
    [
      'clear regression: p99 latency ×1.3 on one of three equal metrics → 66.67 < 75 → rollback',
      [metric('latency_p99', LATENCY, scaled(LATENCY, 1.3)), ...healthy.slice(1)],
      {},
      'rollback',
      66.67,
      ['High', 'Pass', 'Pass']
    ],
    [
      'throughput down 30% where decrease is bad → Low, rollback',
      [healthy[0]!, metric('throughput', THROUGHPUT, scaled(THROUGHPUT, 0.7), { direction: 'decrease-is-bad' }), healthy[2]!],
      {},
      'rollback',
      66.67,
      ['Pass', 'Low', 'Pass']
    ],
    [
      'a failing metric of weight 1 against passing weight 4 → 80 → hold',
      [metric('latency_p99', LATENCY, scaled(LATENCY, 1.3)), metric('cpu', LATENCY, NOISE, { weight: 4 })],
      {},
      'hold',
      80,
      ['High', 'Pass']
    ],
    [
      'critical failure: error rate ×3 is critical → score 0 although two of three pass',
      [metric('errors', [2, 1, 3, 2, 2, 1, 3, 2], [6, 7, 5, 6, 8, 6, 7, 6], { critical: true }), ...healthy.slice(1)],
      {},
      'rollback',
      0,
      ['High', 'Pass', 'Pass']
    ],
    ['no data at all → score 0 → rollback', [metric('latency_p99', LATENCY, []), metric('cpu', [], [])], { maxNodata: 1 }, 'rollback', 0, ['NoData', 'NoData']],
    [
      'too much missing data: 2 of 3 weights without data > max-nodata 0.5 → score 0',
      [healthy[0]!, metric('errors', [], [1, 2]), metric('cpu', [1, 2], [])],
      {},
      'rollback',
      0,
      ['Pass', 'NoData', 'NoData']
    ],
    [
      'some missing data within max-nodata: left out of the score → 100 → promote',
      [...healthy, metric('gc_pauses', [], [])],
      {},
      'promote',
      100,
      ['Pass', 'Pass', 'Pass', 'NoData']
    ],
    ['a critical metric without data scores 0 (it cannot vouch for the canary)', [...healthy, metric('errors', [], [], { critical: true })], {}, 'rollback', 0, ['Pass', 'Pass', 'Pass', 'NoData']],
    ['an infinite p99 (above the top bucket) is NoData', [metric('latency_p99', LATENCY, [...NOISE, Infinity]), ...healthy.slice(1)], {}, 'promote', 100, ['NoData', 'Pass', 'Pass']],
    ['no metrics → score 0 → rollback', [], {}, 'rollback', 0, []],
    ['the same 66.67 with a lower bar: marginal 60 → hold', [metric('latency_p99', LATENCY, scaled(LATENCY, 1.3)), ...healthy.slice(1)], { marginal: 60 }, 'hold', 66.67, ['High', 'Pass', 'Pass']]
  ])('%s', (_, metrics, thresholds, decision, score, classes) => {
    const j = judgeCanary({ metrics, thresholds: { ...DEFAULTS, ...thresholds } });
    expect([j.decision, j.score, j.metrics.map((m) => m.classification)]).toEqual([decision, score, classes]);
  });

  it('reasons: vetoes first, then the verdict', () => {
    const j = judgeCanary({ metrics: [metric('errors', [2, 1, 3, 2, 2, 1, 3, 2], [6, 7, 5, 6, 8, 6, 7, 6], { critical: true, allowedChange: 0.5 }), metric('cpu', [], [])], thresholds: DEFAULTS });
    expect(j.reasons).toEqual(['critical metric errors is High: higher than the baseline beyond the allowed 50%', 'score 0: rollback']);
  });
  it('reasons: the score against the thresholds, and what was left out for lack of data', () => {
    const j = judgeCanary({ metrics: [metric('latency_p99', LATENCY, scaled(LATENCY, 1.3)), metric('cpu', LATENCY, NOISE, { weight: 4 }), metric('gc', [], [1])], thresholds: DEFAULTS });
    expect(j.reasons).toEqual([
      'score 80 is below pass 95 but ≥ marginal 75: hold (watch the canary longer, then judge again)',
      'left out of the score for lack of data (16.7% of the weight, max-nodata 50%): gc'
    ]);
  });
  it('per metric: the ratio, CI and p of the comparison, the settings and the sample counts', () => {
    const [m] = judgeCanary({ metrics: [metric('latency_p99', LATENCY, scaled(LATENCY, 1.2), { critical: true, weight: 2 })], thresholds: DEFAULTS }).metrics;
    expect(m).toMatchObject({ name: 'latency_p99', classification: 'High', direction: 'increase-is-bad', allowedChange: 0.1, critical: true, weight: 2, samples: { baseline: 12, canary: 12 } });
    expect(m!.ratio).toBeCloseTo(1.2, 10);
    expect(m!.ci![0]).toBeGreaterThan(1.1);
    expect(m!.pValue).toBeCloseTo(1 / 2704156, 12);
    expect(m!.reason).toMatch(/^ratio 1\.200, CI \[1\.\d{3}, 1\.\d{3}\]: the whole CI is beyond 1 \+ 0\.1$/);
  });
  it('a note (NaN points left out) and infinite values are explained in the reason', () => {
    const [m] = judgeCanary({ metrics: [{ ...metric('p99', LATENCY, [...NOISE, Infinity, Infinity]), note: 'NaN points left out (no value in that step): canary 2' }], thresholds: DEFAULTS }).metrics;
    expect(m!.reason).toBe(
      'a value is not a finite number (infinite values: canary 2; a histogram_quantile above the top bucket is +Inf, so add a larger bucket); NaN points left out (no value in that step): canary 2'
    );
  });
  it('the last known good commit comes with a rollback, and only then', () => {
    const lastGreen = { sha: '4f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39', runUrl: 'https://github.com/acme/shop/actions/runs/9876543210' };
    const rollback = judgeCanary({ metrics: [metric('latency_p99', LATENCY, scaled(LATENCY, 1.5), { critical: true })], thresholds: DEFAULTS, lastGreen });
    expect([rollback.decision, rollback.lastGreen]).toEqual(['rollback', lastGreen]);
    expect(rollback.reasons.at(-1)).toBe('last known good commit: 4f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39');
    const promote = judgeCanary({ metrics: healthy, thresholds: DEFAULTS, lastGreen });
    expect([promote.decision, promote.lastGreen]).toEqual(['promote', undefined]);
  });
  it('vetoes roll back whatever the thresholds: pass 0.01, marginal 0 cannot promote a failed critical metric', () => {
    const j = judgeCanary({ metrics: [metric('errors', LATENCY, scaled(LATENCY, 2), { critical: true })], thresholds: { pass: 0.01, marginal: 0, maxNodata: 0.5 } });
    expect([j.decision, j.score]).toEqual(['rollback', 0]);
  });
  it.each([
    [{ pass: 75, marginal: 75, maxNodata: 0.5 }, 'thresholds need 0 ≤ marginal < pass ≤ 100, got pass 75, marginal 75'],
    [{ pass: 101, marginal: 75, maxNodata: 0.5 }, 'thresholds need 0 ≤ marginal < pass ≤ 100, got pass 101, marginal 75'],
    [{ pass: 95, marginal: 75, maxNodata: 1.5 }, 'maxNodata must be in [0, 1], got 1.5']
  ])('bad thresholds are a programming error: %p', (thresholds, message) => {
    expect(() => judgeCanary({ metrics: healthy, thresholds })).toThrow(message);
  });
  it('decide: the boundaries belong to the better decision', () => {
    expect([decide(95, DEFAULTS), decide(94.99, DEFAULTS), decide(75, DEFAULTS), decide(74.99, DEFAULTS)]).toEqual(['promote', 'hold', 'hold', 'rollback']);
  });
});

const RUNS = { numRuns: 200 };
const positive = fc.double({ min: 0.01, max: 1e4, noNaN: true, noDefaultInfinity: true });
const sample = fc.array(positive, { minLength: 0, maxLength: 12 });
const settings = fc.record({
  direction: fc.constantFrom('increase-is-bad' as const, 'decrease-is-bad' as const),
  allowedChange: fc.double({ min: 0, max: 0.9, noNaN: true }),
  critical: fc.boolean(),
  weight: fc.double({ min: 0.1, max: 10, noNaN: true })
});
const metricArb = fc.record({ name: fc.string({ minLength: 1, maxLength: 8 }), baseline: sample, canary: sample, settings });
const metrics = fc.array(metricArb, { maxLength: 6 });
const thresholds = fc
  .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 100 }), fc.double({ min: 0, max: 1, noNaN: true }))
  .filter(([m, p]) => m < p)
  .map(([marginal, pass, maxNodata]): CanaryThresholds => ({ pass, marginal, maxNodata }));
const RANK: Record<CanaryDecision, number> = { rollback: 0, hold: 1, promote: 2 };
const FAILING_CRITICAL = metric('errors', LATENCY, scaled(LATENCY, 3), { critical: true });

describe('canary judge properties', () => {
  it('the score lies in [0, 100] and the decision follows it (or a veto)', () => {
    fc.assert(fc.property(metrics, thresholds, (ms, t) => {
      const j = judgeCanary({ metrics: ms, thresholds: t });
      return j.score >= 0 && j.score <= 100 && (j.decision === decide(j.score, t) || (j.decision === 'rollback' && j.score === 0));
    }), RUNS);
  });
  it('identical samples always promote, whatever the settings and thresholds', () => {
    const nonEmpty = fc.array(positive, { minLength: 1, maxLength: 12 });
    fc.assert(fc.property(fc.array(fc.record({ name: fc.string(), values: nonEmpty, settings }), { minLength: 1, maxLength: 6 }), thresholds, (ms, t) => {
      const j = judgeCanary({ metrics: ms.map((m) => ({ name: m.name, baseline: m.values, canary: [...m.values], settings: m.settings })), thresholds: t });
      return j.decision === 'promote' && j.score === 100;
    }), RUNS);
  });
  it('adding a failing critical metric never raises the score, and rolls back', () => {
    fc.assert(fc.property(metrics, thresholds, (ms, t) => {
      const before = judgeCanary({ metrics: ms, thresholds: t });
      const after = judgeCanary({ metrics: [...ms, FAILING_CRITICAL], thresholds: t });
      return after.score <= before.score && after.decision === 'rollback';
    }), RUNS);
  });
  it('monotonic in the thresholds: raising pass or marginal never improves the decision', () => {
    fc.assert(fc.property(metrics, thresholds, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (ms, t, dPass, dMarginal) => {
      const pass = Math.min(100, t.pass + dPass);
      const higher = { ...t, pass, marginal: Math.min(pass - 1, t.marginal + dMarginal) };
      const a = judgeCanary({ metrics: ms, thresholds: t });
      const b = judgeCanary({ metrics: ms, thresholds: higher });
      return a.score === b.score && RANK[b.decision] <= RANK[a.decision];
    }), RUNS);
  });
  it('only relative weights count: scaling every weight leaves the score alone', () => {
    fc.assert(fc.property(metrics, thresholds, fc.double({ min: 0.5, max: 20, noNaN: true }), (ms, t, k) => {
      const a = judgeCanary({ metrics: ms, thresholds: t });
      const b = judgeCanary({ metrics: ms.map((m) => ({ ...m, settings: { ...m.settings, weight: m.settings.weight * k } })), thresholds: t });
      return Math.abs(a.score - b.score) <= 0.01 + 1e-9;
    }), RUNS);
  });
});
