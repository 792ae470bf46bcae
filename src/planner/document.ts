import { z } from 'zod';
import { roundHalfUp, storedSeconds } from '../model/format.js';
import type { Plan } from './types.js';

/**
 * The pinned plan: written once by the plan job, read by every shard job of the same run (and by
 * the gate job, to report realised shard times), so a re-run of failed jobs repeats the same split.
 */
export const PLAN_SCHEMA = 'pipeline-gates/plan';

const planDocument = z.object({
  schema: z.literal(PLAN_SCHEMA),
  version: z.literal(1),
  configId: z.string(),
  runId: z.string(),
  createdAt: z.string(),
  granularity: z.enum(['file', 'case']),
  shards: z.array(z.object({ index: z.int().min(1), tests: z.array(z.string()), estimatedSeconds: z.number().nonnegative() })).min(1),
  floorSeconds: z.number(),
  makespanSeconds: z.number(),
  efficiency: z.number(),
  matchedShare: z.number(),
  matchedTimeShare: z.number(),
  newTests: z.int(),
  moved: z.int(),
  unmatched: z.array(z.string())
});

export type PlanDocument = z.infer<typeof planDocument>;
export type Granularity = PlanDocument['granularity'];

/** A plan as computed and as pinned, with where its timings came from. */
export interface PlanResult {
  readonly plan: Plan;
  readonly document: PlanDocument;
  /** Where the timings and the previous plan came from, for the summary. */
  readonly notes: readonly string[];
  /** Why few timings matched and how to fix it, when the reports show why. */
  readonly hints: readonly string[];
}

/**
 * The plan as stored and printed: seconds to the millisecond and shares to 0.01% (far below
 * timing noise, and `2.398` rather than `2.3979999999999997`); the planner keeps full precision.
 */
export function toPlanDocument(plan: Plan, meta: { configId: string; runId: string; createdAt: string; granularity: Granularity }): PlanDocument {
  const share = (x: number) => roundHalfUp(x, 4);
  return {
    schema: PLAN_SCHEMA,
    version: 1,
    ...meta,
    shards: plan.shards.map((s) => ({ index: s.index, tests: [...s.tests], estimatedSeconds: storedSeconds(s.estimatedSeconds) })),
    floorSeconds: storedSeconds(plan.floorSeconds),
    makespanSeconds: storedSeconds(plan.makespanSeconds),
    efficiency: share(plan.efficiency),
    matchedShare: share(plan.matchedShare),
    matchedTimeShare: share(plan.matchedTimeShare),
    newTests: plan.newTests,
    moved: plan.moved,
    unmatched: [...plan.unmatched]
  };
}

export type PlanRead = { ok: true; plan: PlanDocument } | { ok: false; reason: string };

export function readPlanDocument(json: unknown): PlanRead {
  const parsed = planDocument.safeParse(json);
  if (parsed.success) return { ok: true, plan: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `not a Pipeline Gates plan${issue?.path.length ? ` (at ${issue.path.join('.')})` : ''}: ${issue?.message ?? 'invalid'}` };
}

/** Test key → 1-based shard, for stickiness and for attributing realised times. */
export function assignmentOf(plan: Pick<PlanDocument, 'shards'>): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of plan.shards) for (const t of s.tests) out.set(t, s.index);
  return out;
}
