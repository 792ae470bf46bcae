import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildPlan, type PlanResult } from '../engine/plan-job.js';
import { historyKeyPrefix } from '../history/keys.js';
import { CachePlanStore } from '../history/plan-store.js';
import { readTimings, type ImportedTimings } from '../ingest/timings.js';
import type { PlanDocument } from '../planner/document.js';
import { renderPlan } from '../report/plan-summary.js';
import { loadConfigFile, UsageError } from '../shell/config-file.js';
import { shardCount } from '../shell/plan-options.js';
import { reportFiles } from '../shell/report-files.js';
import { loadRepoPaths } from '../shell/repo.js';
import { listTests } from '../shell/test-list.js';
import { cacheStore, currentRun } from './context.js';
import { readPlanInputs, type ActionInputs } from './inputs.js';
import type { Runner } from './runner.js';
import { percent } from '../report/format.js';

/**
 * The plan job: list the tests, estimate them from history and imported timings, split them, pin
 * the plan for this run (cache key with the run id) and output the matrix. A plan already pinned
 * for this run (the workflow was re-run) is reused, never recomputed.
 */
export async function planStep(inputs: ActionInputs, io: Runner): Promise<void> {
  const p = readPlanInputs(io.input);
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
  const root = process.cwd();
  const shards = shardCount(p.shards, p.targetSeconds, p.overheadSeconds, p.maxShards);
  const tests = await listTests({ globs: p.tests, ...(p.testsFile ? { file: p.testsFile } : {}), ...(p.testsCommand ? { command: p.testsCommand } : {}) }, root);
  const timings = await importTimings(p.timings, root);
  const history = inputs.history === 'cache' ? await cacheStore(config.id, run, true).restore() : undefined;
  for (const w of history?.warnings ?? []) io.warning(w);
  // The toolkit logs a hit but not a miss; the gate's cache report reads this line from the log.
  const [readBranch] = run.historyReadBranches;
  if (history && !history.history && !history.warnings.length && readBranch !== undefined) io.info(`No history in the Actions cache under ${historyKeyPrefix(config.id, readBranch)}`);

  const result = buildPlan(
    { configId: config.id, granularity: p.granularity, shards },
    { tests, timings, ...(history?.history ? { history: history.history } : {}), root, runId: run.runId, now: new Date() }
  );
  const saved = await pinned.save(result.document);
  if (!saved.saved) {
    throw new UsageError(`The plan could not be pinned for the shard jobs (${saved.detail}). The shard action reads it from the Actions cache of this run.`);
  }
  io.info(`Plan pinned: ${saved.detail}.`);
  await outputs(result.document, io);
  await io.summary(renderPlan(result));
  warnAboutMatching(result, io);
}

async function importTimings(globs: readonly string[], root: string): Promise<ImportedTimings[]> {
  const files = reportFiles(root);
  const repo = await loadRepoPaths(root);
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  const out: ImportedTimings[] = [];
  for (const glob of globs.filter((g) => !g.startsWith('!'))) {
    const found = await files.find(glob, exclude);
    if (found.length === 0) throw new UsageError(`Input "timings": "${glob}" matched no files.`);
    for (const file of found) {
      const t = await readTimings(file, files.open, { repo });
      if (t.problems.length) throw new UsageError(`Timings file ${file} could not be read.`, t.problems);
      out.push(t);
    }
  }
  return out;
}

/** `matrix` carries only {shard, total, plan}: a 10,000-test list would not fit a job output. */
async function outputs(plan: PlanDocument, io: Runner): Promise<void> {
  const total = plan.shards.length;
  const key = `pipeline-gates-plan-v1:${plan.configId}:${plan.runId}`;
  io.output('matrix', JSON.stringify({ include: plan.shards.map((s) => ({ shard: s.index, total, plan: key })) }));
  io.output('shards', String(total));
  io.output('plan', key);
  const dir = path.join(process.env.RUNNER_TEMP ?? path.join(process.cwd(), '.pipeline-gates'), 'pipeline-gates', plan.configId);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'plan.json');
  await writeFile(file, `${JSON.stringify(plan, null, 2)}\n`);
  io.output('plan-file', file);
}

/** Never a silent fallback: say how much of the plan rests on real timings. */
function warnAboutMatching(result: PlanResult, io: Runner): void {
  const { plan } = result;
  for (const hint of result.hints) io.warning(hint);
  if (plan.matchedShare === 0) io.warning('No test had timings yet: the shards are split evenly by count. History fills in after the first default-branch run with the gate job.');
  else if (plan.matchedShare < 0.8) io.notice(`Timings matched ${percent(plan.matchedShare, 1)} of tests; ${plan.unmatched.slice(0, 3).join(', ')}${plan.unmatched.length > 3 ? ' …' : ''} had none.`);
}
