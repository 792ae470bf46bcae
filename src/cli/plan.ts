import { buildPlan, type PlanSettings } from '../engine/plan-job.js';
import { LocalHistoryStore } from '../history/local-store.js';
import { FilePlanStore } from '../history/plan-store.js';
import { readTimings } from '../ingest/timings.js';
import { shardTests } from '../planner/shard-output.js';
import type { AutoShards } from '../planner/types.js';
import { roundHalfUp } from '../report/format.js';
import { renderPlan } from '../report/plan-summary.js';
import { UsageError } from '../shell/config-file.js';
import { reportFiles } from '../shell/report-files.js';
import { loadRepoPaths } from '../shell/repo.js';
import { listTests } from '../shell/test-list.js';
import type { CliStreams } from './main.js';

export interface PlanOptions {
  readonly tests: readonly string[];
  readonly testsFile?: string;
  readonly testsCommand?: string;
  readonly shards: number | AutoShards;
  readonly granularity: 'file' | 'case';
  readonly timings: readonly string[];
  readonly history?: string;
  readonly previousPlan?: string;
  readonly out?: string;
  readonly configId: string;
  readonly json: boolean;
}

/** `pipeline-gates plan`: the same planning the plan job does, with local files for history. */
export async function planCommand(o: PlanOptions, io: CliStreams): Promise<number> {
  const root = process.cwd();
  const tests = await listTests({ globs: o.tests, ...(o.testsFile ? { file: o.testsFile } : {}), ...(o.testsCommand ? { command: o.testsCommand } : {}) }, root);
  const repo = await loadRepoPaths(root);
  const files = reportFiles(root);
  const timings = [];
  for (const file of o.timings) {
    const t = await readTimings(file, files.open, { repo });
    if (t.problems.length) throw new UsageError(`Timings file ${file} could not be read.`, t.problems);
    timings.push(t);
  }
  const history = o.history ? await new LocalHistoryStore(o.history, o.configId).restore() : undefined;
  for (const w of history?.warnings ?? []) io.err(`warning: ${w}\n`);
  const previous = o.previousPlan ? await new FilePlanStore(o.previousPlan).load() : undefined;
  if (previous?.problem) throw new UsageError(`Previous plan: ${previous.problem}.`);

  const settings: PlanSettings = { configId: o.configId, granularity: o.granularity, shards: o.shards };
  const started = process.hrtime.bigint();
  const result = buildPlan(settings, {
    tests,
    timings,
    ...(history?.history ? { history: history.history } : {}),
    ...(previous?.plan ? { previous: previous.plan } : {}),
    root,
    runId: `local-${Date.now()}`,
    now: new Date()
  });
  const planningMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (o.out) await new FilePlanStore(o.out).save(result.document);
  if (o.json) io.out(`${JSON.stringify({ ...result.document, ...(result.plan.choices ? { choices: result.plan.choices, targetMet: result.plan.targetMet } : {}), sticky: result.plan.sticky, planningMs: roundHalfUp(planningMs, 1) }, null, 2)}\n`);
  else io.out(renderPlan(result));
  return 0;
}

/** `pipeline-gates shard --plan F --shard N`: one shard's tests from a pinned plan. */
export async function shardCommand(o: { plan: string; shard: number; format: 'words' | 'lines' | 'json' }, io: CliStreams): Promise<number> {
  const loaded = await new FilePlanStore(o.plan).load();
  if (!loaded.plan) throw new UsageError(`Plan: ${loaded.problem ?? 'not found'}.`);
  const found = shardTests(loaded.plan, o.shard);
  if (!found.ok) throw new UsageError(`Shard ${o.shard}: ${found.message}.`);
  const { shard } = found;
  io.out(o.format === 'json' ? `${shard.json}\n` : o.format === 'lines' ? shard.lines : `${shard.words}\n`);
  return 0;
}
