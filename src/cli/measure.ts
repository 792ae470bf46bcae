import { flagName } from '../config/values.js';
import { describeMeasured, measureSettings, runMeasureJob } from '../engine/measure-job.js';
import { measureIo } from '../shell/measure.js';
import type { ParsedCommand } from './args.js';
import type { MEASURE } from './commands.js';
import { EXIT, type CliStreams } from './streams.js';

/** `pipeline-gates measure [options] -- COMMAND [ARGS...]`: the measure job in this directory. */
export async function measureCommand({ values, positionals }: ParsedCommand<typeof MEASURE>, io: CliStreams): Promise<number> {
  const settings = measureSettings(values, positionals, flagName);
  const measured = await runMeasureJob(settings, measureIo(process.cwd(), settings.baseDir));
  for (const w of measured.warnings) io.err(`warning: ${w}\n`);
  io.out(values.json ? `${JSON.stringify({ head: measured.head, base: measured.base ?? null, files: measured.files }, null, 2)}\n` : describeMeasured(measured));
  return EXIT.passed;
}
