import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { toolOfAction, type CacheTool } from '../pipeline/cache-messages.js';
import type { WorkflowCacheStep } from '../pipeline/types.js';

/**
 * The caching steps of a workflow file, with their lines: `actions/cache` (and its restore and
 * save actions) with the key as written, and the setup actions and gradle, whose keys the action
 * builds. The key's expression text is what the cache advice judges: `${{ github.run_id }}` in
 * it misses every run whatever it evaluates to. Bounded by the workflow itself (GitHub allows
 * 256 jobs and 1,000 steps a job); at most MAX_STEPS are kept.
 */

const MAX_STEPS = 500;

export function cacheStepsOf(doc: Document, lines: LineCounter): WorkflowCacheStep[] {
  const jobs = doc.get('jobs');
  if (!isMap(jobs)) return [];
  const out: WorkflowCacheStep[] = [];
  const lineOf = (node: Node | null | undefined): number | undefined => (node?.range ? lines.linePos(node.range[0]).line : undefined);
  for (const pair of jobs.items) {
    const id = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const job = pair.value;
    if (id === undefined || !isMap(job)) continue;
    const strategy = job.get('strategy');
    const matrix = isMap(strategy) && strategy.get('matrix') != null;
    const steps = job.get('steps');
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (out.length >= MAX_STEPS || !isMap(step)) continue;
      const uses = step.get('uses');
      const tool = typeof uses === 'string' ? toolOfAction(uses.split('@', 1)[0] ?? '') : undefined;
      const inputs = step.get('with', true);
      const text = (name: string): string | undefined => {
        const v = isMap(inputs) ? inputs.get(name) : undefined;
        return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
      };
      if (typeof uses !== 'string' || !tool || !caches(tool, text('cache'))) continue;
      const keyNode = isMap(inputs) ? inputs.get('key', true) : undefined;
      const key = text('key');
      const keyLine = lineOf(keyNode as Node | undefined);
      const restoreKeys = text('restore-keys');
      const path = text('path');
      const cache = text('cache');
      out.push({
        job: id,
        uses,
        line: lineOf(step) ?? 1,
        ...(key !== undefined ? { key } : {}),
        ...(keyLine !== undefined ? { keyLine } : {}),
        ...(restoreKeys !== undefined ? { restoreKeys } : {}),
        ...(path !== undefined ? { path } : {}),
        ...(cache !== undefined ? { cache } : {}),
        matrix
      });
    }
  }
  return out;
}

/**
 * Whether the step caches at all: setup-go and gradle do unless told not to, the other setup
 * actions only with `cache:`; our own history cache is not the user's to tune.
 */
function caches(tool: CacheTool, cache: string | undefined): boolean {
  if (tool === 'pipeline-gates') return false;
  if (tool === 'actions/cache') return true;
  if (tool === 'setup-go' || tool === 'gradle') return cache?.trim().toLowerCase() !== 'false';
  return cache !== undefined && cache.trim() !== '' && cache.trim().toLowerCase() !== 'false';
}
