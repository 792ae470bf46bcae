import { canarySummaryLine, renderCanaryMarkdown } from '../report/canary.js';
import { inputName } from '../config/values.js';
import { canarySettings, runCanaryJob } from '../engine/canary-job.js';
import { formatProblem } from '../model/problems.js';
import { loadConfigFile } from '../shell/config-file.js';
import { reportFiles } from '../shell/report-files.js';
import { cacheStore, currentRun } from './context.js';
import { readCanaryInputs, type ActionInputs } from './inputs.js';
import type { Runner } from './runner.js';

/**
 * `command: canary`: judge canary against baseline samples and say promote, hold or rollback in
 * outputs and the job summary. The decision is data for the next steps, so a rollback does not
 * fail this step; only bad input does.
 */
export async function canaryStep(inputs: ActionInputs, io: Runner): Promise<void> {
  const config = await loadConfigFile(inputs.configPath);
  const settings = canarySettings(readCanaryInputs(io.input), config, inputName);
  const run = currentRun();
  const { judgement, notes, warnings } = await runCanaryJob(settings, {
    files: reportFiles(process.cwd()),
    lastGreen: async (id) => (inputs.history === 'off' ? undefined : (await cacheStore(id, run, true).restore()).history?.lastGreen)
  });
  for (const w of warnings) io.warning(formatProblem(w));
  await io.summary(renderCanaryMarkdown(judgement, notes));
  io.output('decision', judgement.decision);
  io.output('score', String(judgement.score));
  io.output('last-green-sha', judgement.decision === 'rollback' ? (judgement.lastGreen?.sha ?? '') : '');
  io.output('last-green-run-url', judgement.decision === 'rollback' ? (judgement.lastGreen?.runUrl ?? '') : '');
  io.output('summary', canarySummaryLine(judgement));
  io.info(canarySummaryLine(judgement));
}
