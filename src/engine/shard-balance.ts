import type { TestSummary } from '../model/test-summary.js';
import type { ShardBalance } from '../model/outcome.js';
import type { PlanDocument } from '../planner/document.js';

/** What the pinned plan expected beside what this run's reports say each shard took. */
export function shardBalance(plan: PlanDocument, tests: TestSummary): ShardBalance | undefined {
  const times = plan.granularity === 'file' ? tests.fileSeconds : tests.caseSeconds;
  if (!times || times.size === 0) return undefined;
  const shards = plan.shards.map((s) => {
    let realised = 0;
    let reported = 0;
    for (const t of s.tests) {
      const seconds = times.get(t);
      if (seconds === undefined) continue;
      realised += seconds;
      reported++;
    }
    return { index: s.index, estimatedSeconds: s.estimatedSeconds, realisedSeconds: realised, reported, tests: s.tests.length };
  });
  const slowest = Math.max(...shards.map((s) => s.realisedSeconds));
  const sum = shards.reduce((a, s) => a + s.realisedSeconds, 0);
  return { shards, efficiency: slowest > 0 ? sum / (shards.length * slowest) : 1, slowestSeconds: slowest };
}
