import { describe, expect, it } from '@jest/globals';
import { planShards, type TimingSnapshot } from '../../../src/planner/index.js';

// Ten one-minute test files: 600 s of tests.
const TESTS = Array.from({ length: 10 }, (_, i) => `tests/test_${i}.py`);
const HISTORY: TimingSnapshot[] = [new Map(TESTS.map((t) => [t, 60]))];

describe('planShards with shards: auto', () => {
  it.each([
    {
      label: 'the fewest shards that meet the target, with neighbours',
      auto: { targetSeconds: 400, overheadSeconds: 100, maxShards: 20 },
      shards: 2,
      targetMet: true,
      // 1: one 700 s job; 2: 2 × 400 s; 3: 340 + 280 + 280 s; 4: 280 + 280 + 220 + 220 s
      choices: [
        { shards: 1, wallSeconds: 700, billedMinutes: 12 },
        { shards: 2, wallSeconds: 400, billedMinutes: 14 },
        { shards: 3, wallSeconds: 340, billedMinutes: 16 },
        { shards: 4, wallSeconds: 280, billedMinutes: 18 }
      ]
    },
    {
      label: 'one shard when the whole suite fits',
      auto: { targetSeconds: 1000, overheadSeconds: 60, maxShards: 8 },
      shards: 1,
      targetMet: true,
      choices: [
        { shards: 1, wallSeconds: 660, billedMinutes: 11 },
        { shards: 2, wallSeconds: 360, billedMinutes: 12 },
        { shards: 3, wallSeconds: 300, billedMinutes: 13 } // 300 + 240 + 240 s: 5 + 4 + 4
      ]
    },
    {
      label: 'a target under one test plus overhead cannot be met: the most shards allowed',
      auto: { targetSeconds: 100, overheadSeconds: 60, maxShards: 4 },
      shards: 4,
      targetMet: false,
      choices: [
        { shards: 2, wallSeconds: 360, billedMinutes: 12 },
        { shards: 3, wallSeconds: 300, billedMinutes: 13 },
        { shards: 4, wallSeconds: 240, billedMinutes: 14 } // 240 + 240 + 180 + 180 s: 4 + 4 + 3 + 3
      ]
    },
    {
      label: 'never more shards than tests, whatever maxShards says',
      auto: { targetSeconds: 61, overheadSeconds: 30, maxShards: 256 },
      shards: 10,
      targetMet: false,
      choices: [
        { shards: 8, wallSeconds: 150, billedMinutes: 18 }, // two 150 s jobs (3 min) and six of 90 s (2 min)
        { shards: 9, wallSeconds: 150, billedMinutes: 19 },
        { shards: 10, wallSeconds: 90, billedMinutes: 20 } // more jobs, more minutes: each rounds up
      ]
    },
    {
      label: 'an exact fit counts as meeting the target',
      auto: { targetSeconds: 180, overheadSeconds: 0, maxShards: 10 },
      shards: 4,
      targetMet: true,
      choices: [
        { shards: 2, wallSeconds: 300, billedMinutes: 10 },
        { shards: 3, wallSeconds: 240, billedMinutes: 10 },
        { shards: 4, wallSeconds: 180, billedMinutes: 10 },
        { shards: 5, wallSeconds: 120, billedMinutes: 10 },
        { shards: 6, wallSeconds: 120, billedMinutes: 10 }
      ]
    }
  ])('$label', ({ auto, shards, targetMet, choices }) => {
    const plan = planShards({ tests: TESTS, history: HISTORY, shards: auto });
    expect({ shards: plan.shards.length, targetMet: plan.targetMet, choices: plan.choices }).toEqual({ shards, targetMet, choices });
  });

  it('keeps the previous plan when it has the chosen count and meets the target', () => {
    const first = planShards({ tests: TESTS, history: HISTORY, shards: { targetSeconds: 400, overheadSeconds: 100, maxShards: 20 } });
    const assignment = new Map(first.shards.flatMap((s) => s.tests.map((t) => [t, s.index] as const)));
    const again = planShards({ tests: TESTS, history: HISTORY, previous: { shards: 2, assignment }, shards: { targetSeconds: 400, overheadSeconds: 100, maxShards: 20 } });
    expect([again.sticky, again.moved, again.shards.length]).toEqual([true, 0, 2]);
  });
  it('rejects maxShards above 256 and a non-positive target', () => {
    expect(() => planShards({ tests: TESTS, history: HISTORY, shards: { targetSeconds: 400, overheadSeconds: 0, maxShards: 257 } })).toThrow(/maxShards/);
    expect(() => planShards({ tests: TESTS, history: HISTORY, shards: { targetSeconds: 0, overheadSeconds: 0, maxShards: 4 } })).toThrow(/targetSeconds/);
  });
});
