import { describe, expect, it } from '@jest/globals';
import { planShards, type TimingSnapshot } from '../../../src/planner/index.js';

// Ten one-minute test files: 600 s of tests.
const TESTS = Array.from({ length: 10 }, (_, i) => `tests/test_${i}.py`);
const HISTORY: TimingSnapshot[] = [new Map(TESTS.map((t) => [t, 60]))];

/** `count` files of `seconds` each, named prefix00.py … */
function files(prefix: string, count: number, seconds: number): Record<string, number> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${String(i).padStart(2, '0')}.py`, seconds]));
}

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
      label: 'a target under one test plus overhead cannot be met: the shards that reach the best wall time',
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
      label: 'never more shards than tests, whatever maxShards says (only all ten reach 90 s)',
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

  // When the target cannot be met, the fewest shards whose wall time is within 2% of the best
  // reachable one (the wall time at maxShards): more jobs would only add billed minutes.
  it.each([
    {
      label: 'one 700 s file and 30 × 20 s files: 2 shards reach the 13 min 10 s that 20 would',
      tests: { 'tests/test_slow.py': 700, ...files('tests/test_', 30, 20) },
      auto: { targetSeconds: 600, overheadSeconds: 90, maxShards: 20 },
      shards: 2,
      // 2: 700 | 600 s (14 + 12 min); 20: one 700 s job, 11 jobs of 2 × 20 s (3 min), 8 of 20 s (2 min)
      choices: [
        { shards: 1, wallSeconds: 1390, billedMinutes: 24 },
        { shards: 2, wallSeconds: 790, billedMinutes: 26 },
        { shards: 3, wallSeconds: 790, billedMinutes: 28 },
        { shards: 4, wallSeconds: 790, billedMinutes: 29 }, // 700 | 3 × 200 s: 14 + 3 × 5 min
        { shards: 20, wallSeconds: 790, billedMinutes: 63 }
      ]
    },
    {
      label: 'a 1% longer wall time with one job fewer is near enough',
      tests: { 'tests/test_slow.py': 500, ...files('tests/test_', 10, 50.5) }, // 2: 500 | 505 s; 3: 500 | 252.5 | 252.5 s
      auto: { targetSeconds: 300, overheadSeconds: 0, maxShards: 8 },
      shards: 2,
      choices: [
        { shards: 1, wallSeconds: 1005, billedMinutes: 17 },
        { shards: 2, wallSeconds: 505, billedMinutes: 18 },
        { shards: 3, wallSeconds: 500, billedMinutes: 19 },
        { shards: 4, wallSeconds: 500, billedMinutes: 19 },
        { shards: 8, wallSeconds: 500, billedMinutes: 19 } // 500 s, then 3 jobs of 101 s and 4 of 50.5 s: 9 + 6 + 4 min
      ]
    },
    {
      label: 'a 6% longer wall time is not: one more job',
      tests: { 'tests/test_slow.py': 500, ...files('tests/test_', 10, 53) }, // 2: 500 | 530 s; 3: 500 | 265 | 265 s
      auto: { targetSeconds: 300, overheadSeconds: 0, maxShards: 8 },
      shards: 3,
      choices: [
        { shards: 1, wallSeconds: 1030, billedMinutes: 18 },
        { shards: 2, wallSeconds: 530, billedMinutes: 18 },
        { shards: 3, wallSeconds: 500, billedMinutes: 19 },
        { shards: 4, wallSeconds: 500, billedMinutes: 19 },
        { shards: 5, wallSeconds: 500, billedMinutes: 19 },
        { shards: 8, wallSeconds: 500, billedMinutes: 19 } // minutes round up per job: more jobs cost as much here
      ]
    },
    {
      label: 'no test dominates but the suite is too large for maxShards: all of them',
      tests: files('tests/test_', 100, 10), // 1000 s: 5 shards of 200 s, 4 of 250 s
      auto: { targetSeconds: 100, overheadSeconds: 0, maxShards: 5 },
      shards: 5,
      choices: [
        { shards: 3, wallSeconds: 340, billedMinutes: 18 },
        { shards: 4, wallSeconds: 250, billedMinutes: 20 },
        { shards: 5, wallSeconds: 200, billedMinutes: 20 }
      ]
    }
  ])('missed target, $label', ({ tests, auto, shards, choices }) => {
    const plan = planShards({ tests: Object.keys(tests), history: [new Map(Object.entries(tests))], shards: auto });
    expect({ shards: plan.shards.length, targetMet: plan.targetMet, choices: plan.choices }).toEqual({ shards, targetMet: false, choices });
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
