import { describe, expect, it } from '@jest/globals';
import { estimateTests, type Estimate, type TimingSnapshot } from '../../../src/planner/index.js';
import { typical } from '../../../src/planner/guess.js';

const snap = (entries: Record<string, number>): TimingSnapshot => new Map(Object.entries(entries));
const estimates = (tests: string[], history: TimingSnapshot[], options = {}): Record<string, Estimate> =>
  Object.fromEntries(estimateTests(tests, history, options));
const round = (e: Record<string, Estimate>): Record<string, [number, string]> =>
  Object.fromEntries(Object.entries(e).map(([k, v]) => [k, [Math.round(v.seconds * 1000) / 1000, v.source]]));

describe('estimateTests from history', () => {
  it('a uniform 2× slower old runner is scaled away: the estimates are the newest times', () => {
    const slowRun = snap({ a: 2, b: 4, c: 6, gone: 10 });
    const fastRun = snap({ a: 1, b: 2, c: 3 });
    expect(round(estimates(['a', 'b', 'c', 'gone'], [slowRun, fastRun]))).toEqual({
      a: [1, 'history'],
      b: [2, 'history'],
      c: [3, 'history'],
      gone: [5, 'history'] // only timed on the slow runner: its 10 s in the newest runner's seconds
    });
  });
  it('two runs of the same regime: the newest counts twice as much as the one before', () => {
    const older = snap({ a: 1, b: 1, c: 1, d: 3 });
    const newer = snap({ a: 1, b: 1, c: 1, d: 6 });
    expect(round(estimates(['d'], [older, newer]))).toEqual({ d: [5, 'history'] }); // (6 + ½·3) ÷ 1.5
  });
  it('the median combination over a longer window ignores one flapping run', () => {
    const runs = [snap({ a: 1, b: 1, c: 1, d: 2 }), snap({ a: 1, b: 1, c: 1, d: 30 }), snap({ a: 1, b: 1, c: 1, d: 2.2 })];
    expect(round(estimates(['d'], runs, { window: 3, combine: 'median', regime: Infinity }))).toEqual({ d: [2.2, 'history'] });
  });
  it('an older run from another regime (the suite was restructured) is not mixed in', () => {
    const before = snap({ a: 4, b: 3, c: 2, d: 1 });
    const after = snap({ a: 1, b: 2, c: 3, d: 4 });
    expect(round(estimates(['a', 'b', 'c', 'd'], [before, after]))).toEqual({
      a: [1, 'history'],
      b: [2, 'history'],
      c: [3, 'history'],
      d: [4, 'history']
    });
  });
  it('the same timings stored twice count as one measurement, so the run before them still counts', () => {
    const first = snap({ a: 1, b: 1, c: 1, d: 1.2 });
    const again = snap({ a: 1, b: 1, c: 1, d: 2 });
    expect(round(estimates(['d'], [first, again, again]))).toEqual({ d: [1.733, 'history'] }); // (2 + ½·1.2) ÷ 1.5
  });
  it('ignores negative and non-finite timings', () => {
    expect(round(estimates(['a', 'b'], [snap({ a: 2, b: 3 }), snap({ a: -1, b: Infinity })]))).toEqual({
      a: [2, 'history'],
      b: [3, 'history']
    });
  });
});

describe('estimateTests for tests without timings', () => {
  const cases = snap({
    'tests/api/test_orders.py::test_list': 1,
    'tests/api/test_orders.py::test_create': 2,
    'tests/api/test_orders.py::test_delete': 3,
    'tests/api/test_users.py::test_login': 10,
    'tests/ui/test_pages.py::test_home': 40
  });
  it.each([
    ['a new case of a timed file gets its file’s typical time', 'tests/api/test_orders.py::test_update', [2, 'file']],
    ['a new file gets its folder’s', 'tests/api/test_carts.py::test_add', [4, 'folder']],
    ['a new folder gets the nearest enclosing folder’s', 'tests/api/v2/test_x.py::test_y', [4, 'folder']],
    ['a test outside every timed folder gets the suite’s', 'other/test_z.py::test_z', [11.2, 'suite']]
  ])('%s', (_label, test, expected) => {
    expect(round(estimates([test, ...cases.keys()], [cases]))[test]).toEqual(expected);
  });

  it('file keys: the folder, then the suite', () => {
    const files = snap({ 'spec/models/a_spec.rb': 2, 'spec/models/b_spec.rb': 4, 'spec/features/x_spec.rb': 30, 'top_spec.rb': 0.5 });
    const tests = [...files.keys(), 'spec/models/c_spec.rb', 'spec/requests/r_spec.rb', 'lib/l_spec.rb'];
    expect(round(estimates(tests, [files]))).toMatchObject({
      'spec/models/c_spec.rb': [3, 'folder'],
      'spec/requests/r_spec.rb': [12, 'folder'],
      'lib/l_spec.rb': [9.125, 'suite']
    });
  });
  it('a moved file keeps the timings of its cases', () => {
    const before = snap({ 'tests/lambda_/test_streams.py::T::test_a': 12, 'tests/lambda_/test_other.py::test_b': 0.1 });
    const tests = ['tests/lambda_/mapping/test_streams.py::T::test_a', 'tests/lambda_/test_other.py::test_b'];
    expect(round(estimates(tests, [before]))['tests/lambda_/mapping/test_streams.py::T::test_a']).toEqual([12, 'history']);
  });
  it('a copy is not a move: when the old key is still listed the new one is guessed', () => {
    const before = snap({ 'a/test_x.py::test_a': 12, 'a/test_y.py::test_b': 1 });
    const tests = ['a/test_x.py::test_a', 'b/test_x.py::test_a', 'a/test_y.py::test_b'];
    expect(round(estimates(tests, [before]))['b/test_x.py::test_a']).toEqual([6.5, 'suite']);
  });
  it('with no timings at all, every test counts one second', () => {
    expect(estimates(['a', 'b::c'], [])).toEqual({ a: { seconds: 1, source: 'default' }, 'b::c': { seconds: 1, source: 'default' } });
  });
});

describe('typical, the time a guess takes from a group', () => {
  it.each([
    ['a single value', [5], 5],
    ['small groups are a plain mean', [1, 1, 1, 9], 3],
    ['the top and bottom 10% are trimmed', [1, 1, 1, 1, 1, 1, 1, 1, 10, 100], 2.125]
  ])('%s', (_label, values, expected) => {
    expect(typical(Float64Array.from(values))).toBeCloseTo(expected, 10);
  });
});
