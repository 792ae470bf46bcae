import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inputName } from '../config/values.js';
import { matchingNote, planSettings, runPlanJob } from '../engine/plan-job.js';
import { historyKeyPrefix } from '../history/keys.js';
import { CachePlanStore, pinnedPlanKey } from '../history/plan-store.js';
import { UsageError } from '../model/problems.js';
import type { PlanDocument } from '../planner/document.js';
import { renderPlan } from '../report/plan-summary.js';
import { loadConfigFile } from '../shell/config-file.js';
import { localPlanIo } from '../shell/test-list.js';
import { workDir } from '../shell/work-dir.js';
import { cacheStore, currentRun } from './context.js';
import { readPlanInputs, type ActionInputs } from './inputs.js';
import type { Runner } from './runner.js';

/**
 * The plan job: the same plan job as `pipeline-gates plan`, with history from the Actions cache;
 * the plan is pinned for this run (cache key with the run id) and the matrix is output. A plan
 * already pinned for this run (the workflow was re-run) is reused, never recomputed.
 */
export async function planStep(inputs: ActionInputs, io: Runner): Promise<void> {
  const options = readPlanInputs(io.input);
  const config = await loadConfigFile(inputs.configPath);
  const run = currentRun();
  const pinned = new CachePlanStore(config.id, run.runId);
  const existing = await pinned.load();
  if (existing.plan) {
    io.info(`Reusing the plan pinned for run ${run.runId} (${pinned.description}).`);
    await outputs(existing.plan, io);
    await io.summary(`## Test shard plan: ${existing.plan.shards.length} shards\n\nReused the plan pinned for this run (${pinned.description}); a re-run repeats the same split.\n`);
    return;
  }
  const result = await runPlanJob(planSettings(options, config.id, inputName), {
    ...(await localPlanIo(process.cwd())),
    ...(inputs.history === 'cache' ? { history: cacheStore(config.id, run, true) } : {}),
    runId: run.runId
  });
  for (const w of result.warnings) io.warning(w);
  // The toolkit logs a hit but not a miss; the gate's cache report reads this line from the log.
  const [readBranch] = run.historyReadBranches;
  if (result.historyMiss && readBranch !== undefined) io.info(`No history in the Actions cache under ${historyKeyPrefix(config.id, readBranch)}`);
  const saved = await pinned.save(result.document);
  if (!saved.saved) {
    throw new UsageError(`The plan could not be pinned for the shard jobs (${saved.detail}). The shard action reads it from the Actions cache of this run.`);
  }
  io.info(`Plan pinned: ${saved.detail}.`);
  await outputs(result.document, io);
  await io.summary(renderPlan(result));
  for (const hint of result.hints) io.warning(hint);
  const note = matchingNote(result.plan);
  if (note) io[note.level](note.text);
}

/** `matrix` carries only {shard, total, plan}: a 10,000-test list would not fit a job output. */
async function outputs(plan: PlanDocument, io: Runner): Promise<void> {
  const total = plan.shards.length;
  const key = pinnedPlanKey(plan.configId, plan.runId);
  io.output('matrix', JSON.stringify({ include: plan.shards.map((s) => ({ shard: s.index, total, plan: key })) }));
  io.output('shards', String(total));
  io.output('plan', key);
  const dir = workDir(plan.configId);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'plan.json');
  await writeFile(file, `${JSON.stringify(plan, null, 2)}\n`);
  io.output('plan-file', file);
}
