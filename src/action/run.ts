import { formatProblem, UsageError } from '../model/problems.js';
import { readInputs } from './inputs.js';
import { runner, type Runner } from './runner.js';

/** The Action: one bundle, five jobs chosen by `command`. Anything thrown fails the step. */
export async function runAction(io: Runner = runner): Promise<void> {
  try {
    const inputs = readInputs(io.input);
    switch (inputs.command) {
      case 'gate':
        return await (await import('./gate-step.js')).gateStep(inputs, io);
      case 'plan':
        return await (await import('./plan-step.js')).planStep(inputs, io);
      case 'shard':
        return await (await import('./shard-step.js')).shardStep(inputs, io);
      case 'publish':
        return await (await import('./publish-step.js')).publishStep(inputs, io);
      case 'canary':
        return await (await import('./canary-step.js')).canaryStep(inputs, io);
    }
  } catch (err) {
    failStep(err, io);
  }
}

function failStep(err: unknown, io: Runner): void {
  if (err instanceof UsageError) {
    for (const p of err.problems) io.problem(p);
    io.fail([err.message, ...err.problems.map(formatProblem)].join('\n'));
    return;
  }
  // Anything else, thrown strings included, still fails the step with something readable.
  io.fail(`Pipeline Gates stopped unexpectedly: ${err instanceof Error ? err.message : String(err)}`);
}
