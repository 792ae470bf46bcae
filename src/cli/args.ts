import { parseArgs } from 'node:util';
import { didYouMean } from '../model/closest.js';
import { UsageError } from '../model/problems.js';
import type { CommandSpec, OptionValues } from './commands.js';

export interface ParsedCommand<C extends CommandSpec> {
  readonly values: OptionValues<C>;
  /** File operands (`parse FILE...`) or the command after `--` (`measure -- CMD ARGS`). */
  readonly positionals: readonly string[];
  /** `--help` or `-h` was given: print the command's help and do nothing else. */
  readonly help: boolean;
}

type ParseOptions = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

/**
 * Parses one command's arguments by its table entry (node:util parseArgs, strict). A mistake
 * throws a UsageError that names the flag, suggests the nearest one for a typo, and points at
 * the command's `--help`.
 */
export function parseCommandArgs<C extends CommandSpec>(spec: C, args: readonly string[]): ParsedCommand<C> {
  const split = spec.positionals === 'command' ? args.indexOf('--') : -1;
  const own = split === -1 ? args : args.slice(0, split);
  const options: ParseOptions = { help: { type: 'boolean', short: 'h' } };
  for (const o of spec.options) options[o.name] = { type: o.type, multiple: !!(o.repeatable || o.globs), ...(o.short ? { short: o.short } : {}) };
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...own], options, strict: true, allowPositionals: spec.positionals === 'files' });
  } catch (err) {
    throw new UsageError(`${describeMistake(err, spec)} Run pipeline-gates ${spec.name} --help for the options.`);
  }
  const help = parsed.values.help === true;
  delete parsed.values.help;
  const positionals = spec.positionals === 'command' ? (split === -1 ? [] : args.slice(split + 1)) : parsed.positionals;
  return { values: parsed.values as OptionValues<C>, positionals, help };
}

function describeMistake(err: unknown, spec: CommandSpec): string {
  const e = err as Error & { code?: string };
  const first = (e.message ?? String(err)).split('\n', 1)[0] ?? '';
  if (e.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `${first.replace(/\.$/, '')}.`;
  const given = /'(-{1,2}[^'=]+)/.exec(first)?.[1] ?? '';
  const hint = didYouMean(given.replace(/^-+/, ''), spec.options.map((o) => o.name));
  return `Unknown option '${given}'${hint ? ` (did you mean --${hint}?)` : ''}.`;
}
