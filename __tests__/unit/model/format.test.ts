import { describe, expect, it } from '@jest/globals';
import { benchmarkValue, bytes, count, duration, percent, plural, points, roundHalfUp, sig3, storedSeconds, wallTime } from '../../../src/model/format.js';

describe('numbers as people read them', () => {
  it.each([
    [1.005, 2, 1.01], // toFixed(2) gives 1.00: the binary value is 1.00499…
    [42.857142857142854, 2, 42.86],
    [2.675, 2, 2.68],
    [-1.005, 2, -1.01],
    [0.5, 0, 1],
    [1e-7, 9, 1e-7],
    [123456.789, 1, 123456.8]
  ])('roundHalfUp(%p, %p) = %p', (x, d, expected) => {
    expect(roundHalfUp(x, d)).toBe(expected);
  });

  it.each([
    [0.49197397381333335, '0.492'],
    [918.975840748, '919'],
    [12345.6, '12346'],
    [42.857, '42.9'],
    [2.3979999999999997, '2.4'],
    [0.000123456, '0.000123'],
    [1, '1'],
    [0, '0']
  ])('sig3(%p) = %s', (x, expected) => {
    expect(sig3(x)).toBe(expected);
  });

  it('percentages half up, percentage points only for differences', () => {
    expect([percent(3 / 7), percent(0.82695, 1), percent(1), percent(0.125, 0)]).toEqual(['42.86%', '82.7%', '100%', '13%']);
    expect(points(-1.505)).toBe('-1.51 pp');
  });

  it('one helper for counts: plural nouns, and plural gate metrics made singular for one', () => {
    expect([plural(1, 'test'), plural(2, 'test'), plural(0, 'match'), plural(1, 'new test')]).toEqual(['1 test', '2 tests', '0 matches', '1 new test']);
    expect([count(1, 'failed tests'), count(3, 'failed tests'), count(1, 'benchmarks'), count(1, 'regressed benchmarks'), count(1, 'docs files changed')]).toEqual([
      '1 failed test',
      '3 failed tests',
      '1 benchmark',
      '1 regressed benchmark',
      '1 docs file changed'
    ]);
  });

  it('times in the unit that reads best; wall spans in minutes and seconds', () => {
    expect([duration(0.49197397381333335), duration(0.001088), duration(8.2e-7), duration(12.345), duration(1.5e-5)]).toEqual(['492 ms', '1.09 ms', '820 ns', '12.3 s', '15 µs']);
    expect([wallTime(42.46), wallTime(790), wallTime(119.6)]).toEqual(['42.5 s', '13 min 10 s', '2 min 0 s']);
    expect([bytes(512), bytes(1536), bytes(12.34 * 1024 * 1024)]).toEqual(['512 B', '1.5 KiB', '12.3 MiB']);
  });

  it('benchmark values: hyperfine seconds as ms, pytest-benchmark rates as time per round, others in their unit', () => {
    expect(benchmarkValue(0.49197397381333335, 's')).toBe('492 ms');
    expect(benchmarkValue(918.975840748, 'iter/sec')).toBe('1.09 ms per round');
    expect(benchmarkValue(68788.93349539141, 'iter/sec')).toBe('14.5 µs per round');
    expect(benchmarkValue(1234.5678, 'ns/op')).toBe('1235 ns/op');
    expect(benchmarkValue(1234567.8, 'ops/sec')).toBe('1234568 ops/sec');
  });

  it('seconds kept in JSON to the millisecond', () => {
    expect([storedSeconds(2.3979999999999997), storedSeconds(0.0004), storedSeconds(700)]).toEqual([2.398, 0, 700]);
  });
});
