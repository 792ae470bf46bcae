import { evaluateCanary } from '../cli/canary.js';
import { canarySummaryLine, renderCanaryMarkdown } from '../canary/render.js';
import { cacheStore, currentRun } from './context.js';
import { readCanaryInputs, type ActionInputs } from './inputs.js';
import type { Runner } from './runner.js';

/**
 * `command: canary`: judge canary against baseline samples and say promote, hold or rollback in
 * outputs and the job summary. The decision is data for the next steps, so a rollback does not
 * fail this step; only bad input does.
 */
export async function canaryStep(inputs: ActionInputs, io: Runner): Promise<void> {
  const c = readCanaryInputs(io.input);
  const run = currentRun();
  const { judgement, notes } = await evaluateCanary(
    {
      ...c,
      ...(inputs.configPath ? { config: inputs.configPath } : {}),
      names: { baseline: 'input baseline', canary: 'input canary' },
      lastGreen: async (id) => (inputs.history === 'off' ? undefined : (await cacheStore(id, run, true).restore()).history?.lastGreen)
    },
    { err: (t) => io.warning(t.replace(/^warning: /, '').trimEnd()) }
  );
  await io.summary(renderCanaryMarkdown(judgement, notes));
  io.output('decision', judgement.decision);
  io.output('score', String(judgement.score));
  io.output('last-green-sha', judgement.decision === 'rollback' ? (judgement.lastGreen?.sha ?? '') : '');
  io.output('last-green-run-url', judgement.decision === 'rollback' ? (judgement.lastGreen?.runUrl ?? '') : '');
  io.output('summary', canarySummaryLine(judgement));
  io.info(canarySummaryLine(judgement));
}
