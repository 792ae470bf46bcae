import path from 'node:path';

/**
 * Where the action keeps the files it writes (reports, plans, shard lists, measurements): under
 * the runner's temp folder, cleaned after the job; outside Actions under `.pipeline-gates/` in the
 * working directory.
 */
export function workDir(...parts: string[]): string {
  return path.join(process.env.RUNNER_TEMP ?? path.join(process.cwd(), '.pipeline-gates'), 'pipeline-gates', ...parts);
}
