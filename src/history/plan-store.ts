import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readPlanDocument, type PlanDocument } from '../planner/document.js';
import { jsonSyntaxError } from '../model/excerpt.js';
import { writeJsonFile } from './local-store.js';

/** Where the pinned plan of a run lives: the Actions cache (exact key per run) or a file. */
export interface PinnedPlanStore {
  readonly description: string;
  load(): Promise<{ plan?: PlanDocument; problem?: string }>;
  save(plan: PlanDocument): Promise<{ saved: boolean; detail: string }>;
}

/**
 * One cache entry per workflow run: `pipeline-gates-plan-v1:<config-id>:<run-id>`. Re-running
 * failed jobs keeps the run id, so shard jobs find the same plan; a second plan job in the same run
 * finds it too and reuses it instead of recomputing.
 */
export function pinnedPlanKey(configId: string, runId: string): string {
  return `pipeline-gates-plan-v1:${configId}:${runId}`;
}

/** The plan job and the matrix jobs may run on different operating systems. */
const CROSS_OS = true;

export class CachePlanStore implements PinnedPlanStore {
  readonly description: string;
  private readonly cachePath: string;
  private readonly dir: string;
  private readonly key: string;

  constructor(configId: string, runId: string) {
    this.key = pinnedPlanKey(configId, runId);
    // The cache version hashes this literal path: identical on save and restore, on every runner.
    this.cachePath = `~/.pipeline-gates/plan/${configId}`;
    this.dir = path.join(os.homedir(), '.pipeline-gates', 'plan', configId);
    this.description = `Actions cache key ${this.key}`;
  }

  async load(): Promise<{ plan?: PlanDocument; problem?: string }> {
    const cache = await import('@actions/cache');
    if (!cache.isFeatureAvailable()) return { problem: 'the Actions cache service is not available here' };
    await rm(this.dir, { recursive: true, force: true });
    let hit: string | undefined;
    try {
      // Exact key only: a plan from another run must never stand in for this run's.
      hit = await cache.restoreCache([this.cachePath], this.key, [], {}, CROSS_OS);
    } catch (err) {
      return { problem: `restoring the plan failed: ${(err as Error).message}` };
    }
    if (hit !== this.key) return {};
    return readPlanFile(path.join(this.dir, 'plan.json'));
  }

  async save(plan: PlanDocument): Promise<{ saved: boolean; detail: string }> {
    const cache = await import('@actions/cache');
    if (!cache.isFeatureAvailable()) return { saved: false, detail: 'the Actions cache service is not available' };
    await writeJsonFile(path.join(this.dir, 'plan.json'), plan);
    try {
      const id = await cache.saveCache([this.cachePath], this.key, {}, CROSS_OS);
      return id === -1 ? { saved: false, detail: `cache key ${this.key} exists already` } : { saved: true, detail: `cache key ${this.key}` };
    } catch (err) {
      return { saved: false, detail: `saving the plan failed: ${(err as Error).message}` };
    }
  }
}

/** A plan in a file (CLI: --out / --plan / --previous-plan). */
export class FilePlanStore implements PinnedPlanStore {
  readonly description: string;
  constructor(private readonly file: string) {
    this.description = `file ${file}`;
  }
  load(): Promise<{ plan?: PlanDocument; problem?: string }> {
    return readPlanFile(this.file);
  }
  async save(plan: PlanDocument): Promise<{ saved: boolean; detail: string }> {
    await writeJsonFile(this.file, plan);
    return { saved: true, detail: `written to ${this.file}` };
  }
}

export async function readPlanFile(file: string): Promise<{ plan?: PlanDocument; problem?: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    return { problem: `${file} could not be read: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (err as Error).message}` };
  }
  try {
    const read = readPlanDocument(JSON.parse(text));
    return read.ok ? { plan: read.plan } : { problem: `${file} is ${read.reason}` };
  } catch (err) {
    return { problem: `${file} is not valid JSON: ${jsonSyntaxError(err)}` };
  }
}
