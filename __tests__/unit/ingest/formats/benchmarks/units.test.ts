import { describe, expect, it } from '@jest/globals';
import { inferDirection, median, result, unitInfo } from '../../../../../src/ingest/formats/benchmarks/units.js';

describe('units', () => {
  it.each([
    // times and costs per operation
    ['ns', 's', 1e-9, 'smaller-is-better'],
    ['ns/iter', 's', 1e-9, 'smaller-is-better'],
    ['ns/op', 's', 1e-9, 'smaller-is-better'],
    ['us', 's', 1e-6, 'smaller-is-better'],
    ['µs', 's', 1e-6, 'smaller-is-better'],
    ['usec', 's', 1e-6, 'smaller-is-better'],
    ['ms/op', 's', 1e-3, 'smaller-is-better'],
    ['msec', 's', 1e-3, 'smaller-is-better'],
    ['s', 's', 1, 'smaller-is-better'],
    ['Seconds', 's', 1, 'smaller-is-better'],
    // sizes
    ['B/op', 'B', 1, 'smaller-is-better'],
    ['KiB', 'B', 1024, 'smaller-is-better'],
    ['MB', 'B', 1e6, 'smaller-is-better'],
    ['Megabytes', 'B', 1e6, 'smaller-is-better'],
    // rates
    ['ops/sec', '1/s', 1, 'bigger-is-better'],
    ['iter/sec', '1/s', 1, 'bigger-is-better'],
    ['ops/ms', '1/s', 1e3, 'bigger-is-better'],
    ['ops/us', '1/s', 1e6, 'bigger-is-better'],
    ['req/s', '1/s', 1, 'bigger-is-better'],
    ['MS/s', '1/s', 1e6, 'bigger-is-better'],
    ['MB/s', 'B/s', 1e6, 'bigger-is-better'],
    ['GiB/s', 'B/s', 1024 ** 3, 'bigger-is-better'],
    ['auxMetricUnits/s', '1/s', 1, 'bigger-is-better'],
    // counts and ratios
    ['allocs/op', 'count', 1, 'smaller-is-better'],
    ['cycles/iter', 'count', 1, 'smaller-is-better'],
    ['calls/op', 'count', 1, 'smaller-is-better'],
    ['%', 'ratio', 0.01, 'smaller-is-better'],
    ['Percent', 'ratio', 0.01, 'smaller-is-better']
  ])('%s → %s × %p, %s', (unit, base, factor, direction) => {
    expect(unitInfo(unit)).toEqual({ base, factor, rate: direction === 'bigger-is-better' });
    expect(inferDirection(unit)).toBe(direction);
  });

  it.each(['auxMetricUnits', 'widgets/op', 'a/b/c', '/s', '', 'MS'])('%p cannot be read: no base unit, smaller-is-better', (unit) => {
    expect(unitInfo(unit)).toBeUndefined();
    expect(inferDirection(unit)).toBe('smaller-is-better');
  });
});

describe('result', () => {
  it('adds the inferred direction and normalised value and samples', () => {
    expect(result({ name: 'a', value: 2, unit: 'ms', samples: [1, 3] })).toEqual({
      name: 'a',
      value: 2,
      unit: 'ms',
      direction: 'smaller-is-better',
      samples: [1, 3],
      normalized: { unit: 's', value: 0.002, samples: [0.001, 0.003] }
    });
  });

  it('a direction the tool gives wins; an unreadable unit has no normalised value; empty samples are left out', () => {
    expect(result({ name: 'a', value: 2, unit: 'widgets', direction: 'bigger-is-better', samples: [] })).toEqual({ name: 'a', value: 2, unit: 'widgets', direction: 'bigger-is-better' });
  });

  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5]
  ])('median of %p is %p', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
