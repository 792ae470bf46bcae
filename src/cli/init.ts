import path from 'node:path';
import {
  actionRefProblem,
  branchProblem,
  CONFIG_PATH,
  DEFAULT_ACTION_REF,
  DEFAULT_BRANCH,
  starterFiles,
  WORKFLOW_PATH
} from '../init/templates.js';
import { pickRunner, RUNNER_IDS, type RunnerId, type RunnerProfile } from '../init/runners.js';
import { readRepoFacts } from '../shell/repo-facts.js';
import { writeStarterFiles } from '../shell/starter-files.js';
import type { INIT, OptionValues } from './commands.js';
import type { CliStreams } from './streams.js';
import { UsageError } from '../model/problems.js';

/**
 * `pipeline-gates init`: writes the two starter files and says what to edit next. Bad arguments
 * and existing files throw a UsageError (exit 2 through the CLI), before anything is written.
 */
export async function initCommand(values: OptionValues<typeof INIT>, io: CliStreams): Promise<number> {
  const branch = values.branch ?? DEFAULT_BRANCH;
  const actionRef = values['action-ref'] ?? DEFAULT_ACTION_REF;
  const badBranch = branchProblem(branch);
  if (badBranch) throw new UsageError(`--branch: ${badBranch}.`);
  const badRef = actionRefProblem(actionRef);
  if (badRef) throw new UsageError(`--action-ref: ${badRef}.`);

  const wanted = values.runner;
  if (wanted !== undefined && !(RUNNER_IDS as readonly string[]).includes(wanted)) throw new UsageError(`--runner: "${wanted}" is not one of ${RUNNER_IDS.join(', ')}.`);
  const dir = path.resolve(values.dir ?? '.');
  const runner = pickRunner(await readRepoFacts(dir), wanted as RunnerId | undefined);
  const result = await writeStarterFiles(dir, starterFiles({ branch, actionRef, runner }), { force: !!values.force });
  const where = values.dir ? `${path.relative(process.cwd(), dir) || '.'}/` : '';
  io.out(runner.id === 'none' ? 'No test runner recognised: the test job is a placeholder to replace.\n' : `Test runner: ${runner.label} (${runner.reason}).\n`);
  for (const file of result.written) io.out(`${result.replaced.includes(file) ? 'Replaced' : 'Wrote'} ${where}${file}\n`);
  io.out(`\n${nextSteps(actionRef, runner)}`);
  return 0;
}

function nextSteps(actionRef: string, runner: RunnerProfile): string {
  const steps = [
    ...(actionRef === DEFAULT_ACTION_REF ? [`Replace OWNER in ${WORKFLOW_PATH} (three uses: lines) and in the schema line of ${CONFIG_PATH}, or run init --force --action-ref OWNER/REPO@REF.`] : []),
    ...(runner.id === 'none' ? [`In ${WORKFLOW_PATH}, set the tests to split (plan job, tests:).`] : [`In ${WORKFLOW_PATH}, check the tests to split (plan job, tests:) and the set-up steps of the test job.`]),
    ...runner.todo,
    `Review the gates in ${CONFIG_PATH}; uncomment preset: strict for the five mandatory gates.`,
    'Commit both files and open a pull request; then make the "Pipeline Gates" check required in the branch protection rules.'
  ];
  return `Next steps:\n${steps.map((s, i) => `  ${i + 1}. ${s}\n`).join('')}`;
}
