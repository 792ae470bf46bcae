import { describe, expect, it } from '@jest/globals';
import { compareMetric } from '../../../src/stats/canary.js';

const BASELINE = [200, 204, 198, 201, 199, 203, 197, 202, 206, 205, 196, 207];
const scaled = (f: number) => BASELINE.map((v) => v * f);

describe('compareMetric (Kayenta-style MannWhitney classification)', () => {
  it('latency up 20% with 10% allowed: High, ratio 1.2, CI above 1.1', () => {
    const r = compareMetric({ baseline: BASELINE, canary: scaled(1.2), direction: 'increase-is-bad', allowedChange: 0.1 });
    expect([r.classification, r.scale]).toEqual(['High', 'log']);
    expect(r.ratio).toBeCloseTo(1.2, 10);
    expect(r.ci![0]).toBeGreaterThan(1.1);
    expect(r.pValue).toBeCloseTo(1 / 2704156, 12); // 12 vs 12 separated: 1/C(24, 12)
  });
  it('latency up 5% with 10% allowed: Pass (significant, but inside the allowance)', () => {
    expect(compareMetric({ baseline: BASELINE, canary: scaled(1.05), direction: 'increase-is-bad', allowedChange: 0.1 }).classification).toBe('Pass');
  });
  it('only the bad side counts: a faster canary passes when increase is bad', () => {
    expect(compareMetric({ baseline: BASELINE, canary: scaled(0.5), direction: 'increase-is-bad', allowedChange: 0.1 }).classification).toBe('Pass');
  });
  it('throughput down 30% with 10% allowed, decrease is bad: Low', () => {
    const r = compareMetric({ baseline: BASELINE, canary: scaled(0.7), direction: 'decrease-is-bad', allowedChange: 0.1 });
    expect(r.classification).toBe('Low');
    expect(r.ci![1]).toBeLessThan(0.9);
  });
  it('no data on either side: NoData', () => {
    expect(compareMetric({ baseline: [], canary: [1], direction: 'increase-is-bad', allowedChange: 0.1 })).toMatchObject({ classification: 'NoData', reason: 'no baseline data' });
    expect(compareMetric({ baseline: [1], canary: [NaN], direction: 'increase-is-bad', allowedChange: 0.1 }).classification).toBe('NoData');
  });
  it('identical values everywhere (an error count of 0 on both): Pass', () => {
    expect(compareMetric({ baseline: [0, 0, 0], canary: [0, 0, 0], direction: 'increase-is-bad', allowedChange: 0.1 })).toMatchObject({ classification: 'Pass', ratio: 1 });
  });
  it('zeros fall back to Kayenta’s linear scale: errors 2 → 6 on a median of 2 is High', () => {
    const r = compareMetric({ baseline: [0, 2, 1, 3, 2, 2, 1, 3], canary: [5, 6, 7, 6, 5, 8, 6, 7], direction: 'increase-is-bad', allowedChange: 0.5 });
    expect([r.classification, r.scale]).toEqual(['High', 'linear']);
    expect(r.ratio).toBeCloseTo(1 + 4 / 2, 10); // HL shift 4 over |median(baseline)| = 2
  });
  it('a zero baseline median: only the sign of the CI counts, and there is no ratio', () => {
    const r = compareMetric({ baseline: [0, 0, 0, 0, 0, 1], canary: [3, 4, 5, 3, 4, 6], direction: 'increase-is-bad', allowedChange: 0.1 });
    expect([r.classification, r.ratio, r.ci]).toEqual(['High', null, null]);
  });
});
