import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { storedSeconds } from '../../../src/model/format.js';
import { DEFAULT_MARGIN, estimateTests, NEAR_BEST, planShards, type Plan, type PlanInput } from '../../../src/planner/index.js';

// Short keys from a tiny alphabet collide often (repeats, shared files and folders, `::` ids).
const key = fc.string({ unit: fc.constantFrom('a', 'b', '/', ':'), minLength: 1, maxLength: 5 });
// Whole seconds tie often; fractions and zeros too.
const seconds = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 100, noNaN: true }));
const snapshot = fc.array(fc.tuple(key, seconds), { maxLength: 20 }).map((entries) => new Map(entries));
const previous = fc.record({
  shards: fc.integer({ min: 1, max: 8 }),
  assignment: fc.array(fc.tuple(key, fc.integer({ min: 0, max: 9 })), { maxLength: 20 }).map((entries) => new Map(entries))
});
const input = fc.record(
  {
    tests: fc.array(key, { maxLength: 24 }),
    history: fc.array(snapshot, { maxLength: 3 }),
    previous,
    shards: fc.integer({ min: 1, max: 8 }),
    margin: fc.constantFrom(0, 0.01, 0.03, 0.1)
  },
  { requiredKeys: ['tests', 'history', 'shards'] }
);
const auto = fc.record({
  targetSeconds: fc.integer({ min: 1, max: 200 }),
  overheadSeconds: fc.integer({ min: 0, max: 60 }),
  maxShards: fc.integer({ min: 1, max: 12 })
});

const SLACK = 1 + 1e-9;

/**
 * What must hold for any plan, as a list of broken rules: one `expect` per run keeps 10,000 runs
 * within a few seconds (Jest's matchers cost more than planning these inputs).
 */
function brokenRules(plan: Plan, raw: PlanInput, maxShards: number): string[] {
  const distinct = [...new Set(raw.tests)].sort();
  const placed = plan.shards.flatMap((s) => s.tests);
  const broken: string[] = [];
  const rule = (ok: boolean, name: string): void => void (ok || broken.push(name));
  rule(JSON.stringify([...placed].sort()) === JSON.stringify(distinct), 'every test exactly once');
  rule(plan.shards.length <= maxShards, 'never more shards than asked');
  rule(plan.shards.every((s) => s.tests.length > 0), 'no empty shard');
  rule(plan.shards.every((s, i) => s.index === i + 1), 'shards numbered 1..k');
  rule(plan.makespanSeconds * SLACK >= plan.floorSeconds, 'makespan ≥ floor');
  rule(plan.makespanSeconds === Math.max(0, ...plan.shards.map((s) => s.estimatedSeconds)), 'makespan is the slowest shard');
  rule(plan.moved === movedCount(plan, raw.previous), 'moved counts the tests that changed shard');
  return broken;
}

function movedCount(plan: Plan, prev: PlanInput['previous']): number {
  let moved = 0;
  for (const shard of plan.shards) {
    for (const t of shard.tests) {
      const before = prev?.assignment.get(t);
      if (before !== undefined && before >= 1 && before <= prev!.shards && before !== shard.index) moved++;
    }
  }
  return moved;
}

describe('planShards on random inputs', () => {
  it('partitions, respects the bounds, keeps stickiness honest and ignores input order', () => {
    fc.assert(
      fc.property(input, (raw) => {
        const plan = planShards(raw);
        const broken = brokenRules(plan, raw, raw.shards);
        if (plan.shards.length !== Math.min(raw.shards, new Set(raw.tests).size)) broken.push('the count shrinks only to the number of tests');
        const largest = Math.max(0, ...[...estimateTests([...new Set(raw.tests)], raw.history).values()].map((e) => e.seconds));
        if (!raw.previous && plan.makespanSeconds > ((4 / 3) * plan.floorSeconds + largest) * SLACK) broken.push('fresh makespan ≤ 4/3 floor + largest');
        if (plan.sticky && raw.previous?.shards !== plan.shards.length) broken.push('sticky only with the same count');
        if (plan.sticky && plan.makespanSeconds > (1 + (raw.margin ?? DEFAULT_MARGIN)) * plan.floorSeconds * SLACK) broken.push('a kept plan is within the margin');
        if (JSON.stringify(planShards({ ...raw, tests: [...raw.tests].reverse() })) !== JSON.stringify(plan)) broken.push('input order does not matter');
        expect(broken).toEqual([]);
      }),
      { numRuns: 10_000 }
    );
  });

  it('auto: the count stays within 1..maxShards and the tests, and a met target is met', () => {
    fc.assert(
      fc.property(input, auto, (raw, shards) => {
        const plan = planShards({ ...raw, shards });
        const broken = brokenRules(plan, raw, shards.maxShards);
        if (plan.targetMet === false) {
          // a missed target: the wall time ends within NEAR_BEST of what the most shards reach
          const most = plan.choices?.find((c) => c.shards === Math.min(shards.maxShards, new Set(raw.tests).size));
          if (!most) broken.push('a missed target shows the most shards');
          else if (storedSeconds(plan.makespanSeconds + shards.overheadSeconds) > storedSeconds((1 + NEAR_BEST) * most.wallSeconds) * SLACK) broken.push('a missed target is near the best wall time');
        }
        // no tests, no jobs: nothing can exceed the target
        if (plan.targetMet && plan.shards.length > 0 && plan.makespanSeconds + shards.overheadSeconds > shards.targetSeconds * SLACK) broken.push('a met target is met');
        const chosen = plan.choices?.find((c) => c.shards === plan.shards.length);
        if (plan.shards.length > 0 && chosen?.wallSeconds !== storedSeconds(plan.makespanSeconds + shards.overheadSeconds)) broken.push('choices hold the chosen count (to the ms)');
        expect(broken).toEqual([]);
      }),
      { numRuns: 2_000 }
    );
  });

  it('larger suites: the same rules with hundreds of tests, repairs and replans', () => {
    const times = fc.array(fc.oneof(fc.double({ min: 0, max: 50, noNaN: true }), fc.integer({ min: 0, max: 5 })), { minLength: 1, maxLength: 400 });
    const large = fc.record({
      old: times,
      now: times,
      shards: fc.integer({ min: 1, max: 40 }),
      margin: fc.constantFrom(0, 0.01, 0.03),
      offset: fc.integer({ min: 0, max: 50 })
    });
    fc.assert(
      fc.property(large, ({ old, now, shards, margin, offset }) => {
        const names = (n: number, from = 0): string[] => Array.from({ length: n }, (_, i) => `t/${(i + from) % 7}/f${i + from}.py`);
        const before = planShards({ tests: names(old.length), history: [new Map(names(old.length).map((t, i) => [t, old[i]!]))], shards });
        const assignment = new Map(before.shards.flatMap((s) => s.tests.map((t) => [t, s.index] as const)));
        const tests = names(now.length, offset);
        const raw: PlanInput = { tests, history: [new Map(tests.map((t, i) => [t, now[i]!]))], previous: { shards: before.shards.length, assignment }, shards, margin };
        const plan = planShards(raw);
        const broken = brokenRules(plan, raw, shards);
        if (plan.sticky && plan.makespanSeconds > (1 + margin) * plan.floorSeconds * SLACK) broken.push('a kept plan is within the margin');
        expect(broken).toEqual([]);
      }),
      { numRuns: 300 }
    );
  });
});
