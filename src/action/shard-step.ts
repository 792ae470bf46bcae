import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CachePlanStore } from '../history/plan-store.js';
import { shardTests } from '../planner/shard-output.js';
import { loadConfigFile } from '../shell/config-file.js';
import { workDir } from '../shell/work-dir.js';
import { currentRun } from './context.js';
import { readShardInput, type ActionInputs } from './inputs.js';
import type { Runner } from './runner.js';
import { UsageError } from '../model/problems.js';

/**
 * A matrix job's tests, read from the plan pinned for this run: never recomputed, so "re-run
 * failed jobs" repeats exactly the split the first attempt had.
 */
export async function shardStep(inputs: ActionInputs, io: Runner): Promise<void> {
  const index = readShardInput(io.input);
  const config = await loadConfigFile(inputs.configPath);
  const run = currentRun();
  const store = new CachePlanStore(config.id, run.runId);
  const loaded = await store.load();
  if (!loaded.plan) {
    const why = loaded.problem ? `: ${loaded.problem}` : '';
    throw new UsageError(`No plan is pinned for run ${run.runId} (${store.description})${why}. Run the plan job first in the same workflow run (needs: plan), with the same config.`);
  }
  const found = shardTests(loaded.plan, index);
  if (!found.ok) throw new UsageError(`Shard ${index}: ${found.message}. Pass shard: \${{ matrix.shard }} from the plan job's matrix.`);
  const { shard } = found;
  const dir = workDir(config.id);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `shard-${index}.txt`);
  await writeFile(file, shard.lines);
  io.output('tests', shard.words);
  io.output('tests-file', file);
  io.output('tests-json', shard.json);
  io.output('count', String(shard.tests.length));
  io.output('total', String(shard.total));
  io.info(`Shard ${index} of ${shard.total}: ${shard.tests.length} tests.`);
}
