/** The shard planner's public API: pure functions over plain data (see `types.ts`). */
export { planShards, DEFAULT_MARGIN, MAX_SHARDS, NEAR_BEST, type PlanOptions } from './assign.js';
export { estimateTests, DEFAULT_SECONDS, DEFAULT_WINDOW, type EstimateOptions } from './estimate.js';
export { aggregateToFiles, fileOf, folderOf, normalizeTestPath, parseTestList } from './test-keys.js';
export type * from './types.js';
