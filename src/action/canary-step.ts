import { evaluateCanary } from '../cli/canary.js';
import { canarySummaryLine, renderCanaryMarkdown } from '../canary/render.js';
import { UsageError } from '../shell/config-file.js';
import { cacheStore, currentRun } from './context.js';
import { INPUT, type ActionInputs } from './inputs.js';
import type { Runner } from './runner.js';

/**
 * `command: canary`: judge canary against baseline samples and say promote, hold or rollback in
 * outputs and the job summary. The decision is data for the next steps, so a rollback does not
 * fail this step; only bad input does.
 */
export async function canaryStep(inputs: ActionInputs, io: Runner): Promise<void> {
  const files = (name: string) => io.input(name).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const score = (name: string): number | undefined => {
    const raw = io.input(name);
    if (raw === '') return undefined;
    const n = Number(raw);
    if (!(Number.isFinite(n) && n >= 0 && n <= 100)) throw new UsageError(`Input "${name}" must be a score from 0 to 100, got "${raw}".`);
    return n;
  };
  const pass = score(INPUT.pass);
  const marginal = score(INPUT.marginal);
  const run = currentRun();
  const { judgement, notes } = await evaluateCanary(
    {
      baseline: files(INPUT.baseline),
      canary: files(INPUT.canary),
      ...(inputs.configPath ? { config: inputs.configPath } : {}),
      ...(pass !== undefined ? { pass } : {}),
      ...(marginal !== undefined ? { marginal } : {}),
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
