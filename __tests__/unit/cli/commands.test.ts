// The command table is the one declaration of every command's options: parsing, --help, the
// global help, the README's table and the validation messages all come from it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { INPUT } from '../../../src/action/inputs.js';
import { parseCommandArgs } from '../../../src/cli/args.js';
import { COMMANDS, GATE, MEASURE, PLAN } from '../../../src/cli/commands.js';
import { cliTableMarkdown, commandHelp, globalHelp } from '../../../src/cli/help.js';
import { runCli } from '../../../src/cli/main.js';
import { flagName, inputName } from '../../../src/config/values.js';
import { planSettings } from '../../../src/engine/plan-job.js';
import { UsageError } from '../../../src/model/problems.js';
import { ROOT } from '../../harness/run-bundle.js';

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

function usage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error('expected a UsageError');
}

describe('every command declared once', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s --help exits 0 and lists each of its options', async (name, spec) => {
    for (const help of ['--help', '-h']) {
      const r = await cli([name, help]);
      expect([r.code, r.err]).toEqual([0, '']);
      expect(r.out).toBe(`${commandHelp(spec)}\n`);
      expect(r.out).toContain(`Usage: pipeline-gates ${name} [options]`);
      for (const o of spec.options) expect([o.name, r.out.includes(`--${o.name}${o.arg ? ` ${o.arg}` : ''}`)]).toEqual([o.name, true]);
    }
  });

  it('--help wins over missing or bad arguments (measure needs no command, gate no reports)', async () => {
    expect((await cli(['measure', '--help'])).code).toBe(0);
    expect((await cli(['gate', '--min-tests', 'lots', '--help'])).code).toBe(0);
  });

  it('the global help lists every command and every option', () => {
    const help = globalHelp();
    for (const c of COMMANDS) {
      expect(help).toContain(`  ${c.name.padEnd(10)}${c.summary}`);
      for (const o of c.options) expect([c.name, o.name, help.includes(`--${o.name}`)]).toEqual([c.name, o.name, true]);
    }
  });

  it('the README carries the table the command table generates (npm run readme rewrites it)', async () => {
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- cli-table:start[^>]*-->\n([\s\S]*?)\n<!-- cli-table:end -->/.exec(readme)?.[1];
    expect(block).toBe(cliTableMarkdown());
  });

  it('every action input an option mirrors is one the action reads', () => {
    const inputs = new Set<string>(Object.values(INPUT));
    const mirrored = COMMANDS.flatMap((c) => [...c.options.map((o) => o.input), c.positionalInput]).filter((i): i is string => i !== undefined);
    expect(mirrored.filter((i) => !inputs.has(i))).toEqual([]);
    expect(mirrored).toEqual(expect.arrayContaining(['junit', 'tests', 'timings', 'shards', 'baseline', 'measure-command']));
  });

  it('options that take globs come back as lists; flags without a value as booleans', () => {
    const { values } = parseCommandArgs(PLAN, ['--timings', 'junit/*.xml', '--timings', '!junit/old.xml', '--json']);
    expect(values).toEqual({ timings: ['junit/*.xml', '!junit/old.xml'], json: true });
    expect(COMMANDS.flatMap((c) => c.options.filter((o) => o.arg === 'GLOB' && !o.globs).map((o) => `${c.name} --${o.name}`))).toEqual([]);
  });

  it('measure takes everything after -- as the command, even its own flags', () => {
    const parsed = parseCommandArgs(MEASURE, ['--runs', '3', '--', 'node', '--json', '-e', '1']);
    expect([parsed.values, parsed.positionals]).toEqual([{ runs: '3' }, ['node', '--json', '-e', '1']]);
  });
});

describe('mistakes name the flag for CLI users and the input for action users', () => {
  it('an unknown option suggests the nearest one', async () => {
    const r = await cli(['gate', '--junt', 'x.xml']);
    expect([r.code, r.err]).toEqual([2, "pipeline-gates: Unknown option '--junt' (did you mean --junit?). Run pipeline-gates gate --help for the options.\n"]);
    expect(usage(() => parseCommandArgs(GATE, ['--zzz']))).toBe("Unknown option '--zzz'. Run pipeline-gates gate --help for the options.");
  });

  it('an unknown command suggests the nearest one', async () => {
    expect((await cli(['gates'])).err).toBe('pipeline-gates: Unknown command "gates" (did you mean gate?). Run pipeline-gates --help for the commands.\n');
  });

  it.each([
    [{ shards: '0' }, '--shards must be a number from 1 to 256, or auto, got "0".', 'Input "shards" must be a number from 1 to 256, or auto, got "0".'],
    [{ shards: 'auto' }, '--shards auto needs --target-seconds (the wall time one shard job should stay under).', 'Input "shards" auto needs input "target-seconds" (the wall time one shard job should stay under).'],
    [{ shards: '2', granularity: 'suite' }, '--granularity must be one of "file", "case", got "suite".', 'Input "granularity" must be one of "file", "case", got "suite".'],
    [{ shards: 'auto', 'target-seconds': '60', 'max-shards': '300' }, '--max-shards must be a whole number from 1 to 256, got "300".', 'Input "max-shards" must be a whole number from 1 to 256, got "300".']
  ])('plan %j', (options, cliMessage, actionMessage) => {
    expect(usage(() => planSettings(options, 'default', flagName))).toBe(cliMessage);
    expect(usage(() => planSettings(options, 'default', inputName))).toBe(actionMessage);
  });
});
