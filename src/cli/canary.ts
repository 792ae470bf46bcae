import type { CanaryDecision, LastGreen } from '../canary/judge.js';
import { canarySummaryLine, renderCanaryMarkdown } from '../report/canary.js';
import { flagName } from '../config/values.js';
import { canaryJson, canarySettings, runCanaryJob } from '../engine/canary-job.js';
import { LocalHistoryStore } from '../history/local-store.js';
import { formatProblem } from '../model/problems.js';
import { loadConfigFile } from '../shell/config-file.js';
import { reportFiles } from '../shell/report-files.js';
import type { CANARY, OptionValues } from './commands.js';
import type { CliStreams } from './streams.js';

/**
 * Exit codes of `pipeline-gates canary`. Hold is neither success nor failure: it gets its own
 * code so `pipeline-gates canary … && promote` can never promote a canary that was only held,
 * while a script can still tell "wait and judge again" (3) from "roll back" (1). 2 is bad input,
 * as for every command (the dispatcher turns a UsageError into it).
 */
export const CANARY_EXIT = { promote: 0, rollback: 1, badInput: 2, hold: 3 } as const satisfies Record<CanaryDecision | 'badInput', number>;

/** `pipeline-gates canary --baseline GLOB... --canary GLOB... [options]`: returns the exit code. */
export async function canaryCommand(values: OptionValues<typeof CANARY>, io: CliStreams): Promise<number> {
  const config = await loadConfigFile(values.config);
  const settings = canarySettings(values, config, flagName);
  const history = values.history;
  const result = await runCanaryJob(settings, {
    files: reportFiles(process.cwd()),
    ...(history !== undefined && { lastGreen: (configId: string) => lastGreenFrom(history, configId, io) })
  });
  for (const w of result.warnings) io.err(`warning: ${formatProblem(w)}\n`);
  const { judgement, notes } = result;
  if (values.json) io.out(`${JSON.stringify(canaryJson(result), null, 2)}\n`);
  else io.out(`${renderCanaryMarkdown(judgement, notes)}\n${canarySummaryLine(judgement)}\n`);
  if (judgement.decision === 'rollback' && history !== undefined && !judgement.lastGreen) io.err(`warning: the history in ${history} has no green run: no last known good commit to roll back to.\n`);
  return CANARY_EXIT[judgement.decision];
}

async function lastGreenFrom(dir: string, configId: string, io: CliStreams): Promise<LastGreen | undefined> {
  const restored = await new LocalHistoryStore(dir, configId).restore();
  for (const w of restored.warnings) io.err(`warning: ${w}\n`);
  const green = restored.history?.lastGreen;
  return green ? { sha: green.sha, runUrl: green.runUrl } : undefined;
}
