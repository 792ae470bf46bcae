import { describe, expect, it } from '@jest/globals';
import { longestFirst } from '../../../src/planner/balance.js';
import { planShards, type Plan, type PlanInput, type TimingSnapshot } from '../../../src/planner/index.js';

const snap = (entries: Record<string, number>): TimingSnapshot => new Map(Object.entries(entries));
const tests = (times: Record<string, number>): Pick<PlanInput, 'tests' | 'history'> => ({ tests: Object.keys(times), history: [snap(times)] });
const layout = (plan: Plan): string[][] => plan.shards.map((s) => [...s.tests]);
const previous = (assignment: Record<string, number>, shards: number): PlanInput['previous'] => ({ shards, assignment: new Map(Object.entries(assignment)) });

describe('planShards without a previous plan', () => {
  it('greedy plus a swap reaches the floor: 5,4,3,3,3 into two shards of 9', () => {
    const plan = planShards({ ...tests({ a: 5, b: 4, c: 3, d: 3, e: 3 }), shards: 2 });
    expect([layout(plan), plan.shards.map((s) => s.estimatedSeconds), plan.makespanSeconds, plan.floorSeconds, plan.sticky]).toEqual([
      [['a', 'b'], ['c', 'd', 'e']],
      [9, 9],
      9,
      9,
      false
    ]);
  });
  it('lists each shard longest first, ties by key', () => {
    const plan = planShards({ ...tests({ z: 1, y: 1, x: 5, w: 1 }), shards: 1 });
    expect(layout(plan)).toEqual([['x', 'w', 'y', 'z']]);
  });
  it('is deterministic: the order of the tests and repeated names do not matter', () => {
    const times = { a: 3, b: 3, c: 3, d: 2, e: 2, f: 1, g: 1 };
    const one = planShards({ tests: Object.keys(times), history: [snap(times)], shards: 3 });
    const other = planShards({ tests: ['g', 'e', 'c', 'a', 'f', 'd', 'b', 'a', 'c'], history: [snap(times)], shards: 3 });
    expect(other).toEqual(one);
  });
  it('fewer tests than shards: one shard per test', () => {
    const plan = planShards({ ...tests({ a: 1, b: 2, c: 3 }), shards: 5 });
    expect(layout(plan)).toEqual([['c'], ['b'], ['a']]);
  });
  it('a single huge test: the floor is the test itself, and it gets a shard alone', () => {
    const plan = planShards({ ...tests({ huge: 100, a: 1, b: 1, c: 1, d: 1 }), shards: 3 });
    expect([plan.floorSeconds, plan.makespanSeconds, layout(plan)]).toEqual([100, 100, [['huge'], ['a', 'c'], ['b', 'd']]]);
  });
  it('no tests: no shards', () => {
    expect(planShards({ tests: [], history: [], shards: 4 })).toMatchObject({ shards: [], makespanSeconds: 0, floorSeconds: 0, efficiency: 1 });
  });
  it('reports how much rests on timings and the guessed tests, largest first', () => {
    const plan = planShards({ tests: ['t/a.py', 't/b.py', 'u/new.py', 't/new.py'], history: [snap({ 't/a.py': 6, 't/b.py': 2 })], shards: 2 });
    expect([plan.matchedShare, plan.matchedTimeShare, plan.unmatched, plan.newTests, plan.totalSeconds]).toEqual([0.5, 0.5, ['t/new.py', 'u/new.py'], 2, 16]);
  });
  it('rejects a shard count that is not a whole number ≥ 1 and a negative margin', () => {
    expect(() => planShards({ tests: ['a'], history: [], shards: 0 })).toThrow(RangeError);
    expect(() => planShards({ tests: ['a'], history: [], shards: 2.5 })).toThrow(/whole number/);
    expect(() => planShards({ tests: ['a'], history: [], shards: 2, margin: -0.1 })).toThrow(/margin/);
  });
});

describe('planShards with a previous plan', () => {
  it('keeps every test where it was when the plan is still balanced', () => {
    const plan = planShards({ ...tests({ a: 5, b: 5, c: 5, d: 5 }), previous: previous({ a: 1, c: 1, b: 2, d: 2 }, 2), shards: 2 });
    expect([layout(plan), plan.sticky, plan.moved]).toEqual([[['a', 'c'], ['b', 'd']], true, 0]);
  });
  it('moves only what the margin requires: one test fixes the excess', () => {
    const plan = planShards({ ...tests({ a: 3, b: 3, c: 3, d: 3 }), previous: previous({ a: 1, b: 1, c: 1, d: 2 }, 2), shards: 2 });
    expect([layout(plan), plan.sticky, plan.moved]).toEqual([[['a', 'b'], ['c', 'd']], true, 1]);
  });
  it('a shard within the margin is left alone, however uneven', () => {
    // 10.25 against a floor of 10: inside 3%; inside 1% it needs a move
    const times = { a: 5.25, b: 5, c: 5, d: 4.75 };
    const kept = planShards({ ...tests(times), previous: previous({ a: 1, b: 1, c: 2, d: 2 }, 2), shards: 2 });
    const tight = planShards({ ...tests(times), previous: previous({ a: 1, b: 1, c: 2, d: 2 }, 2), shards: 2, margin: 0.01 });
    expect([kept.moved, kept.makespanSeconds, tight.moved, tight.makespanSeconds, tight.sticky]).toEqual([0, 10.25, 2, 10, true]);
  });
  it('new tests go to the lightest shards, largest first', () => {
    const plan = planShards({ ...tests({ a: 10, b: 4, c: 3, d: 2, e: 1 }), previous: previous({ a: 1, b: 2 }, 2), shards: 2 });
    expect([layout(plan), plan.sticky, plan.moved]).toEqual([[['a'], ['b', 'c', 'd', 'e']], true, 0]);
  });
  it('when no move or swap reaches the margin it replans, keeping shard numbers where it can', () => {
    const plan = planShards({ ...tests({ a: 4, b: 4, c: 1 }), previous: previous({ a: 1, b: 1, c: 2 }, 2), shards: 2 });
    expect([layout(plan), plan.sticky, plan.moved, plan.makespanSeconds]).toEqual([[['a', 'c'], ['b']], false, 2, 5]);
  });
  it('a previous plan with another shard count is not kept, but its numbering is', () => {
    const plan = planShards({ ...tests({ a: 4, b: 4, c: 4 }), previous: previous({ a: 3, b: 2, c: 1 }, 4), shards: 3 });
    expect([layout(plan), plan.sticky, plan.moved]).toEqual([[['c'], ['b'], ['a']], false, 0]);
  });
  it('shard numbers outside the previous plan are ignored', () => {
    const plan = planShards({ ...tests({ a: 1, b: 1 }), previous: previous({ a: 7, b: 0 }, 2), shards: 2 });
    expect([plan.sticky, plan.moved]).toEqual([false, 0]);
  });
});

describe('longestFirst on large lists (the radix path)', () => {
  it('orders like a plain sort: estimate descending, ties by key, repeated keys once', () => {
    let seed = 1;
    const next = (): number => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const keys = Array.from({ length: 12_000 }, () => `k${Math.floor(next() * 10_000)}`); // repeats
    const byKey = new Map(keys.map((k) => [k, next() < 0.3 ? Math.floor(next() * 5) : next() * 100])); // ties and zeros
    const est = Float64Array.from(keys, (k) => byKey.get(k)!);
    const expected = [...byKey.keys()].sort((a, b) => byKey.get(b)! - byKey.get(a)! || (a < b ? -1 : 1));
    expect(Array.from(longestFirst(est, keys), (i) => keys[i])).toEqual(expected);
  });
});
