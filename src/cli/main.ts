import { didYouMean } from '../model/closest.js';
import { formatProblem, UsageError } from '../model/problems.js';
import { parseCommandArgs, type ParsedCommand } from './args.js';
import { CANARY, COMMANDS, COMPARE, GATE, INIT, MEASURE, PARSE, PLAN, SHARD, type CommandSpec } from './commands.js';
import { commandHelp } from './help.js';
import { EXIT, stdio, withNeutralStreams, type CliStreams } from './streams.js';

/**
 * Runs one CLI command and returns the exit code; never throws. Each command's module is loaded
 * only when it runs, so `--help` and a short command start fast. Everything printed goes through
 * the neutralising writers (streams.ts).
 */
export async function runCli(argv: readonly string[], io: CliStreams = stdio): Promise<number> {
  return withNeutralStreams(io, printsJson(argv), (neutral) => runGuarded(argv, neutral));
}

/** Whether stdout carries JSON (`--json`, or `shard --format json`), whose values must stay exact. */
function printsJson(argv: readonly string[]): boolean {
  const shardJson = argv[0] === 'shard' && argv.some((a, i) => a === '--format=json' || (a === '--format' && argv[i + 1] === 'json'));
  return shardJson || argv.includes('--json');
}

async function runGuarded(argv: readonly string[], io: CliStreams): Promise<number> {
  try {
    return await runCommand(argv, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`pipeline-gates: ${[err.message, ...err.problems.map(formatProblem)].join('\n  ')}\n`);
      return EXIT.badInput;
    }
    io.err(`pipeline-gates: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT.badInput;
  }
}

/** Runs one command by its table entry; a user mistake throws a UsageError. */
export async function runCommand(argv: readonly string[], io: CliStreams): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'gate':
      return await run(GATE, rest, io, async (a) => (await import('./gate.js')).gateCommand(a.values, io));
    case 'parse':
      return await run(PARSE, rest, io, async (a) => (await import('./parse.js')).parseCommand(a, io));
    case 'plan':
      return await run(PLAN, rest, io, async (a) => (await import('./plan.js')).planCommand(a.values, io));
    case 'shard':
      return await run(SHARD, rest, io, async (a) => (await import('./plan.js')).shardCommand(a.values, io));
    case 'compare':
      return await run(COMPARE, rest, io, async (a) => (await import('./compare.js')).compareCommand(a.values, io));
    case 'measure':
      return await run(MEASURE, rest, io, async (a) => (await import('./measure.js')).measureCommand(a, io));
    case 'canary':
      return await run(CANARY, rest, io, async (a) => (await import('./canary.js')).canaryCommand(a.values, io));
    case 'init':
      return await run(INIT, rest, io, async (a) => (await import('./init.js')).initCommand(a.values, io));
  }
  const hint = command ? didYouMean(command, COMMANDS.map((c) => c.name)) : undefined;
  throw new UsageError(`Unknown command "${command ?? ''}"${hint ? ` (did you mean ${hint}?)` : ''}. Run pipeline-gates --help for the commands.`);
}

/** Parses by the command's table entry; `--help` prints its help instead of running it. */
async function run<C extends CommandSpec>(spec: C, args: readonly string[], io: CliStreams, command: (a: ParsedCommand<C>) => Promise<number>): Promise<number> {
  const parsed = parseCommandArgs(spec, args);
  if (parsed.help) {
    io.out(`${commandHelp(spec)}\n`);
    return EXIT.passed;
  }
  return command(parsed);
}
