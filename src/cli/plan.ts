import { choice, flagName, wholeNumber } from '../config/values.js';
import { planSettings, runPlanJob } from '../engine/plan-job.js';
import { LocalHistoryStore } from '../history/local-store.js';
import { FilePlanStore } from '../history/plan-store.js';
import { UsageError } from '../model/problems.js';
import { shardTests } from '../planner/shard-output.js';
import { roundHalfUp } from '../model/format.js';
import { renderPlan } from '../report/plan-summary.js';
import { loadConfigFile } from '../shell/config-file.js';
import { localPlanIo } from '../shell/test-list.js';
import type { OptionValues, PLAN, SHARD } from './commands.js';
import { EXIT, type CliStreams } from './streams.js';

/** `pipeline-gates plan`: the plan job, with local files for history and the previous plan. */
export async function planCommand(values: OptionValues<typeof PLAN>, io: CliStreams): Promise<number> {
  const config = await loadConfigFile(values.config);
  const settings = planSettings(values, config.id, flagName);
  const previous = values['previous-plan'] ? await new FilePlanStore(values['previous-plan']).load() : undefined;
  if (previous?.problem) throw new UsageError(`Previous plan: ${previous.problem}.`);
  const result = await runPlanJob(settings, {
    ...(await localPlanIo(process.cwd())),
    ...(values.history ? { history: new LocalHistoryStore(values.history, config.id) } : {}),
    ...(previous?.plan ? { previous: previous.plan } : {}),
    runId: `local-${Date.now()}`
  });
  for (const w of result.warnings) io.err(`warning: ${w}\n`);
  if (values.out) await new FilePlanStore(values.out).save(result.document);
  const { plan, document, planningMs } = result;
  if (values.json) io.out(`${JSON.stringify({ ...document, ...(plan.choices ? { choices: plan.choices, targetMet: plan.targetMet } : {}), sticky: plan.sticky, planningMs: planningMs === undefined ? undefined : roundHalfUp(planningMs, 1) }, null, 2)}\n`);
  else io.out(renderPlan(result));
  return EXIT.passed;
}

/** `pipeline-gates shard --plan F --shard N`: one shard's tests from a pinned plan. */
export async function shardCommand(values: OptionValues<typeof SHARD>, io: CliStreams): Promise<number> {
  if (!values.plan) throw new UsageError('shard needs --plan FILE (a plan written by pipeline-gates plan --out FILE).');
  const index = wholeNumber(values.shard, '--shard');
  if (!index) throw new UsageError('shard needs --shard N (1-based).');
  const format = choice(values.format, '--format', ['words', 'lines', 'json'] as const) ?? 'words';
  const loaded = await new FilePlanStore(values.plan).load();
  if (!loaded.plan) throw new UsageError(`Plan: ${loaded.problem ?? 'not found'}.`);
  const found = shardTests(loaded.plan, index);
  if (!found.ok) throw new UsageError(`Shard ${index}: ${found.message}.`);
  const { shard } = found;
  io.out(format === 'json' ? `${shard.json}\n` : format === 'lines' ? shard.lines : `${shard.words}\n`);
  return EXIT.passed;
}
